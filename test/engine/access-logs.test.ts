/**
 * HTTP access loggers (fixtures/engine/logs-access): morgan and pino-http log every request's client IP address by
 * their configuration, with no data flow in the code. The call that makes the middleware is a log sink of the
 * manifest's items of kind ip_address (catalog/sinks/access-logs.ts, flow/access-log.ts); formats without
 * :remote-addr, serializers that leave the address out and redact paths covering it are not (or are masked).
 */
import { describe, expect, it } from 'vitest';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { analyze, type AnalyzeOptions } from '../../src/engine/analyze.js';
import { runChecks } from '../../src/results/run.js';
import { loadManifest } from '../../src/manifest/load.js';
import type { ManifestData } from '../../src/manifest/schema.js';
import { FIXTURES, analyzeFixtureOnce, expectedFlows, missingAndExtra } from './harness.js';

const FIXTURE = 'engine/logs-access';
const manifest = (): ManifestData => loadManifest(join(FIXTURES, FIXTURE, 'privacy.yaml')).data;

/** The fixture's findings of no-personal-data-in-logs under a manifest, as "file:line items". */
function logFindings(data: ManifestData, model = analyzeFixtureOnce(FIXTURE).model): string[] {
  const root = join(FIXTURES, FIXTURE);
  return runChecks(model, data)
    .filter((f) => f.ruleId === 'privacy/no-personal-data-in-logs')
    .map((f) => `${relative(root, f.location.file)}:${f.location.line} ${f.dataItems.join(',')}`)
    .sort();
}

describe('engine: HTTP access loggers', { timeout: 120_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra(FIXTURE)).toEqual({ missing: [], extra: [] });
  });

  it('no-personal-data-in-logs reports the unmasked ones at the call, naming the format', () => {
    const { model, root } = analyzeFixtureOnce(FIXTURE);
    const findings = runChecks(model, manifest()).filter((f) => f.ruleId === 'privacy/no-personal-data-in-logs');
    const at = (file: string, line: number) => findings.find((f) => relative(root, f.location.file) === file && f.location.line === line);
    // one finding per line expecting an unmasked flow (`// expect-flow: log ip`), none where the address is masked
    const unmasked = expectedFlows(model, root).filter((e) => e.endsWith(' log ip')).map((e) => e.replace(' log ', ' '));
    expect(unmasked).toHaveLength(24);
    expect(logFindings(manifest())).toEqual(unmasked.sort());
    expect(at('src/morgan-logs.ts', 8)?.message).toMatch(/^`ip` \(morgan's 'combined' format logs every request's client IP address as :remote-addr, ip_address\) is logged via morgan\./);
    expect(at('src/morgan-logs.ts', 16)?.message).toContain("morgan's format ':remote-addr :method :url :status' logs every request's client IP address");
    expect(at('src/morgan-logs.ts', 27)?.message).toContain("morgan's format function logs every request's client IP address as tokens['remote-addr']");
    expect(at('src/pino-http-logs.ts', 10)?.message).toContain("pino-http's default request serializer logs every request's client IP address as req.remoteAddress");
    expect(at('src/pino-http-logs.ts', 10)).toMatchObject({ dataItems: ['ip'], sink: { kind: 'log' }, location: { column: 9 } });
    // a redacted address reaches the log masked: a flow, no finding
    expect(at('src/pino-http-logs.ts', 27)).toBeUndefined();
    expect(model.flows.some((f) => f.location.line === 27 && f.location.file.endsWith('pino-http-logs.ts'))).toBe(true);
  });

  it('a format function is judged by what the engine sees it return: req.ip, the socket address', () => {
    const { model, root } = analyzeFixtureOnce(FIXTURE);
    const flow = model.flows.find((f) => relative(root, f.location.file) === 'src/morgan-logs.ts' && f.location.line === 30);
    expect(flow?.labels[0]?.steps.map((s) => s.note)).toEqual(['req.ip (ip_address)', 'interpolated into a string', "returned by morgan's format function, logged for every request"]);
  });

  it('a manifest without an ip_address item gets nothing from an access logger', () => {
    const { root } = analyzeFixtureOnce(FIXTURE);
    const data = manifest();
    const withoutIp: ManifestData = {
      ...data,
      dataItems: data.dataItems.filter((i) => i.kind !== 'ip_address'),
      purposes: data.purposes?.map((p) => ({ ...p, items: { required: ['email'] } })),
      retention: data.retention?.map((r) => ({ ...r, items: ['email'] })),
      automaticCollection: { items: [] },
    };
    const configFile = join(root, 'tsconfig.json');
    const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, (f) => ts.sys.readFile(f)).config, ts.sys, dirname(configFile));
    const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
    const model = analyze({ program, manifest: withoutIp, ts: ts as unknown as AnalyzeOptions['ts'], rootDir: root });
    expect(model.flows).toEqual([]);
    expect(logFindings(withoutIp, model)).toEqual([]);
  });

  it("the manifest's rules section can turn the rule off, as for any log", () => {
    expect(logFindings({ ...manifest(), rules: { 'privacy/no-personal-data-in-logs': 'off' } })).toEqual([]);
  });
});
