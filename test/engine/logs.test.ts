/**
 * Log sinks: loggers (console, pino, winston, bunyan, NestJS, debug) and error trackers (Sentry, Bugsnag,
 * Rollbar, Datadog, New Relic), which are logs and third parties at once. One fixture per ecosystem group.
 * A `// pending-flow[tag]: …` line is a flow that waits on a core change (tag): it may be absent or as written.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Flow } from '../../src/engine/model.js';
import { LOG_SINKS } from '../../src/engine/sinks/logs.js';
import { TRACKER_SINKS } from '../../src/engine/sinks/trackers.js';
import type { SinkSpec } from '../../src/engine/sinks/types.js';
import { analyzeFixture, describeFlows, expectedFlows } from './harness.js';

/** One analysis per fixture, shared by the tests of this file. */
const analyses = new Map<string, ReturnType<typeof analyzeFixture>>();
function analysed(dir: string): ReturnType<typeof analyzeFixture> {
  if (!analyses.has(dir)) analyses.set(dir, analyzeFixture(dir));
  return analyses.get(dir)!;
}

/** Missing and extra flows, as compareFlows, with pending lines allowed either way. */
function compareWithPending(dir: string): { missing: string[]; extra: string[] } {
  const { model, root } = analysed(dir);
  const actual = describeFlows(model, root);
  const expected = expectedFlows(model, root);
  const pending = new Set<string>();
  for (const file of model.files) {
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      const m = /\/\/ pending-flow\[[\w-]+\]: (\S+)((?: \S+)+)\s*$/.exec(line);
      if (m) pending.add(`${relative(root, file)}:${i + 1} ${m[1]} ${m[2]!.trim().split(/\s+/).sort().join(' ')}`);
    });
  }
  return { missing: expected.filter((e) => !actual.includes(e)), extra: actual.filter((a) => !expected.includes(a) && !pending.has(a)) };
}

/** A catalog entry is exercised when some fixture flow carries its name and a member it matches. */
function unexercised(specs: readonly SinkSpec[], flows: readonly Flow[]): string[] {
  const exercised = (spec: SinkSpec, f: Flow) => {
    const name = f.sink.name;
    const members = name === spec.name ? [spec.name, ''] : name.startsWith(`${spec.name}.`) ? [name.slice(spec.name.length + 1)] : [];
    return f.sink.kind === spec.kind && members.some((m) => spec.member.test(m));
  };
  return specs.filter((spec) => !flows.some((f) => exercised(spec, f))).map((s) => `${s.name} ${s.member}`);
}

describe('engine: log sinks', { timeout: 60_000 }, () => {
  it('loggers (fixtures/engine/logs-loggers)', () => {
    expect(compareWithPending('engine/logs-loggers')).toEqual({ missing: [], extra: [] });
  });

  it('error trackers (fixtures/engine/logs-trackers)', () => {
    expect(compareWithPending('engine/logs-trackers')).toEqual({ missing: [], extra: [] });
  });

  it('an error tracker is a log and a third party, with the package the project imported and its party', () => {
    const { model } = analysed('engine/logs-trackers');
    const seen = new Set(model.flows.map((f) => `${f.sink.kind} ${f.sink.name.split('.')[0]} ${f.sink.package} ${f.sink.party} ${f.sink.thirdParty}`));
    expect([...seen].sort()).toEqual([
      'log bugsnag @bugsnag/core bugsnag true', // an onError callback's Event: the package declaring its type
      'log bugsnag @bugsnag/js bugsnag true',
      'log datadog dd-trace datadog true', // untyped: recognised by import specifier
      'log newrelic newrelic new_relic true',
      'log rollbar rollbar rollbar true',
      'log sentry @sentry/core sentry true', // withScope's Scope: the package declaring its type
      'log sentry @sentry/node sentry true',
    ]);
  });

  it('plain loggers are not third parties', () => {
    const { model } = analysed('engine/logs-loggers');
    expect(model.flows.length).toBeGreaterThan(0);
    for (const f of model.flows) expect([f.sink.kind, f.sink.thirdParty, f.sink.party, f.sink.package]).toEqual(['log', undefined, undefined, undefined]);
  });

  it('every log and tracker catalog entry is exercised by a fixture flow', () => {
    const flows = ['engine/logs-loggers', 'engine/logs-trackers'].flatMap((d) => analysed(d).model.flows);
    expect(unexercised([...LOG_SINKS, ...TRACKER_SINKS], flows)).toEqual([]);
  });
});
