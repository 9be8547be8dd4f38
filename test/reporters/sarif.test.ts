import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Log, Region, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/results/run.js';
import type { Finding } from '../../src/checks/check.js';
import type { CheckRun, ReportedFinding } from '../../src/results/result.js';
import { formatSarif } from '../../src/reporters/sarif.js';
import { VERSION } from '../../src/version.js';
import { ROOT, cli } from '../cli/helpers.js';
import { githubUploadProblems } from './sarif-github.js';

// The SARIF 2.1.0 schema as @microsoft/jest-sarif ships it (2.1.0-rtm.5, JSON Schema draft-04 like the OASIS one),
// with the two fixes of the OASIS errata01 schema that matter (the rest only adds `type: string` next to string
// enums): a region needs startLine, charOffset or byteOffset; the language pattern is a valid regular expression.
const require = createRequire(import.meta.url);
const rtm5 = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as {
  definitions: Record<string, { properties: Record<string, object> }>;
};
const defs = rtm5.definitions;
const language = (name: string) => ({ ...defs[name]!, properties: { ...defs[name]!.properties, language: { ...defs[name]!.properties.language, pattern: '^[a-zA-Z]{2}(-[a-zA-Z]{2})?$' } } });
const schema = {
  ...rtm5,
  definitions: {
    ...defs,
    region: { ...defs.region, anyOf: [{ required: ['startLine'] }, { required: ['charOffset'] }, { required: ['byteOffset'] }] },
    run: language('run'),
    toolComponent: language('toolComponent'),
  },
};
// Both are CommonJS modules whose exports are the function itself, with .default pointing to it.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValidSarif(log: unknown): void {
  expect(validate(log), ajv.errorsText(validate.errors, { separator: '\n' })).toBe(true);
  expect(githubUploadProblems(log as Log)).toEqual([]);
}

// The project lives in <repository>/app, the repository being the working directory; the findings below are written
// with paths relative to cwd, as `check --format json` shows them, and handed to the reporter as the engine has them
// (absolute). SARIF's URIs are relative to the repository (%SRCROOT%), so they start with app/.
const CWD = resolve('/work/repo');
const PROJECT = resolve(CWD, 'app');
const reported: ReportedFinding[] = [
  {
    ruleId: 'privacy/no-undeclared-transfer', severity: 'error',
    message: '`phone` (Member.phone, annotated @personal phone) is sent to api.sms.example via axios.post, but no recipient covers it.',
    file: 'app/src/notifications/sms.ts', line: 8, column: 9, endLine: 8, endColumn: 61,
    dataItems: ['phone'], sink: { kind: 'transfer', name: 'axios.post' },
    flow: [
      { file: 'app/src/members/member.ts', line: 3, column: 3, note: 'Member.phone (annotated @personal phone)' },
      { file: 'app/src/reservations/service.ts', line: 20, column: 5, note: 'passed to sendSms(phone)' },
    ],
  },
  {
    ruleId: 'privacy/no-personal-data-in-logs', severity: 'warning',
    message: '`email` is logged via pino.info unmasked.',
    file: 'app/src/my files/log #1.ts', line: 5, column: 3, endLine: 6, endColumn: 4,
    dataItems: ['email', 'name'], sink: { kind: 'log', name: 'pino.info' },
    flow: [{ file: 'app/src/my files/log #1.ts', line: 4, column: 9, note: 'SignupDto.email (annotated @personal email)' }],
  },
  {
    ruleId: 'privacy/valid-annotations', severity: 'error',
    message: '@personal names `phon`, which the manifest does not have (did you mean `phone`?).',
    file: 'app/src/members/member.ts', line: 2, column: 7, endLine: 2, endColumn: 22,
    dataItems: [], flow: [],
  },
];
/** A finding as the engine has it: absolute paths, steps with their location. */
function engineFinding(f: ReportedFinding): Finding {
  const { file, line, column, endLine, endColumn, flow, ruleId, ...rest } = f;
  return {
    ...rest,
    ruleId: ruleId as Finding['ruleId'],
    sink: f.sink as Finding['sink'],
    location: { file: resolve(CWD, file), line, column, endLine, endColumn },
    flow: flow.map((s) => ({ location: { file: resolve(CWD, s.file), line: s.line, column: s.column, endLine: s.line, endColumn: s.column }, note: s.note })),
  };
}
const findings = reported.map(engineFinding);
const RUN: CheckRun = { findings, stats: { files: 3, durationMs: 1234, projects: ['tsconfig.json'], notAnalysed: [] }, cwd: CWD, root: CWD, tsconfig: resolve(PROJECT, 'tsconfig.json') };
const sarif = (run: CheckRun = RUN): Log => JSON.parse(formatSarif(run)) as Log;

