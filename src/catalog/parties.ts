/**
 * Known third-party SDKs and services: `privacy-lint init` drafts processors from imports and package.json with
 * these, and the engine recognises transfers by package and by HTTP host. Pure data plus two lookups.
 *
 * Package globs: `*` matches any characters except `/` (`@sentry/*`). A lookup takes a package name or an import
 * specifier; a subpath is reduced to its package (`firebase/auth` -> `firebase`, `@sentry/node/preload` -> `@sentry/node`).
 *
 * Host globs (host-glob.ts, the one matcher shared with the manifest's ownHosts and recognise.hosts): a leading `*.`
 * matches one or more labels (`*.sentry.io` matches `o1.ingest.us.sentry.io` but not `sentry.io`); any other `*`
 * label matches exactly one label (`email.*.amazonaws.com`); everything else is exact. A lookup takes a host,
 * `host:port` or a URL, case-insensitively.
 *
 * When several parties match, the most specific pattern wins: an exact name before a glob, then the glob with
 * more literal characters (`@aws-sdk/client-ses` -> aws_ses rather than aws; `firestore.googleapis.com` ->
 * firebase rather than google).
 *
 * `country` is where the provider usually processes the data by default; many offer other regions (AWS, Sentry,
 * PostHog, Datadog, Mixpanel EU): the manifest's declaration is what the checks use.
 */

import { compileOnce, escapeRe, hostGlobScore } from './host-glob.js';
import { partyOf, SERVICES } from './services/index.js';
import type { PartySpec } from './services/types.js';

export type { PartyCategory, PartySpec } from './services/types.js';

/**
 * The parties written out here (the first catalog, their calls in sinks/), and every service of services/ after them.
 * A party whose calls are data (Google Analytics, Intercom, Channel Talk, Toss Payments, Kakao, SOLAPI, Slack,
 * Anthropic, Meta) is a ServiceSpec in its category's file instead: an id is defined once.
 */
