/**
 * SDKs reached without types (fixtures/engine/untyped-sdks, issue #13): `require()` and dynamic `import()` of
 * packages that are not installed, browser globals and their callbacks' parameters (`Sentry.configureScope((scope) =>
 * …)`, `Bugsnag.start({ onError(event) { … } })`), and a logger nothing declares. Each has a twin that must not match:
 * an uncatalogued package, the project's own module, a local variable or parameter named like the SDK.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeProject } from '../../src/engine/project.js';
import type { ManifestData } from '../../src/manifest/schema.js';
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

describe('engine: a framework callback\'s parameters without types (catalog/callbacks.ts)', { timeout: 60_000 }, () => {
  it('an Express handler\'s second parameter is the Response, whatever it is called; the Request is not', () => {
    // Outside the repository, so that require('express') resolves to nothing, as in a project without @types/express
    const dir = mkdtempSync(join(tmpdir(), 'privacy-lint-untyped-express-'));
    try {
      mkdirSync(join(dir, 'src'));
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { allowJs: true, checkJs: false, noEmit: true, types: [], module: 'commonjs' }, include: ['src'] }));
      writeFileSync(
        join(dir, 'src/app.js'),
        [
          "const express = require('express');",
          'const app = express();',
          "app.post('/remember', function (rq, rs) {",
          "  rs.cookie('pw', rq.body.password);", // the Response: client storage
          "  rq.cookie('pw', rq.body.password);", // the Request has no cookie(): nothing
          '});',
          "app.get('/me', (req, res, next) => next(req.body.password));", // next is no sink
        ].join('\n'),
      );
      const manifest: ManifestData = {
        version: 1,
        controller: { name: 'Untyped Express' },
        dataItems: [{ id: 'password', class: 'credential', kind: 'password' }],
        purposes: [{ id: 'service', basis: 'contract', items: { required: ['password'] } }],
        retention: [{ id: 'service', items: ['password'], end: 'unspecified' }],
        officer: [{ email: 'privacy@example.com' }],
      } as ManifestData;
      const { model } = analyzeProject(join(dir, 'tsconfig.json'), manifest);
      expect(model.flows.map((f) => `${f.location.line} ${f.sink.kind} ${f.sink.name}`)).toEqual(['4 client-storage express.cookie']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
