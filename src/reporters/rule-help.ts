/**
 * A rule's help as code-scanning tools show it, taken from its page (docs/rules/<name>.md, shipped in the
 * package): the first paragraph as the full description, and the page without its title as Markdown, with its
 * relative links made absolute (src/links.ts) so they work away from the repository. Read once per process.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { docsUrl } from '../links.js';
import { PACKAGE_ROOT } from '../version.js';

export interface RuleHelp {
  /** The page's first paragraph (what the rule requires), on one line. */
  summary: string;
  /** The page without its `# privacy/<name>` title, links absolute. */
  markdown: string;
}

const cache = new Map<string, RuleHelp | undefined>();

/** The help of rule `name` (without `privacy/`); undefined when its page is not there (a broken install). */
export function ruleHelp(name: string): RuleHelp | undefined {
  if (!cache.has(name)) cache.set(name, read(name));
  return cache.get(name);
}

function read(name: string): RuleHelp | undefined {
  let text: string;
  try {
    text = readFileSync(join(PACKAGE_ROOT, 'docs', 'rules', `${name}.md`), 'utf8');
  } catch {
    return undefined;
  }
  const body = text.replace(/\r\n/g, '\n').replace(/^# [^\n]*\n+/, '').trim();
  const summary = (body.split(/\n\s*\n/)[0] ?? '').replace(/\s*\n\s*/g, ' ').trim();
  return { summary, markdown: `${absoluteLinks(body, `docs/rules/${name}.md`)}\n` };
}

/** `[text](../manifest.md#x)` on a rule page (docs/rules/) -> `[text](https://…/blob/v0.1.0/docs/manifest.md#x)`; absolute links and anchors stay. */
export function absoluteLinks(markdown: string, page: string): string {
  return markdown.replace(/\]\(([^)\s]+)\)/g, (whole, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) return whole;
    const [path, anchor] = target.split('#', 2) as [string, string | undefined];
    const resolved = posix.normalize(posix.join(posix.dirname(page), path));
    return `](${docsUrl(resolved)}${anchor === undefined ? '' : `#${anchor}`})`;
  });
}
