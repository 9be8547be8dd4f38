/**
 * More SDKs of issue #3 (fixtures/engine/sdks-more): Intercom, Firebase (Firestore writes are storage, FCM a
 * transfer), Google Analytics through gtag (typed global and an untyped wrapper), and Toss Payments by host.
 */
import { describe, expect, it } from 'vitest';
import { FIREBASE_SINKS } from '../../src/catalog/sinks/firebase.js';
import { GTAG_SINKS } from '../../src/catalog/sinks/gtag.js';
import { INTERCOM_SINKS } from '../../src/catalog/sinks/intercom.js';
import { analyzeFixtureOnce, missingAndExtra, unexercisedSinks } from './harness.js';

const FIXTURE = 'engine/sdks-more';

describe('engine: more SDKs', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra(FIXTURE)).toEqual({ missing: [], extra: [] });
  });

  it('each SDK call carries its party; Firestore is storage with the firebase party', () => {
    const { model } = analyzeFixtureOnce(FIXTURE);
    const seen = new Set(model.flows.map((f) => `${f.sink.kind} ${f.sink.name.split('.')[0]} ${f.sink.party ?? '-'}`));
    expect([...seen].sort()).toEqual([
      'log firebase firebase', // Crashlytics: an error tracker's log, sent to Google
      'storage firestore firebase',
      'transfer axios toss_payments',
      'transfer firebase firebase',
      'transfer firebase google_analytics', // Google Analytics for Firebase
      'transfer ga google_analytics',
      'transfer gtag google_analytics',
      'transfer intercom intercom',
      'transfer next google_analytics',
      'transfer react-ga google_analytics',
      'transfer universal-analytics google_analytics',
      'transfer vue-gtag google_analytics',
    ]);
  });

  it('untyped imports (ga-gtag, the widgets of src/widgets.ts) are listed as unresolved, and still recognised', () => {
    const { model } = analyzeFixtureOnce(FIXTURE);
    expect(model.unresolvedPackages).toEqual([
      '@intercom/intercom-react-native',
      '@intercom/messenger-js-sdk',
      '@next/third-parties',
      '@react-native-firebase/analytics',
      '@react-native-firebase/crashlytics',
      'firebase',
      'ga-gtag',
      'react-ga4',
      'universal-analytics',
      'vue-gtag',
    ]);
  });

  it('every Intercom, Firebase, gtag and Firestore entry is exercised', () => {
    // window.intercomSettings = { … } is exercised by the untyped SDKs' fixture (a global assigned, no types)
    const flows = [FIXTURE, 'engine/untyped-sdks'].flatMap((d) => analyzeFixtureOnce(d).model.flows);
    expect(unexercisedSinks([...FIREBASE_SINKS, ...INTERCOM_SINKS, ...GTAG_SINKS], flows)).toEqual([]);
  });

  it("every SDK of issue #3's list is exercised by a fixture flow, with its party", () => {
    const fixtures = ['engine/transfer-http', 'engine/transfer-sdks', 'engine/logs-trackers', FIXTURE];
    const flows = fixtures.flatMap((d) => analyzeFixtureOnce(d).model.flows);
    const parties = new Set(flows.map((f) => f.sink.party).filter((p) => p !== undefined));
    const issue = [
      'sentry', 'segment', 'posthog', 'mixpanel', 'amplitude', 'google_analytics', 'datadog', 'new_relic', 'intercom',
      'stripe', 'toss_payments', 'portone', 'kg_inicis', 'nice', 'kakao', 'naver', 'sendgrid', 'mailgun', 'twilio',
      'firebase', 'aws_ses', 'aws_sns', 'aws_s3', 'openai',
    ];
    expect(issue.filter((p) => !parties.has(p))).toEqual([]);
    // nodemailer sends to the SMTP host it is given, not to a vendor
    expect(flows.some((f) => f.sink.name.startsWith('nodemailer.') && f.sink.host === 'smtp.mailhost.example')).toBe(true);
  });
});
