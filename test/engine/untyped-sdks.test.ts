/**
 * SDKs reached without types (fixtures/engine/untyped-sdks, issue #13): `require()` and dynamic `import()` of
 * packages that are not installed, browser globals and their callbacks' parameters (`Sentry.configureScope((scope) =>
 * …)`, `Bugsnag.start({ onError(event) { … } })`), and a logger nothing declares. Each has a twin that must not match:
 * an uncatalogued package, the project's own module, a local variable or parameter named like the SDK.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFixtureOnce, missingAndExtra } from './harness.js';

const FIXTURE = 'engine/untyped-sdks';

describe('engine: SDKs without types', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra(FIXTURE)).toEqual({ missing: [], extra: [] });
  });

  it('each call carries its party', () => {
    const { model } = analyzeFixtureOnce(FIXTURE);
    const seen = new Set(model.flows.map((f) => `${f.sink.kind} ${f.sink.name} ${f.sink.party ?? '-'}`));
    expect([...seen].sort()).toEqual([
      'log airbrake.notify airbrake',
      'log bugsnag.setUser bugsnag',
      'log datadog.statsd.event datadog',
      'log debug -',
      'log honeybadger.notify honeybadger',
      'log honeybadger.setContext honeybadger',
      'log logger.child -',
      'log logger.info -',
      'log logger.warn -',
      'log newrelic.noticeError new_relic',
      'log newrelic.setAttribute new_relic',
      'log newrelic.setCustomAttribute new_relic',
      'log newrelic.setPageViewName new_relic',
      'log sentry.setExtra sentry',
      'log sentry.setUser sentry',
      'transfer algolia.initIndex algolia',
      'transfer algolia.saveObjects algolia',
      'transfer elastic.index elastic',
      'transfer intercomSettings intercom',
    ]);
  });
});
