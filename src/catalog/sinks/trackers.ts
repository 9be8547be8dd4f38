import type { SinkSpec } from './types.js';

/**
 * Error trackers and monitoring: a log that also sends to a third party (`thirdParty: true`), so personal
 * data there can break both the logging and the transfer rules. Entries carry no `container` where the
 * calls must also be recognised by import specifier when the package's types are missing (Datadog and
 * New Relic are often used untyped); the member names are specific enough to the package.
 */
export const TRACKER_SINKS: readonly SinkSpec[] = [
  // Sentry (v8+ declares the API in @sentry/core; the SDKs re-export it): the functions and Scope methods
  {
    name: 'sentry',
    kind: 'log',
    thirdParty: true,
    party: 'sentry',
    packages: ['@sentry/core', '@sentry/node', '@sentry/browser', '@sentry/react', '@sentry/nextjs', '@sentry/react-native'],
    member: /^(captureException|captureMessage|captureEvent|setUser|setContext|setExtras?|setTags?|addBreadcrumb)$/,
    data: 'all',
  },

  // Bugsnag: Client (Bugsnag.start() and the static), Event in onError callbacks
  {
    name: 'bugsnag',
    kind: 'log',
    thirdParty: true,
    party: 'bugsnag',
    packages: ['@bugsnag/core', '@bugsnag/js', '@bugsnag/node', '@bugsnag/browser'],
    member: /^(notify|setUser|addMetadata|leaveBreadcrumb)$/,
    data: 'all',
  },

  // Rollbar: the log levels, and a configured payload (`payload.person`) sent with every item
  {
    name: 'rollbar',
    kind: 'log',
    thirdParty: true,
    party: 'rollbar',
    packages: ['rollbar'],
    member: /^(log|debug|info|warn|warning|error|critical|captureEvent)$/,
    container: /^Rollbar$/,
    data: 'all',
  },
  { name: 'rollbar', kind: 'log', thirdParty: true, party: 'rollbar', packages: ['rollbar'], member: /^configure$/, container: /^Rollbar$/, data: [{ arg: 0, field: 'payload' }] },

  // Datadog: dd-trace (tracer.setUser, span tags), browser RUM and browser logs
  {
    name: 'datadog',
    kind: 'log',
    thirdParty: true,
    party: 'datadog',
    packages: ['dd-trace', '@datadog/browser-rum', '@datadog/browser-logs'],
    member: /^(setUser|setTag|addTags|addError|addAction|setGlobalContextProperty|debug|info|warn|error)$/,
    data: 'all',
  },

  // New Relic APM agent
  {
    name: 'newrelic',
    kind: 'log',
    thirdParty: true,
    party: 'new_relic',
    packages: ['newrelic'],
    member: /^(noticeError|addCustomAttributes?|setUserID|recordCustomEvent|recordLogEvent)$/,
    data: 'all',
  },
];