const OWN: readonly PartySpec[] = [
  // Error tracking and monitoring
  {
    id: 'sentry',
    name: 'Sentry (Functional Software, Inc.)',
    category: 'error_tracking',
    country: 'US',
    packages: ['@sentry/*', 'raven', 'raven-js'],
    hosts: ['sentry.io', '*.sentry.io'],
  },
  {
    id: 'bugsnag',
    name: 'Bugsnag (SmartBear Software)',
    category: 'error_tracking',
    country: 'US',
    packages: ['@bugsnag/*', 'bugsnag', 'bugsnag-js'],
    hosts: ['*.bugsnag.com', '*.bugsnag.smartbear.com'],
  },
  {
    id: 'rollbar',
    name: 'Rollbar, Inc.',
    category: 'error_tracking',
    country: 'US',
    packages: ['rollbar', '@rollbar/react'],
    hosts: ['api.rollbar.com', '*.rollbar.com'],
  },
  {
    id: 'datadog',
    name: 'Datadog, Inc.',
    category: 'error_tracking',
    country: 'US',
    packages: ['dd-trace', '@datadog/*', 'hot-shots', 'node-dogstatsd', 'datadog-metrics'],
    hosts: ['*.datadoghq.com', '*.datadoghq.eu', '*.ddog-gov.com', 'browser-intake-datadoghq.com', '*.browser-intake-datadoghq.com'],
  },
  {
    id: 'new_relic',
    name: 'New Relic, Inc.',
    category: 'error_tracking',
    country: 'US',
    packages: ['newrelic', '@newrelic/*'],
    hosts: ['*.newrelic.com', '*.nr-data.net'],
  },

  // Analytics
  {
    id: 'segment',
    name: 'Segment (Twilio Inc.)',
    category: 'analytics',
    country: 'US',
    packages: ['@segment/analytics-next', '@segment/analytics-node', '@segment/analytics-react-native', 'analytics-node'],
    hosts: ['api.segment.io', '*.segment.io', 'cdn.segment.com', '*.segmentapis.com'],
  },
  {
    id: 'posthog',
    name: 'PostHog, Inc.',
    category: 'analytics',
    country: 'US',
    packages: ['posthog-js', 'posthog-node', 'posthog-react-native', 'posthog-js-lite'],
    hosts: ['*.posthog.com'],
  },
  {
    id: 'mixpanel',
    name: 'Mixpanel, Inc.',
    category: 'analytics',
    country: 'US',
    packages: ['mixpanel', 'mixpanel-browser', 'mixpanel-react-native'],
    hosts: ['*.mixpanel.com'],
  },
  {
    id: 'amplitude',
    name: 'Amplitude, Inc.',
    category: 'analytics',
    country: 'US',
    packages: ['@amplitude/*', 'amplitude-js'],
    hosts: ['*.amplitude.com'],
  },

  // Payments
  {
    id: 'stripe',
    name: 'Stripe, Inc.',
    category: 'payments',
    country: 'US',
    packages: ['stripe', '@stripe/*'],
    hosts: ['api.stripe.com', '*.stripe.com', '*.stripe.network'],
  },
  {
    id: 'portone',
    name: 'PortOne (formerly iamport; PortOne Inc.)',
    category: 'payments',
    country: 'KR',
    packages: ['@portone/*', 'iamport', 'iamporter', 'iamport-rest-client-nodejs', 'iamport-react-native'],
    hosts: ['api.iamport.kr', '*.iamport.kr', 'api.portone.io', '*.portone.io'],
  },
  {
    id: 'kg_inicis',
    name: 'KG Inicis Co., Ltd.',
    category: 'payments',
    country: 'KR',
    // No official npm SDK: the standard payment window is loaded from stdpay.inicis.com.
    packages: [],
    hosts: ['*.inicis.com'],
  },

  // Identity verification and social login
  {
    id: 'nice',
    name: 'NICE Information Service Co., Ltd.',
    category: 'identity_verification',
    country: 'KR',
    packages: [],
    hosts: ['nice.checkplus.co.kr', '*.checkplus.co.kr', 'svc.niceapi.co.kr', '*.niceapi.co.kr'],
  },
  {
    id: 'naver',
    name: 'NAVER Corp.',
    category: 'auth',
    country: 'KR',
    packages: ['@react-native-seoul/naver-login', 'passport-naver', 'passport-naver-v2', 'next-auth/providers/naver', '@auth/core/providers/naver'],
    hosts: ['openapi.naver.com', 'nid.naver.com'],
  },

  // Email, SMS, messaging
  {
    id: 'sendgrid',
    name: 'Twilio SendGrid (Twilio Inc.)',
    category: 'email',
    country: 'US',
    packages: ['@sendgrid/mail', '@sendgrid/client', 'nodemailer-sendgrid'],
    hosts: ['api.sendgrid.com', 'smtp.sendgrid.net'],
  },
  {
    id: 'mailgun',
    name: 'Mailgun Technologies, Inc. (Sinch)',
    category: 'email',
    country: 'US',
    packages: ['mailgun.js', 'mailgun-js'],
    hosts: ['api.mailgun.net', 'api.eu.mailgun.net', 'smtp.mailgun.org'],
  },
  {
    id: 'twilio',
    name: 'Twilio Inc.',
    category: 'sms',
    country: 'US',
    packages: ['twilio'],
    hosts: ['api.twilio.com', '*.twilio.com'],
  },

  // Cloud
  {
    id: 'firebase',
    name: 'Firebase (Google LLC)',
    category: 'cloud',
    country: 'US',
    packages: ['firebase', 'firebase-admin', '@firebase/*', '@react-native-firebase/*'],
    hosts: [
      '*.firebaseio.com',
      '*.firebasedatabase.app',
      'firestore.googleapis.com',
      'fcm.googleapis.com',
      'identitytoolkit.googleapis.com',
      'securetoken.googleapis.com',
      'firebasestorage.googleapis.com',
      'firebaseinstallations.googleapis.com',
    ],
  },
  {
    id: 'aws_ses',
    name: 'Amazon Simple Email Service (Amazon Web Services, Inc.)',
    category: 'email',
    country: 'US',
    packages: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'],
    hosts: ['email.*.amazonaws.com', 'email-smtp.*.amazonaws.com'],
  },
  {
    id: 'aws_sns',
    name: 'Amazon Simple Notification Service (Amazon Web Services, Inc.)',
    category: 'messaging',
    country: 'US',
    packages: ['@aws-sdk/client-sns'],
    hosts: ['sns.*.amazonaws.com'],
  },
  {
    id: 'aws_s3',
    name: 'Amazon S3 (Amazon Web Services, Inc.)',
    category: 'cloud',
    country: 'US',
    packages: ['@aws-sdk/client-s3', '@aws-sdk/lib-storage', '@aws-sdk/s3-request-presigner'],
    hosts: ['s3.amazonaws.com', '*.s3.amazonaws.com', 's3.*.amazonaws.com', '*.s3.*.amazonaws.com'],
  },
  {
    id: 'aws',
    name: 'Amazon Web Services, Inc.',
    category: 'cloud',
    country: 'US',
    packages: ['@aws-sdk/*', 'aws-sdk'],
    hosts: ['*.amazonaws.com'],
  },
  {
    id: 'google',
    name: 'Google LLC (Google APIs)',
    category: 'cloud',
    country: 'US',
    // Sign in with Google: next-auth / Auth.js providers, Passport strategies, the browser and native sign-in SDKs
    packages: ['googleapis', '@googleapis/*', 'next-auth/providers/google', '@auth/core/providers/google', 'passport-google-oauth20', 'passport-google-oauth2', '@react-oauth/google', '@react-native-google-signin/google-signin'],
    hosts: ['*.googleapis.com', 'accounts.google.com'],
  },

  // AI
  {
    id: 'openai',
    name: 'OpenAI, L.L.C.',
    category: 'ai',
    country: 'US',
    packages: ['openai', '@ai-sdk/openai', '@langchain/openai'],
    hosts: ['api.openai.com'],
  },

];

