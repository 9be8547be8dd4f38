/**
 * Running the plugin the way a user does: the ESLint class, a flat config with typescript-eslint's parser
 * and `projectService`, on a fixture folder.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../src/plugin.js';

export const ROOT = new URL('../../', import.meta.url).pathname;

/** A typed ESLint for `root` with the given privacy config (recommended by default). */
export function typedESLint(root: string, privacy: object = plugin.configs.recommended, extra: Linter.Config[] = []): ESLint {
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: root } } },
      privacy as Linter.Config,
      ...extra,
    ],
  });
}

export interface Reported {
  ruleId: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
}

/** ESLint's messages of the privacy rules, with paths relative to `root`, sorted like the CLI. */
export function privacyMessages(results: readonly ESLint.LintResult[], root: string): Reported[] {
  return results
    .flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId?.startsWith('privacy/'))
        .map((m) => ({
          ruleId: m.ruleId!,
          file: relative(root, r.filePath),
          line: m.line,
          column: m.column,
          ...(m.endLine === undefined ? {} : { endLine: m.endLine }),
          ...(m.endColumn === undefined ? {} : { endColumn: m.endColumn }),
          message: m.message,
        })),
    )
    .sort(compare);
}

export function compare(a: Reported, b: Reported): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message);
}

/** Every .ts file under `dir` (absolute paths). */
export function tsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && d.name.endsWith('.ts'))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/** Fatal messages (parse errors, crashes) of a run: there must be none. */
export function fatalMessages(results: readonly ESLint.LintResult[]): string[] {
  return results.flatMap((r) => r.messages.filter((m) => m.fatal || m.ruleId === null).map((m) => `${r.filePath}:${m.line}: ${m.message}`));
}
