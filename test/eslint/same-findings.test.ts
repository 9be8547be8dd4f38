import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/results/run.js';
import { analyzeProject } from '../../src/engine/project.js';
import { loadManifest } from '../../src/manifest/load.js';
import plugin from '../../src/plugin.js';
import { eslintMessage } from '../../src/eslint/rules.js';
import { ROOT, compare, fatalMessages, privacyMessages, typedESLint, type Reported } from './helpers.js';

/**
 * The architecture's promise: ESLint and `privacy-lint check` report the same findings for the same project
 * and manifest. ESLint goes through typescript-eslint's Program and the user's `typescript`; the CLI through a
 * ts-morph Project and ts-morph's bundled TypeScript. Both must give the same rule, file, range and message.
 */
describe.each(['fixtures/demo-app', 'fixtures/engine/basics', 'fixtures/engine/storage-drizzle'])('%s', (dir) => {
  const root = join(ROOT, dir);

  it('gives the same findings through ESLint and through analyzeProject + runChecks', { timeout: 180_000 }, async () => {
    const manifest = loadManifest(join(root, 'privacy.yaml'));
    const { model } = analyzeProject(join(root, 'tsconfig.json'), manifest.data);
    const cli: Reported[] = runChecks(model, manifest.data)
      .map((f) => ({
        ruleId: f.ruleId,
        file: relative(root, f.location.file),
        line: f.location.line,
        column: f.location.column,
        endLine: f.location.endLine,
        endColumn: f.location.endColumn,
        // ESLint's message also names where data from another file entered (the editor shows no flow)
        message: eslintMessage(f, root),
      }))
      .sort(compare);

    const results = await typedESLint(root, plugin.configs.strict).lintFiles(['src/**/*.ts']);
    expect(fatalMessages(results)).toEqual([]);
    const eslint = privacyMessages(results, root);

    expect(cli.length).toBeGreaterThan(0);
    expect(eslint).toEqual(cli);
  });
});