describe('SARIF reporter', () => {
  const log = sarif();
  const run = log.runs[0]!;
  const results = run.results!;

  it('is valid SARIF 2.1.0: one run, no timestamps, and the same text for the same run', () => {
    expectValidSarif(log);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(CWD).href}/` } });
    expect(run.automationDetails).toEqual({ id: 'privacy-lint/app/' });
    const text = formatSarif(RUN);
    expect(formatSarif({ ...RUN, stats: { files: 9, durationMs: 1, projects: ['tsconfig.json'], notAnalysed: [] } })).toBe(text);
    expect(text).not.toMatch(/Utc"|durationMs|: 1234\b/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is checked by a schema that rejects what SARIF forbids', () => {
    const broken = (edit: (r: Record<string, unknown>) => void) => {
      const copy = sarif();
      edit(copy.runs[0]!.results![0] as unknown as Record<string, unknown>);
      return validate(copy);
    };
    expect(broken((r) => (r.level = 'severe'))).toBe(false);
    expect(broken((r) => (r.colour = 'red'))).toBe(false);
    expect(broken((r) => delete r.message)).toBe(false);
    expect(broken((r) => ((r.locations as Array<{ physicalLocation: { region: object } }>)[0]!.physicalLocation.region = { startColumn: 3 }))).toBe(false);
    expect(broken(() => undefined)).toBe(true);
  });

  it('describes the tool: one rule per check, with descriptions, help from the rule page, docs link, level, severity', () => {
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'privacy-lint', version: VERSION, informationUri: 'https://github.com/privacy-lint/privacy-lint' });
    expect(driver.rules!.map((r) => r.id)).toEqual(CHECKS.map((c) => `privacy/${c.name}`));
    const logs = driver.rules!.find((r) => r.id === 'privacy/no-personal-data-in-logs')!;
    const check = CHECKS.find((c) => c.name === 'no-personal-data-in-logs')!;
    const url = `https://github.com/privacy-lint/privacy-lint/blob/v${VERSION}/docs/rules/no-personal-data-in-logs.md`;
    const page = readFileSync(resolve(ROOT, 'docs/rules/no-personal-data-in-logs.md'), 'utf8');
    const summary = 'Personal data must not reach a logger or an error tracker unless a declared masker or redaction covers it.';
    expect(page.split('\n')[2]).toBe(summary);
    expect(logs).toEqual({
      id: 'privacy/no-personal-data-in-logs',
      name: 'no-personal-data-in-logs',
      shortDescription: { text: check.description },
      fullDescription: { text: summary },
      helpUri: url,
      help: { text: `${summary} See ${url}`, markdown: expect.any(String) as string },
      defaultConfiguration: { level: check.severity },
      properties: { tags: ['privacy', 'security'], 'security-severity': check.securitySeverity.toFixed(1), manifestKeys: check.manifestKeys },
    });
    // the rule page without its title, its relative links made absolute at this release
    const markdown = logs.help!.markdown!;
    expect(markdown.startsWith(summary)).toBe(true);
    expect(markdown).toContain('## Why');
    expect(markdown).toContain(`[manifest.md](https://github.com/privacy-lint/privacy-lint/blob/v${VERSION}/docs/manifest.md)`);
    expect(markdown).not.toMatch(/\]\((?!https:|#)/);
    for (const r of driver.rules!) expect(Number(r.properties!['security-severity'])).toBeGreaterThan(0);
  });

  it('gives each finding its rule, level, message, region and properties, in the order of the findings', () => {
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['privacy/no-undeclared-transfer', 'error'],
      ['privacy/no-personal-data-in-logs', 'warning'],
      ['privacy/valid-annotations', 'error'],
    ]);
    for (const r of results) expect(run.tool.driver.rules![r.ruleIndex!]!.id).toBe(r.ruleId);
    const [transfer, logged, annotation] = results as [Result, Result, Result];
    expect(transfer.message.text).toBe(findings[0]!.message);
    expect(transfer.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: 'app/src/notifications/sms.ts', uriBaseId: '%SRCROOT%' },
          region: { startLine: 8, startColumn: 9, endLine: 8, endColumn: 61 },
        },
      },
    ]);
    expect(transfer.properties).toEqual({ dataItems: ['phone'], sink: { kind: 'transfer', name: 'axios.post' } });
    expect(logged.locations![0]!.physicalLocation!.artifactLocation!.uri).toBe('app/src/my%20files/log%20%231.ts');
    expect(annotation.properties).toEqual({ dataItems: [] });
  });

  it('turns the flow into one codeFlow: each step with its note, then the sink; none without a flow', () => {
    const [transfer, logged, annotation] = results as [Result, Result, Result];
    expect(transfer.codeFlows).toHaveLength(1);
    expect(transfer.codeFlows![0]!.threadFlows).toHaveLength(1);
    const steps = transfer.codeFlows![0]!.threadFlows[0]!.locations.map((l) => ({
      uri: l.location!.physicalLocation!.artifactLocation!.uri,
      region: l.location!.physicalLocation!.region,
      note: l.location!.message!.text,
    }));
    expect(steps).toEqual([
      { uri: 'app/src/members/member.ts', region: { startLine: 3, startColumn: 3 }, note: 'Member.phone (annotated @personal phone)' },
      { uri: 'app/src/reservations/service.ts', region: { startLine: 20, startColumn: 5 }, note: 'passed to sendSms(phone)' },
      { uri: 'app/src/notifications/sms.ts', region: { startLine: 8, startColumn: 9, endLine: 8, endColumn: 61 }, note: 'arrives at axios.post (transfer)' },
    ]);
    expect(logged.codeFlows![0]!.threadFlows[0]!.locations).toHaveLength(2);
    expect(annotation.codeFlows).toBeUndefined();
  });

  it('fingerprints by rule, file and message: stable when lines move, distinct for repeats', () => {
    const prints = results.map((r) => r.partialFingerprints!['privacyLint/v1']);
    expect(new Set(prints).size).toBe(3);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{32}:1$/);
    const moved = { ...reported[0]!, line: 80, endLine: 80 };
    const again = sarif({ ...RUN, findings: [moved, { ...moved, line: 90, endLine: 90 }].map(engineFinding) }).runs[0]!.results!;
    expect(again.map((r) => r.partialFingerprints!['privacyLint/v1'])).toEqual([prints[0], prints[0]!.replace(/:1$/, ':2')]);
  });

  it('a file outside the repository gets an absolute file URI instead of a %SRCROOT%-relative one', () => {
    const outside = engineFinding({ ...reported[2]!, file: '../elsewhere/types.ts' });
    const log = sarif({ ...RUN, findings: [outside] });
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: pathToFileURL(resolve(CWD, '../elsewhere/types.ts')).href });
    // GitHub cannot place such a result: the upload check says so
    expect(githubUploadProblems(log)).toEqual([expect.stringMatching(/results\[0\]: location 0 is not relative to the repository/)]);
  });

  it('names the project in automationDetails.id: the repository root is privacy-lint/, a package its folder', () => {
    expect(sarif({ ...RUN, tsconfig: resolve(CWD, 'tsconfig.json') }).runs[0]!.automationDetails).toEqual({ id: 'privacy-lint/' });
    expect(sarif({ ...RUN, tsconfig: resolve(CWD, 'packages/api/tsconfig.json') }).runs[0]!.automationDetails).toEqual({ id: 'privacy-lint/packages/api/' });
  });

  it('files not analysed are tool execution notifications, with their location and reason', () => {
    const log = sarif({ ...RUN, stats: { ...RUN.stats, notAnalysed: [{ file: 'app/src/broken.ts', reason: 'syntax error at 3:1' }] } });
    expectValidSarif(log);
    const run = log.runs[0]!;
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: { text: 'app/src/broken.ts was not analysed: syntax error at 3:1. Its findings are missing from this run.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'app/src/broken.ts', uriBaseId: '%SRCROOT%' } } }],
            descriptor: { id: 'privacy-lint/file-not-analysed' },
          },
        ],
      },
    ]);
    expect(run.tool.driver.notifications).toEqual([{ id: 'privacy-lint/file-not-analysed', shortDescription: { text: expect.any(String) as string } }]);
  });

  it('with a baseline, every reported result is new (baselineState)', () => {
    const log = sarif({ ...RUN, baseline: { file: 'privacy-baseline.json', known: 3, stale: [] } });
    expectValidSarif(log);
    expect(log.runs[0]!.results!.map((r) => r.baselineState)).toEqual(['new', 'new', 'new']);
    expect(results.map((r) => r.baselineState)).toEqual([undefined, undefined, undefined]);
  });
});

