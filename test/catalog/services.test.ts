/**
 * The service catalog (issue #13, src/catalog/services/): every entry well formed, ids unique across the parties,
 * at least 300 services with the 24 of parties.ts, and per category a few lookups by package and host and a sink
 * for a representative call (what the engine matches: the declaring or imported package, the member, the container).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogDoc } from '../../scripts/catalog-docs.mjs';
import { PARTIES, partyForHost, partyForPackage } from '../../src/catalog/parties.js';
import { SINKS, type SinkSpec } from '../../src/catalog/sinks/index.js';
import { SERVICES, sinksOf } from '../../src/catalog/services/index.js';
import type { PartyCategory } from '../../src/catalog/services/types.js';

const CATEGORIES: PartyCategory[] = [
  'analytics',
  'advertising',
  'error_tracking',
  'logging',
  'payments',
  'identity_verification',
  'messaging',
  'email',
  'sms',
  'push',
  'crm',
  'support',
  'search',
  'storage',
  'auth',
  'cloud',
  'ai',
];

/** The parties of parties.ts itself (the first catalog), which services must not repeat. */
const OWN_IDS = [
  'sentry', 'bugsnag', 'rollbar', 'datadog', 'new_relic', 'segment', 'posthog', 'mixpanel', 'amplitude', 'stripe', 'portone',
  'kg_inicis', 'nice', 'naver', 'sendgrid', 'mailgun', 'twilio', 'firebase', 'aws_ses', 'aws_sns', 'aws_s3', 'aws', 'google', 'openai',
];

/** The first sink a call matches, as the engine picks it (SINKS order): package, member, and container when it has one. */
function sinkFor(pkg: string, member: string, container?: string): SinkSpec | undefined {
  return SINKS.find(
    (s) => !s.assign && s.packages.includes(pkg) && s.member.test(member) && (!s.container || (container !== undefined && s.container.test(container))),
  );
}

function expectSink(pkg: string, member: string, party: string, container?: string): SinkSpec {
  const sink = sinkFor(pkg, member, container);
  expect(sink, `${pkg} ${member}`).toBeDefined();
  expect(sink!.party, `${pkg} ${member}`).toBe(party);
  return sink!;
}

describe('services: the catalog as a whole', () => {
  it('docs/catalog.md is the table of this catalog (npm run build writes it)', () => {
    const doc = readFileSync(new URL('../../docs/catalog.md', import.meta.url), 'utf8');
    expect(catalogDoc(PARTIES, SERVICES, SINKS)).toBe(doc);
  });

  it('has at least 300 services with the parties of parties.ts, and ids unique across them', () => {
    expect(PARTIES.length).toBe(SERVICES.length + OWN_IDS.length);
    expect(PARTIES.length).toBeGreaterThanOrEqual(300);
    const ids = PARTIES.map((p) => p.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.slice(0, OWN_IDS.length)).toEqual(OWN_IDS);
  });

  it('every entry has an id, a name, a company, a two-letter country, a category and a package or a host', () => {
    for (const s of SERVICES) {
      expect(s.id, s.id).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(s.name.trim(), s.id).not.toBe('');
      expect(s.company.trim(), s.id).not.toBe('');
      expect(s.country, s.id).toMatch(/^[A-Z]{2}$/);
      expect(CATEGORIES, s.id).toContain(s.category);
      expect(s.packages.length + s.hosts.length, s.id).toBeGreaterThan(0);
    }
  });

  it('every call names members; browser globals appear in calls only, never as a package to install', () => {
    for (const s of SERVICES) {
      expect(s.packages.filter((p) => p.startsWith('global:')), s.id).toEqual([]);
      for (const c of s.calls ?? []) {
        expect(c.members.length, s.id).toBeGreaterThan(0);
        for (const m of c.members) expect(m, s.id).toMatch(/^[$\w]+$/);
        // a call without its own packages needs the service's exact names to match anything
        if (!c.packages) expect(s.packages.some((p) => !p.includes('*')), s.id).toBe(true);
      }
    }
  });

  it('well over half of the services have a call that carries data', () => {
    const withCalls = new Set([...SERVICES.filter((s) => (s.calls ?? []).length > 0).map((s) => s.id), ...SINKS.map((s) => s.party)]);
    expect(PARTIES.filter((p) => withCalls.has(p.id)).length).toBeGreaterThan(PARTIES.length * 0.6);
  });

  it('has services in every category', () => {
    for (const c of CATEGORIES) expect(SERVICES.filter((s) => s.category === c).length, c).toBeGreaterThanOrEqual(8);
  });

  it('each package and each exact host leads back to its own party (no two parties claim the same name)', () => {
    for (const p of PARTIES) {
      for (const pkg of p.packages.filter((g) => !g.includes('*'))) expect(partyForPackage(pkg)?.id, `${p.id} ${pkg}`).toBe(p.id);
      for (const host of p.hosts.filter((g) => !g.includes('*'))) expect(partyForHost(host)?.id, `${p.id} ${host}`).toBe(p.id);
    }
  });

  it("a service's calls become sink entries of its party; every sink's party is a known party", () => {
    const known = new Set(PARTIES.map((p) => p.id));
    for (const s of SINKS) if (s.party !== undefined) expect(known.has(s.party), `${s.name} -> ${s.party}`).toBe(true);
    const polar = SERVICES.find((s) => s.id === 'polar')!;
    const sinks = sinksOf(polar);
    expect(sinks.length).toBe(polar.calls!.length);
    expect(sinks[0]).toMatchObject({ name: 'polar', kind: 'transfer', party: 'polar', packages: ['@polar-sh/sdk'] });
    expect(sinks[0]!.member.test('create')).toBe(true);
    expect(sinks[0]!.member.test('retrieve')).toBe(false);
    // a log call is a log that is also a third party
    expect(sinksOf(SERVICES.find((s) => s.id === 'airbrake')!)[0]).toMatchObject({ kind: 'log', thirdParty: true, party: 'airbrake' });
  });
});

