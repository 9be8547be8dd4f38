import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eslintMessage } from '../../src/eslint/rules.js';
import { recommendedFor } from '../../src/plugin.js';
import type { ReportedFinding } from '../../src/results/result.js';
import { cli } from '../cli/helpers.js';
import { ROOT, fatalMessages, typedESLint } from './helpers.js';
import { analyzeProject } from '../../src/engine/project.js';
import { loadManifest } from '../../src/manifest/load.js';
import { runChecks } from '../../src/results/run.js';

/**
 * Issue #15 item 4: one set of suppressions and severities. The same fixture through `privacy-lint check` and
 * through ESLint with `recommendedFor(privacy.yaml)` gives the same findings at the same severities: ESLint's
 * disable directives (next-line, line, disable/enable blocks, with and without a reason, naming our rules, other
 * rules or none) and our own comment silence the same findings, and the manifest's `rules:` section sets the
 * levels of both (no-personal-data-in-logs: warn, no-undeclared-collection: off).
 */
const FIXTURE = 'fixtures/checks/eslint-parity';
const root = join(ROOT, FIXTURE);

interface Seen {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  message: string;
}
const order = (a: Seen, b: Seen) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

describe('ESLint and the CLI agree on suppressions and severities', () => {
  it('the same findings, lines, severities and messages through both paths', { timeout: 180_000 }, async () => {
    const r = await cli(['check', '--project', FIXTURE, '--manifest', `${FIXTURE}/privacy.yaml`, '--format', 'json'], ROOT);
    expect(r.code, r.err).toBe(1);
    const json = JSON.parse(r.out) as { findings: ReportedFinding[] };
    // The engine's findings again, to turn each message into ESLint's form (which names where cross-file data entered).
    const manifest = loadManifest(join(root, 'privacy.yaml'));
    const engine = runChecks(analyzeProject(join(root, 'tsconfig.json'), manifest.data).model, manifest.data);
    const cliSeen: Seen[] = json.findings
      .map((f, i) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file.replace(`${FIXTURE}/`, ''), line: f.line, column: f.column, message: eslintMessage(engine[i]!, root) }))
      .sort(order);

    expect(cliSeen.map((f) => `${f.file}:${f.line} ${f.ruleId} ${f.severity}`)).toEqual([
      'src/contact.ts:11 privacy/no-personal-data-in-logs warning', // plain: reported, at the manifest's level
      'src/contact.ts:14 privacy/valid-annotations error', // a directive naming our rule without a reason: honoured, reported
      'src/contact.ts:21 privacy/no-personal-data-in-logs warning', // after the eslint-enable
      'src/contact.ts:23 privacy/no-personal-data-in-logs warning', // a directive for another rule hides nothing
      'src/mailer.ts:2 privacy/no-undeclared-transfer error', // no no-undeclared-collection for phone: off in the manifest
    ]);

    // no-console on, so the fixture's directive for it is a used one; every unused directive would be reported.
    const results = await typedESLint(root, recommendedFor(join(root, 'privacy.yaml')), [{ rules: { 'no-console': 'warn' }, linterOptions: { reportUnusedDisableDirectives: 'error' } }]).lintFiles(['src/**/*.ts']);
    expect(fatalMessages(results)).toEqual([]);
    const eslintSeen: Seen[] = results
      .flatMap((res) =>
        res.messages.filter((m) => m.ruleId !== 'no-console').map((m) => ({
          ruleId: m.ruleId ?? '(none)',
          severity: m.severity === 2 ? 'error' : 'warning',
          file: res.filePath.slice(root.length + 1),
          line: m.line,
          column: m.column,
          message: m.message,
        })),
      )
      .sort(order);
    // Nothing else: no "unused eslint-disable directive" (those have no ruleId), the directives silenced our reports.
    expect(eslintSeen).toEqual(cliSeen);
    expect(eslintSeen.find((m) => m.file === 'src/mailer.ts')!.message).toMatch(/^`email`, `phone` from src\/contact\.ts:31 → `email` \(Contact\.email/);
  });

  it('recommended follows the manifest: warn and off from rules:, the checks\' severities otherwise', () => {
    const config = recommendedFor(join(root, 'privacy.yaml'));
    expect(config.rules['privacy/no-personal-data-in-logs']).toBe('warn');
    expect(config.rules['privacy/no-undeclared-collection']).toBeUndefined();
    expect(config.rules['privacy/no-undeclared-transfer']).toBe('error');
    expect(Object.keys(recommendedFor(undefined).rules)).toHaveLength(8);
  });
});