describe('privacy-lint check --format sarif', () => {
  it('on the demo app: valid SARIF with repository-relative URIs and the flows', { timeout: 60_000 }, async () => {
    const r = await cli(['check', '--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml', '--format', 'sarif'], ROOT);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.out) as Log;
    expectValidSarif(log);
    const run = log.runs[0]!;
    // this checkout is the repository: URIs start at its root, where GitHub looks for them
    expect(run.originalUriBaseIds!['%SRCROOT%']!.uri).toBe(`${pathToFileURL(ROOT).href}/`);
    expect(run.automationDetails).toEqual({ id: 'privacy-lint/fixtures/demo-app/' });
    const uris = run.results!.flatMap((res) => [
      ...res.locations!.map((l) => l.physicalLocation!.artifactLocation!),
      ...(res.codeFlows ?? []).flatMap((c) => c.threadFlows.flatMap((t) => t.locations.map((l) => l.location!.physicalLocation!.artifactLocation!))),
    ]);
    expect(uris.length).toBeGreaterThan(run.results!.length);
    for (const a of uris) {
      expect(a.uriBaseId).toBe('%SRCROOT%');
      expect(a.uri).toMatch(/^fixtures\/demo-app\/src\/[\w./-]+\.ts$/);
    }
    const regions: Region[] = run.results!.map((res) => res.locations![0]!.physicalLocation!.region!);
    for (const region of regions) expect(region.startLine).toBeGreaterThan(0);
    const sms = run.results!.find((res) => res.locations![0]!.physicalLocation!.artifactLocation!.uri === 'fixtures/demo-app/src/notifications/sms.ts');
    expect(sms).toMatchObject({ ruleId: 'privacy/no-undeclared-transfer', level: 'error', properties: { dataItems: ['phone'], sink: { kind: 'transfer', name: 'axios.post' } } });
    const flow = sms!.codeFlows![0]!.threadFlows[0]!.locations;
    expect(flow.length).toBeGreaterThan(1);
    expect(flow.at(-1)!.location!.physicalLocation!.artifactLocation!.uri).toBe('fixtures/demo-app/src/notifications/sms.ts');
    expect(flow[0]!.location!.message!.text).toMatch(/phone/i);
    // the same findings as the JSON format, in the same order
    const json = await cli(['check', '--project', 'fixtures/demo-app/tsconfig.json', '--manifest', 'fixtures/demo-app/privacy.yaml', '--format', 'json'], ROOT);
    const expected = (JSON.parse(json.out) as { findings: ReportedFinding[] }).findings;
    expect(run.results!.map((res) => `${res.ruleId} ${res.locations![0]!.physicalLocation!.region!.startLine}`)).toEqual(expected.map((f) => `${f.ruleId} ${f.line}`));
  });
});
