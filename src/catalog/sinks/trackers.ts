import type { SinkSpec } from './types.js';

/**
 * Error trackers and monitoring: a log that also sends to a third party (`thirdParty: true`), so personal
 * data there can break both the logging and the transfer rules. Entries carry no `container` where the
 * calls must also be recognised by import specifier when the package's types are missing (Datadog and
 * New Relic are often used untyped); the member names are specific enough to the package.
 */
/** Where the Sentry SDKs declare the API (v8+: @sentry/core; v7: @sentry/hub and @sentry/minimal) and the packages projects import. */
const SENTRY = [
  '@sentry/core',
  '@sentry/node',
  '@sentry/browser',
  '@sentry/react',
  '@sentry/nextjs',
  '@sentry/react-native',
  '@sentry/vue',
  '@sentry/angular',
  '@sentry/svelte',
  '@sentry/sveltekit',
  '@sentry/remix',
  '@sentry/astro',
  '@sentry/nuxt',
  '@sentry/nestjs',
  '@sentry/bun',
  '@sentry/deno',
  '@sentry/electron',
  '@sentry/capacitor',
  '@sentry/cloudflare',
  '@sentry/vercel-edge',
  '@sentry/aws-serverless',
  '@sentry/google-cloud-serverless',
  '@sentry/solid',
  '@sentry/ember',
  '@sentry/gatsby',
  '@sentry/hub',
  '@sentry/minimal',
  'raven',
  'raven-js',
  'global:Sentry',
  'global:Raven',
];

export const TRACKER_SINKS: readonly SinkSpec[] = [
  // Sentry (v8+ declares the API in @sentry/core; the SDKs re-export it): the functions and Scope methods
  {
    name: 'sentry',
    kind: 'log',
    thirdParty: true,
    party: 'sentry',
    packages: SENTRY,
    member: /^(captureException|captureMessage|captureEvent|captureFeedback|sendFeedback|setUser|setContext|setExtras?|setTags?|addBreadcrumb|setUserContext|setExtraContext|setTagsContext)$/,
    data: 'all',
  },
  // Sentry logs (v9+): Sentry.logger.info(message, attributes), warn, error …
  { name: 'sentry', kind: 'log', thirdParty: true, party: 'sentry', packages: SENTRY, member: /^(trace|debug|info|warn|error|fatal)$/, data: 'all' },

  // Bugsnag: Client (Bugsnag.start() and the static), Event in onError callbacks
  {
    name: 'bugsnag',
    kind: 'log',
    thirdParty: true,
    party: 'bugsnag',
    packages: ['@bugsnag/core', '@bugsnag/js', '@bugsnag/node', '@bugsnag/browser', '@bugsnag/react-native', '@bugsnag/expo', 'global:Bugsnag'],
    member: /^(notify|setUser|addMetadata|leaveBreadcrumb)$/,
    data: 'all',
  },

  // Rollbar: the log levels, and a configured payload (`payload.person`) sent with every item. No container: a static
  // call (`Rollbar.critical(…)` on the default export or the CDN global) has none when untyped; the names are Rollbar's.
  {
    name: 'rollbar',
    kind: 'log',
    thirdParty: true,
    party: 'rollbar',
    packages: ['rollbar', 'global:Rollbar'],
    member: /^(log|debug|info|warn|warning|error|critical|captureEvent)$/,
    data: 'all',
  },
  { name: 'rollbar', kind: 'log', thirdParty: true, party: 'rollbar', packages: ['rollbar', 'global:Rollbar'], member: /^(configure|init)$/, data: [{ arg: 0, field: 'payload' }] },

  // Datadog: dd-trace (tracer.setUser, span tags), browser RUM (declared in browser-rum-core) and browser logs, React
  // Native, and the CDN globals (window.DD_RUM.setUser(…), DD_LOGS.logger.info(…))
  {
    name: 'datadog',
    kind: 'log',
    thirdParty: true,
    party: 'datadog',
    packages: ['dd-trace', '@datadog/browser-rum', '@datadog/browser-rum-core', '@datadog/browser-logs', '@datadog/mobile-react-native', 'global:DD_RUM', 'global:DD_LOGS'],
    member: /^(setUser|setUserProperty|setAccount|setTag|addTags|addError|addAction|setGlobalContext|setGlobalContextProperty|addAttribute|debug|info|warn|error|log)$/,
    data: 'all',
  },
  // DogStatsD through hot-shots / node-dogstatsd: metric names, values and tags go to the agent and on to Datadog
  {
    name: 'datadog.statsd',
    kind: 'log',
    thirdParty: true,
    party: 'datadog',
    packages: ['hot-shots', 'node-dogstatsd'],
    member: /^(event|increment|decrement|gauge|histogram|distribution|timing|set|unique|check)$/,
    data: 'all',
  },
  // The Datadog API client: logsApi.submitLog({ body: [{ message }] }), eventsApi.createEvent({ body })
  { name: 'datadog.api', kind: 'log', thirdParty: true, party: 'datadog', packages: ['@datadog/datadog-api-client'], member: /^(submitLog|createEvent)$/, data: [0] },

  // New Relic: the APM agent (noticeError, addCustomAttribute(s), recordCustomEvent) and the browser agent (the npm
  // package and the window.newrelic global: setCustomAttribute, setUserId, setPageViewName, addPageAction,
  // interaction().setAttribute / setName, log)
  {
    name: 'newrelic',
    kind: 'log',
    thirdParty: true,
    party: 'new_relic',
    packages: ['newrelic', '@newrelic/browser-agent', 'global:newrelic'],
    member: /^(noticeError|addCustomAttributes?|addCustomSpanAttributes?|setUserID|recordCustomEvent|recordLogEvent|setCustomAttribute|setUserId|setPageViewName|addPageAction|setAttribute|setName|log)$/,
    data: 'all',
  },
];
