/**
 * Every address privacy-lint prints (rule docs in ESLint's meta, SARIF's helpUri, the reports' rule links), made
 * from package.json's `repository` and `version` in one place. Docs links point at the release's tag
 * (`v<version>`, npm version's tag format), so a link printed by 0.1.0 shows the rule as 0.1.0 checks it, and
 * the file it names ships in the package (docs/ is in package.json `files`; test/links.test.ts holds both).
 */
import { PACKAGE, VERSION } from './version.js';

/** The repository's web address, e.g. https://github.com/privacy-lint/privacy-lint (no .git, no trailing /). */
export const REPOSITORY_URL: string = repositoryUrl(PACKAGE.repository);

/** The address of a file of this repository at this release, e.g. docsUrl('docs/cli.md'). */
export function docsUrl(path: string): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/${path.replace(/^\/+/, '')}`;
}

/** A rule's page: `privacy/no-personal-data-in-logs` or `no-personal-data-in-logs` -> .../docs/rules/no-personal-data-in-logs.md */
export function ruleDocsUrl(rule: string): string {
  return docsUrl(`docs/rules/${rule.replace(/^privacy\//, '')}.md`);
}

function repositoryUrl(repository: PackageJson['repository']): string {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return 'https://www.npmjs.com/package/privacy-lint';
  return raw
    .replace(/^git\+/, '')
    .replace(/^github:/, 'https://github.com/')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
}

type PackageJson = typeof PACKAGE;