describe('services: analytics', () => {
  it.each([
    ['@hotjar/browser', 'hotjar'],
    ['@fullstory/browser', 'fullstory'],
    ['logrocket', 'logrocket'],
    ['airbridge-web-sdk-loader', 'airbridge'],
    ['@hackler/javascript-sdk', 'hackle'],
    ['@launchdarkly/node-server-sdk', 'launchdarkly'],
    ['react-gtm-module', 'google_tag_manager'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['static.hotjar.com', 'hotjar'],
    ['rum.beusable.net', 'beusable'],
    ['core.airbridge.io', 'airbridge'],
    ['wcs.naver.net', 'naver_analytics'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('PostHog (browser and node), Google Tag Manager, Hotjar and the Segment snippet have sinks', () => {
    expectSink('posthog-js', 'capture', 'posthog');
    expectSink('posthog-node', 'identify', 'posthog');
    expectSink('global:dataLayer', 'push', 'google_tag_manager');
    expectSink('global:hj', 'hj', 'hotjar');
    expectSink('@hotjar/browser', 'identify', 'hotjar');
    expectSink('global:analytics', 'identify', 'segment');
    // AnalyticsBrowser: declared on AnalyticsBuffered (typed) or made by `load` (untyped)
    expectSink('@segment/analytics-next', 'track', 'segment', 'AnalyticsBuffered');
    expectSink('react-ga4', 'event', 'google_analytics');
    expect(sinkFor('posthog-js', 'getFeatureFlag')).toBeUndefined();
  });
});

describe('services: advertising', () => {
  it.each([
    ['tiktok-pixel', 'tiktok'],
    ['react-native-appsflyer', 'appsflyer'],
    ['react-native-adjust', 'adjust'],
    ['facebook-nodejs-business-sdk', 'meta'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['analytics.tiktok.com', 'tiktok'],
    ['bat.bing.com', 'microsoft_ads'],
    ['googleads.g.doubleclick.net', 'google_ads'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('pixels are recognised by their globals', () => {
    expectSink('global:ttq', 'identify', 'tiktok');
    expectSink('global:pintrk', 'pintrk', 'pinterest');
    expectSink('global:fbq', 'fbq', 'meta');
    expectSink('facebook-nodejs-business-sdk', 'setEmail', 'meta', 'UserData');
  });
});

describe('services: error tracking', () => {
  it.each([
    ['@airbrake/node', 'airbrake'],
    ['@honeybadger-io/js', 'honeybadger'],
    ['elastic-apm-node', 'elastic_apm'],
    ['@bugfender/sdk', 'bugfender'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['api.honeybadger.io', 'honeybadger'],
    ['api.airbrake.io', 'airbrake'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('error trackers are logs that leave the service', () => {
    expect(expectSink('@airbrake/node', 'notify', 'airbrake')).toMatchObject({ kind: 'log', thirdParty: true });
    expectSink('@honeybadger-io/js', 'setContext', 'honeybadger');
    expectSink('global:Honeybadger', 'notify', 'honeybadger');
    // the static Rollbar.critical (untyped default import or CDN global: no container), the Sentry and Bugsnag globals
    expectSink('rollbar', 'critical', 'rollbar');
    expectSink('global:Rollbar', 'critical', 'rollbar');
    expectSink('global:Sentry', 'captureException', 'sentry');
    expectSink('global:Bugsnag', 'leaveBreadcrumb', 'bugsnag');
    // New Relic's browser agent, through the package and the global
    expectSink('newrelic', 'setCustomAttribute', 'new_relic');
    expectSink('@newrelic/browser-agent', 'setPageViewName', 'new_relic');
    expectSink('global:newrelic', 'addPageAction', 'new_relic');
  });
});

describe('services: logging', () => {
  it.each([
    ['@opentelemetry/api', 'opentelemetry'],
    ['@logtail/node', 'better_stack'],
    ['@axiomhq/js', 'axiom'],
    ['hot-shots', 'datadog'],
    ['langfuse', 'langfuse'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['api.axiom.co', 'axiom'],
    ['logs.ap-northeast-2.amazonaws.com', 'aws_cloudwatch_logs'],
    ['api-logncrash.cloud.toast.com', 'nhn_cloud_log'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('OpenTelemetry spans, DogStatsD and log shippers have log sinks', () => {
    for (const m of ['setAttribute', 'setAttributes', 'addEvent', 'recordException', 'setStatus']) {
      expect(expectSink('@opentelemetry/api', m, 'opentelemetry').kind).toBe('log');
    }
    expect(expectSink('@opentelemetry/api', 'startActiveSpan', 'opentelemetry').data).toEqual([{ arg: 1, field: 'attributes' }]);
    expectSink('hot-shots', 'event', 'datadog');
    expectSink('@logtail/node', 'info', 'better_stack');
    expectSink('global:DD_RUM', 'setUser', 'datadog');
  });
});

describe('services: payments', () => {
  it.each([
    ['@polar-sh/sdk', 'polar'],
    ['@lemonsqueezy/lemonsqueezy.js', 'lemon_squeezy'],
    ['@paddle/paddle-node-sdk', 'paddle'],
    ['@bootpay/client-js', 'bootpay'],
    ['@paypal/paypal-server-sdk', 'paypal'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['api.nicepay.co.kr', 'nicepay'],
    ['spl.kcp.co.kr', 'kcp'],
    ['cpay.payple.kr', 'payple'],
    ['tx-creditcard.danalpay.com', 'danal'],
    ['open-api.kakaopay.com', 'kakao_pay'],
    ['api.tosspayments.com', 'toss_payments'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('checkouts, customers and the Korean payment windows have sinks', () => {
    expectSink('@polar-sh/sdk', 'create', 'polar');
    expect(expectSink('@lemonsqueezy/lemonsqueezy.js', 'createCheckout', 'lemon_squeezy').data).toEqual([2]);
    expectSink('global:AUTHNICE', 'requestPay', 'nicepay');
    expectSink('global:PaypleCpayAuthCheck', 'PaypleCpayAuthCheck', 'payple');
    expectSink('@bootpay/client-js', 'requestPayment', 'bootpay');
    expectSink('@tosspayments/tosspayments-sdk', 'requestPayment', 'toss_payments');
    expectSink('@portone/browser-sdk', 'requestPayment', 'portone');
    expectSink('@stripe/stripe-js', 'confirmCardPayment', 'stripe');
  });
});

describe('services: identity verification', () => {
  it.each([
    ['@onfido/api', 'onfido'],
    ['@veriff/js-sdk', 'veriff'],
    ['barocert', 'barocert'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['safe.ok-name.co.kr', 'kcb'],
    ['cert.toss.im', 'toss_cert'],
    ['www.kmcert.com', 'kmc'],
    ['nice.checkplus.co.kr', 'nice'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('an applicant sent for verification is a transfer', () => {
    expect(expectSink('@onfido/api', 'createApplicant', 'onfido').kind).toBe('transfer');
    expectSink('@veriff/js-sdk', 'setParams', 'veriff');
  });
});

describe('services: messaging', () => {
  it.each([
    ['@line/bot-sdk', 'line'],
    ['@sendbird/chat', 'sendbird'],
    ['discord.js', 'discord'],
    ['@knocklabs/node', 'knock'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['api.telegram.org', 'telegram'],
    ['wh.jandi.com', 'jandi'],
    ['hook.dooray.com', 'dooray'],
    ['chat.googleapis.com', 'google_chat'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('messages posted to a chat are transfers', () => {
    expectSink('node-telegram-bot-api', 'sendMessage', 'telegram');
    expectSink('@line/bot-sdk', 'pushMessage', 'line');
    expectSink('@sendbird/chat', 'sendUserMessage', 'sendbird');
    expectSink('@slack/web-api', 'postMessage', 'slack');
  });
});

describe('services: email', () => {
  it.each([
    ['postmark', 'postmark'],
    ['resend', 'resend'],
    ['@getbrevo/brevo', 'brevo'],
    ['@mailchimp/mailchimp_transactional', 'mailchimp_transactional'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['api.postmarkapp.com', 'postmark'],
    ['api.resend.com', 'resend'],
    ['api-mail.cloud.toast.com', 'nhn_cloud_email'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('sending a message is a transfer', () => {
    expectSink('postmark', 'sendEmail', 'postmark');
    expectSink('resend', 'send', 'resend');
    expectSink('@getbrevo/brevo', 'sendTransacEmail', 'brevo');
  });
});

describe('services: sms', () => {
  it.each([
    ['aligoapi', 'aligo'],
    ['@vonage/server-sdk', 'vonage'],
    ['popbill', 'popbill'],
    ['telnyx', 'telnyx'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['sens.apigw.ntruss.com', 'naver_cloud_sens'],
    ['api-sms.cloud.toast.com', 'nhn_cloud_sms'],
    ['api.bizppurio.com', 'ppurio'],
    ['kakaoapi.aligo.in', 'aligo'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('a message carries its recipient and text', () => {
    expect(expectSink('aligoapi', 'send', 'aligo').data).toEqual([{ arg: 0, field: 'body' }]);
    expectSink('popbill', 'sendSMS', 'popbill');
    expectSink('solapi', 'sendOne', 'solapi');
  });
});

describe('services: push', () => {
  it.each([
    ['expo-server-sdk', 'expo_push'],
    ['@onesignal/node-onesignal', 'onesignal'],
    ['@parse/node-apn', 'apple_push'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['api.push.apple.com', 'apple_push'],
    ['exp.host', 'expo_push'],
    ['api-push.cloud.toast.com', 'nhn_cloud_push'],
    ['fcm.googleapis.com', 'firebase'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('a notification and the user tags it targets are transfers', () => {
    expectSink('expo-server-sdk', 'sendPushNotificationsAsync', 'expo_push');
    expectSink('@onesignal/node-onesignal', 'createNotification', 'onesignal');
    expectSink('react-onesignal', 'addEmail', 'onesignal');
    // Web Push payloads are encrypted for the browser: web-push is no sink
    expect(sinkFor('web-push', 'sendNotification')).toBeUndefined();
  });
});

describe('services: crm', () => {
  it.each([
    ['@hubspot/api-client', 'hubspot'],
    ['klaviyo-api', 'klaviyo'],
    ['@braze/web-sdk', 'braze'],
    ['customerio-node', 'customer_io'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['api.hubapi.com', 'hubspot'],
    ['a.klaviyo.com', 'klaviyo'],
    ['track.customer.io', 'customer_io'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('a contact or profile written to the CRM is a transfer', () => {
    expectSink('@hubspot/api-client', 'create', 'hubspot');
    expectSink('klaviyo-api', 'createProfile', 'klaviyo');
    expectSink('@braze/web-sdk', 'setEmail', 'braze');
    expectSink('customerio-node', 'identify', 'customer_io');
  });
});

describe('services: support', () => {
  it.each([
    ['crisp-sdk-web', 'crisp'],
    ['node-zendesk', 'zendesk'],
    ['@intercom/messenger-js-sdk', 'intercom'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['embed.tawk.to', 'tawk_to'],
    ['static.zdassets.com', 'zendesk'],
    ['client.crisp.chat', 'crisp'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('identifying the visitor to a chat widget is a transfer', () => {
    expectSink('global:Intercom', 'Intercom', 'intercom');
    expectSink('@intercom/messenger-js-sdk', 'boot', 'intercom');
    expectSink('global:ChannelIO', 'ChannelIO', 'channel_talk');
    expectSink('global:Beacon', 'Beacon', 'help_scout');
    expectSink('crisp-sdk-web', 'setEmail', 'crisp');
    expectSink('global:Tawk_API', 'setAttributes', 'tawk_to');
  });
});

describe('services: search', () => {
  it.each([
    ['algoliasearch', 'algolia'],
    ['algoliasearch/lite', 'algolia'],
    ['@elastic/elasticsearch', 'elastic'],
    ['@pinecone-database/pinecone', 'pinecone'],
    ['meilisearch', 'meilisearch'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['abc123-dsn.algolia.net', 'algolia'],
    ['my-deployment.es.us-central1.gcp.cloud.es.io', 'elastic'],
    ['search-users.ap-northeast-2.es.amazonaws.com', 'aws_opensearch'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('indexing a record sends it, and so does naming an index (its name is in every request path); searching does not', () => {
    expectSink('algoliasearch', 'saveObjects', 'algolia');
    expectSink('@algolia/client-search', 'saveObject', 'algolia');
    expectSink('@elastic/elasticsearch', 'index', 'elastic');
    expectSink('global:elasticsearch', 'index', 'elastic');
    expect(sinkFor('algoliasearch', 'search')).toBeUndefined();
    expectSink('algoliasearch', 'initIndex', 'algolia');
  });
});

describe('services: storage', () => {
  it.each([
    ['cloudinary', 'cloudinary'],
    ['@vercel/blob', 'vercel_blob'],
    ['@google-cloud/storage', 'google_cloud_storage'],
    ['@azure/storage-blob', 'azure_blob_storage'],
    ['airtable', 'airtable'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['res.cloudinary.com', 'cloudinary'],
    ['myaccount.blob.core.windows.net', 'azure_blob_storage'],
    ['storage.googleapis.com', 'google_cloud_storage'],
    ['kr.object.ncloudstorage.com', 'ncloud_object_storage'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('an upload is a transfer, like S3 putObject', () => {
    expectSink('cloudinary', 'upload', 'cloudinary');
    expect(expectSink('@vercel/blob', 'put', 'vercel_blob').data).toEqual([0, 1]);
    expectSink('uploadthing', 'uploadFiles', 'uploadthing');
  });
});

describe('services: auth', () => {
  it.each([
    ['@clerk/nextjs', 'clerk'],
    ['auth0', 'auth0'],
    ['amazon-cognito-identity-js', 'aws_cognito'],
    ['@aws-sdk/client-cognito-identity-provider', 'aws_cognito'],
    ['@workos-inc/node', 'workos'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['cognito-idp.ap-northeast-2.amazonaws.com', 'aws_cognito'],
    ['login.microsoftonline.com', 'microsoft_entra'],
    ['appleid.apple.com', 'apple_sign_in'],
    ['my-tenant.us.auth0.com', 'auth0'],
    ['kauth.kakao.com', 'kakao'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('user management sends the profile, never the password field', () => {
    const clerk = expectSink('@clerk/backend', 'createUser', 'clerk');
    const fields = clerk.data === 'all' ? [] : clerk.data.map((d) => (typeof d === 'object' ? d.field : ''));
    expect(fields).toContain('emailAddress');
    expect(fields).not.toContain('password');
    for (const s of SINKS.filter((x) => x.party && SERVICES.some((v) => v.id === x.party && v.category === 'auth'))) {
      if (s.data !== 'all') for (const d of s.data) if (typeof d === 'object' && 'field' in d) expect(d.field, s.name).not.toMatch(/password/i);
    }
    expect(expectSink('amazon-cognito-identity-js', 'signUp', 'aws_cognito').data).toEqual([0, 2]);
  });
});

describe('services: cloud', () => {
  it.each([
    ['@supabase/supabase-js', 'supabase'],
    ['@azure/identity', 'azure'],
    ['@vercel/kv', 'vercel'],
    ['@upstash/redis', 'upstash'],
    ['aws-amplify', 'aws_amplify'],
    ['@aws-sdk/client-dynamodb', 'aws'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['abcdefgh.supabase.co', 'supabase'],
    ['cluster0.abcde.mongodb.net', 'mongodb_atlas'],
    ['naveropenapi.apigw.ntruss.com', 'naver_cloud'],
    ['sheets.googleapis.com', 'google'],
    ['dynamodb.us-east-1.amazonaws.com', 'aws'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('geocoding an address and queueing a message are transfers', () => {
    expectSink('@aws-sdk/client-location', 'searchPlaceIndexForText', 'aws_location');
    expectSink('@upstash/qstash', 'publishJSON', 'upstash');
    expectSink('global:naver', 'geocode', 'naver_cloud');
  });
});

describe('services: ai', () => {
  it.each([
    ['ai', 'vercel_ai_sdk'],
    ['@google/genai', 'google_gemini'],
    ['@google/generative-ai', 'google_gemini'],
    ['@mistralai/mistralai', 'mistral'],
    ['cohere-ai', 'cohere'],
    ['@aws-sdk/client-bedrock-runtime', 'aws_bedrock'],
    ['@langchain/openai', 'openai'],
    ['@langchain/core', 'langchain'],
    ['groq-sdk', 'groq'],
    ['@huggingface/inference', 'huggingface'],
  ])('package %s -> %s', (pkg, id) => expect(partyForPackage(pkg)?.id).toBe(id));

  it.each([
    ['bedrock-runtime.us-east-1.amazonaws.com', 'aws_bedrock'],
    ['generativelanguage.googleapis.com', 'google_gemini'],
    ['my-resource.openai.azure.com', 'azure_openai'],
    ['api.mistral.ai', 'mistral'],
    ['clovastudio.stream.ntruss.com', 'naver_clova'],
    ['api.openai.com', 'openai'],
  ])('host %s -> %s', (host, id) => expect(partyForHost(host)?.id).toBe(id));

  it('prompts sent for completion are transfers to the provider', () => {
    for (const m of ['generateText', 'streamText', 'generateObject', 'streamObject']) expectSink('ai', m, 'vercel_ai_sdk');
    expectSink('@anthropic-ai/sdk', 'create', 'anthropic', 'Messages');
    expectSink('@google/genai', 'generateContent', 'google_gemini');
    expectSink('@aws-sdk/client-bedrock-runtime', 'converse', 'aws_bedrock');
    expectSink('@aws-sdk/client-bedrock-runtime', 'send', 'aws_bedrock');
    // OpenAI v3 (OpenAIApi.createCompletion) and v4+ (chat.completions.create), typed and untyped
    expectSink('openai', 'createCompletion', 'openai');
    expectSink('openai', 'createChatCompletion', 'openai');
    expectSink('openai', 'create', 'openai', 'Completions');
    expectSink('openai', 'create', 'openai', 'OpenAI');
    // LangChain: a chat model's invoke, not a prompt template's
    expectSink('@langchain/core', 'invoke', 'langchain', 'BaseChatModel');
    expect(sinkFor('@langchain/core', 'invoke', 'ChatPromptTemplate')).toBeUndefined();
    expect(sinkFor('@langchain/core', 'invoke', 'StringOutputParser')).toBeUndefined();
  });
});
