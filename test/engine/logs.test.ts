/**
 * Log sinks: loggers (console, pino, winston, bunyan, NestJS, debug), HTTP access loggers (morgan, pino-http:
 * access-logs.test.ts) and error trackers (Sentry, Bugsnag, Rollbar, Datadog, New Relic), which are logs and third
 * parties at once. One fixture per ecosystem group.
 * A `// pending-flow[tag]: …` line is a flow that waits on a core change (tag): it may be absent or as written.
 */
import { describe, expect, it } from 'vitest';
import { ACCESS_LOG_SINKS } from '../../src/catalog/sinks/access-logs.js';
import { LOG_SINKS } from '../../src/catalog/sinks/logs.js';
import { TRACKER_SINKS } from '../../src/catalog/sinks/trackers.js';
import { analyzeFixtureOnce, missingAndExtra, unexercisedSinks } from './harness.js';

const analysed = analyzeFixtureOnce;
const compareWithPending = missingAndExtra;
const unexercised = unexercisedSinks;

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
      'log datadog @datadog/datadog-api-client datadog true',
      'log datadog dd-trace datadog true', // untyped: recognised by import specifier
      'log datadog hot-shots datadog true', // DogStatsD: metrics and events go to the agent and on to Datadog
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
    const flows = ['engine/logs-loggers', 'engine/logs-trackers', 'engine/untyped-sdks', 'engine/logs-access'].flatMap((d) => analysed(d).model.flows);
    expect(unexercised([...LOG_SINKS, ...TRACKER_SINKS, ...ACCESS_LOG_SINKS], flows)).toEqual([]);
  });
});