export const PARTIES: readonly PartySpec[] = [...OWN, ...SERVICES.map(partyOf)];

/** Reduces an import specifier to its package name: `firebase/auth` -> `firebase`, `@a/b/c` -> `@a/b`. */
export function packageOf(specifier: string): string {
  const parts = specifier.trim().split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/** Whether an npm package name matches a glob (`@tosspayments/*`): one matcher for the catalog and the manifest. */
export function packageMatches(glob: string, pkg: string): boolean {
  return packageScore(glob, pkg) !== undefined;
}

/** Package globs compiled once: lookups run per sink call. */
const packageGlobs = new Map<string, RegExp>();

/** Score of a glob match: higher is more specific; undefined if no match. */
function packageScore(glob: string, pkg: string): number | undefined {
  if (!glob.includes('*')) return glob === pkg ? 10_000 : undefined;
  const re = compileOnce(packageGlobs, glob, (g) => new RegExp(`^${g.split('*').map(escapeRe).join('[^/]*')}$`));
  return re.test(pkg) ? glob.replace(/\*/g, '').length : undefined;
}

function best(score: (p: PartySpec) => number | undefined): PartySpec | undefined {
  let found: PartySpec | undefined;
  let top = -1;
  for (const party of PARTIES) {
    const s = score(party);
    if (s !== undefined && s > top) {
      top = s;
      found = party;
    }
  }
  return found;
}

function maxOf(values: Array<number | undefined>): number | undefined {
  const nums = values.filter((v): v is number => v !== undefined);
  return nums.length ? Math.max(...nums) : undefined;
}

/** The party whose package globs match a package name or import specifier (most specific match). */
export function partyForPackage(pkg: string): PartySpec | undefined {
  const name = packageOf(pkg);
  if (!name) return undefined;
  // an import path a party names itself (`next-auth/providers/google`: sign-in with Google through a library that is no party)
  const byPath = name !== pkg.trim() ? importPaths().get(pkg.trim()) : undefined;
  if (byPath) return byPath;
  if (!byPackage.has(name)) byPackage.set(name, best((p) => maxOf(p.packages.map((g) => packageScore(g, name)))));
  return byPackage.get(name);
}

/** The import paths (longer than a package name, no glob) the parties list, to their party. */
function importPaths(): Map<string, PartySpec> {
  if (!paths) {
    paths = new Map();
    for (const p of PARTIES) for (const g of p.packages) if (!g.includes('*') && packageOf(g) !== g && !paths.has(g)) paths.set(g, p);
  }
  return paths;
}
let paths: Map<string, PartySpec> | undefined;

/** Lookups asked again for every sink of a package or host: the catalog is constant, so each answer is kept. */
const byPackage = new Map<string, PartySpec | undefined>();
const byHost = new Map<string, PartySpec | undefined>();

/** Lower-cased host of a host, `host:port` or URL, without a trailing dot. */
function hostOf(input: string): string {
  let h = input.trim().toLowerCase();
  if (h.includes('://')) {
    try {
      h = new URL(h).hostname;
    } catch {
      return '';
    }
  }
  h = h.replace(/\/.*$/, '').replace(/:\d+$/, '');
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

/** The party whose host globs match a host (see the file header for glob rules; most specific match). */
export function partyForHost(host: string): PartySpec | undefined {
  const h = hostOf(host);
  if (!h) return undefined;
  if (!byHost.has(h)) byHost.set(h, best((p) => maxOf(p.hosts.map((g) => hostGlobScore(g, h)))));
  return byHost.get(h);
}

const BY_ID = new Map(PARTIES.map((p) => [p.id, p]));

/** The catalog party of an id (a sink entry's `party`). */
export function partyById(id: string): PartySpec | undefined {
  return BY_ID.get(id);
}
