import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ESLint } from 'eslint';
import { stats } from '../../src/eslint/analysis.js';
import { expectedFindings } from '../checks/harness.js';
import { ROOT, fatalMessages, privacyMessages, tsFiles, typedESLint } from './helpers.js';

const DEMO = join(ROOT, 'fixtures/demo-app');

/** `configs.recommended` on the example service, typed (projectService), reports exactly the demo's `// expect:` comments. */
describe('ESLint with configs.recommended on fixtures/demo-app', () => {
  let results: ESLint.LintResult[];
  let analysesBefore: number;
  beforeAll(async () => {
    analysesBefore = stats.analyses;
    results = await typedESLint(DEMO).lintFiles(['src/**/*.ts']);
  }, 120_000);

  it('lints every file without a crash or parse error', () => {
    expect(results.map((r) => r.filePath).sort()).toEqual(tsFiles(join(DEMO, 'src')));
    expect(fatalMessages(results)).toEqual([]);
  });

  it("reports the demo's // expect: comments", () => {
    const actual = [...new Set(privacyMessages(results, DEMO).map((m) => `${m.file}:${m.line} ${m.ruleId}`))].sort();
    expect(actual).toEqual(expectedFindings(tsFiles(join(DEMO, 'src')), DEMO));
  });

  it('analyses the program once for all eight rules and every file', () => {
    expect(stats.analyses - analysesBefore).toBe(1);
  });
});

/** The user's whole setup from the architecture doc, as a plain eslint.config.js importing `privacy-lint/eslint`. */
describe('a plain eslint.config.js', () => {
  // The config imports the built package (dist/), as a user's does; `npm test` builds it first.
  const built = existsSync(join(ROOT, 'dist/src/plugin.js'));

  it.skipIf(!built)('works with tseslint.configs.recommendedTypeChecked and privacy.configs.recommended', { timeout: 180_000 }, () => {
    // Inside the package (test-output/ is git-ignored), so `privacy-lint/eslint` resolves to this package's exports.
    const dir = join(ROOT, 'test-output/eslint-config');
    mkdirSync(dir, { recursive: true });
    const config = join(dir, 'eslint.config.js');
    writeFileSync(
      config,
      [
        "import tseslint from 'typescript-eslint';",
        "import privacy from 'privacy-lint/eslint';",
        '',
        'export default tseslint.config(',
        '  tseslint.configs.recommendedTypeChecked,',
        '  privacy.configs.recommended,',
        `  { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ${JSON.stringify(DEMO)} } } },`,
        ');',
        '',
      ].join('\n'),
    );
    const eslint = join(ROOT, 'node_modules/eslint/bin/eslint.js');
    const r = spawnSync(process.execPath, [eslint, '--config', config, '--format', 'json', 'src'], { cwd: DEMO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout) as ESLint.LintResult[];
    expect(fatalMessages(results)).toEqual([]);
    const actual = [...new Set(privacyMessages(results, DEMO).map((m) => `${m.file}:${m.line} ${m.ruleId}`))].sort();
    expect(actual).toEqual(expectedFindings(tsFiles(join(DEMO, 'src')), DEMO));
    expect(r.status).toBe(1); // error-level findings
  });
});
