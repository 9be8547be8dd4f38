import type { ServiceSpec } from './types.js';

/**
 * Error trackers and crash reporters: each call is a log that also leaves for the vendor (`kind: 'log'`, so both
 * the logging and the transfer rules apply). Sentry, Bugsnag, Rollbar, Datadog and New Relic are in parties.ts
 * (their calls in sinks/trackers.ts).
 */
export const ERROR_TRACKING: readonly ServiceSpec[] = [
  {
    id: 'airbrake',
    name: 'Airbrake',
    company: 'Airbrake Technologies, Inc. (LogicMonitor)',
    country: 'US',
    category: 'error_tracking',
    packages: ['@airbrake/node', '@airbrake/browser', 'airbrake', 'airbrake-js'],
    hosts: ['api.airbrake.io', '*.airbrake.io'],
    calls: [
      // notifier.notify(err) / notify({ error, params, context, session, environment })
      { members: ['notify'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'honeybadger',
    name: 'Honeybadger',
    company: 'Honeybadger Industries LLC',
    country: 'US',
    category: 'error_tracking',
    packages: ['@honeybadger-io/js', '@honeybadger-io/react', '@honeybadger-io/vue', '@honeybadger-io/nextjs', 'honeybadger'],
    hosts: ['api.honeybadger.io', '*.honeybadger.io'],
    calls: [
      // Honeybadger.notify(err, { context }), setContext({ user_email }), addBreadcrumb(msg, { metadata }), event(type, data)
      {
        packages: ['@honeybadger-io/js', '@honeybadger-io/core', '@honeybadger-io/react', '@honeybadger-io/vue', 'honeybadger', 'global:Honeybadger'],
        members: ['notify', 'notifyAsync', 'setContext', 'addBreadcrumb', 'event'],
        data: 'all',
        kind: 'log',
      },
    ],
  },
  {
    id: 'trackjs',
    name: 'TrackJS',
    company: 'TrackJS LLC',
    country: 'US',
    category: 'error_tracking',
    packages: ['trackjs', 'trackjs-node'],
    hosts: ['*.trackjs.com'],
    calls: [
      // TrackJS.track(err), addMetadata(key, value), configure({ userId }), TrackJS.console.log(…) (sent with the next error)
      { packages: ['trackjs', 'trackjs-node', 'global:TrackJS'], members: ['track', 'addMetadata', 'configure', 'log', 'info', 'warn', 'error', 'debug'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'raygun',
    name: 'Raygun',
    company: 'Raygun Limited',
    country: 'US',
    category: 'error_tracking',
    packages: ['raygun', 'raygun4js', 'raygun4reactnative'],
    hosts: ['api.raygun.com', 'api.raygun.io', '*.raygun.io'],
    calls: [
      // raygunClient.send(err, customData, cb, request, tags), setUser(user); rg4js('setUser', { identifier, email, fullName })
      { packages: ['raygun', 'raygun4reactnative'], members: ['send', 'setUser', 'setTags', 'sendError', 'recordBreadcrumb'], data: 'all', kind: 'log' },
      { packages: ['global:rg4js', 'raygun4js'], members: ['rg4js'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'appsignal',
    name: 'AppSignal',
    company: 'AppSignal B.V.',
    country: 'NL',
    category: 'error_tracking',
    packages: ['@appsignal/nodejs', '@appsignal/javascript', '@appsignal/react', '@appsignal/vue'],
    hosts: ['*.appsignal.com', '*.appsignal-endpoint.net'],
    calls: [
      // sendError(err, span => span.setTags({ … })), setCustomData(data), setTag(k, v), addBreadcrumb({ metadata })
      {
        packages: ['@appsignal/nodejs', '@appsignal/javascript', '@appsignal/core'],
        members: ['sendError', 'setError', 'setCustomData', 'setTag', 'setTags', 'setParams', 'setSessionData', 'addBreadcrumb'],
        data: 'all',
        kind: 'log',
      },
    ],
  },
  {
    id: 'elastic_apm',
    name: 'Elastic APM',
    company: 'Elasticsearch B.V.',
    country: 'US',
    category: 'error_tracking',
    // The APM server is Elastic Cloud's or the controller's own; the catalog names Elastic for the former.
    packages: ['elastic-apm-node', '@elastic/apm-rum', '@elastic/apm-rum-react', '@elastic/apm-rum-angular', '@elastic/apm-rum-vue'],
    hosts: ['*.apm.*.*.cloud.es.io'],
    calls: [
      // apm.captureError(err, { user, custom, labels }), setUserContext({ id, username, email }), setCustomContext(obj), setLabel(k, v)
      {
        packages: ['elastic-apm-node', '@elastic/apm-rum', '@elastic/apm-rum-core'],
        members: ['captureError', 'setUserContext', 'setCustomContext', 'setLabel', 'addLabels'],
        data: 'all',
        kind: 'log',
      },
    ],
  },
  {
    id: 'highlight',
    name: 'Highlight',
    company: 'Highlight Inc. (LaunchDarkly)',
    country: 'US',
    category: 'error_tracking',
    packages: ['highlight.run', '@highlight-run/node', '@highlight-run/next', '@highlight-run/react'],
    hosts: ['*.highlight.io', '*.highlight.run'],
    calls: [
      // H.identify(email, { … }), H.track(event, { … }), H.consumeError(err, message, payload), H.addSessionFeedback({ userEmail, verbatim })
      { packages: ['highlight.run', '@highlight-run/node', '@highlight-run/next', 'global:H'], members: ['identify', 'track', 'consumeError', 'addSessionFeedback'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'bugfender',
    name: 'Bugfender',
    company: 'Beenario GmbH',
    country: 'DE',
    category: 'error_tracking',
    packages: ['@bugfender/sdk', '@bugfender/rn-bugfender'],
    hosts: ['*.bugfender.com'],
    calls: [
      // Bugfender.log/info/warn/error/trace/fatal(…), sendLog({ text, tag }), setDeviceKey(key, value), sendIssue/sendCrash/sendUserFeedback(title, text)
      {
        members: ['log', 'info', 'warn', 'error', 'trace', 'fatal', 'sendLog', 'setDeviceKey', 'sendIssue', 'sendCrash', 'sendUserFeedback'],
        packages: ['@bugfender/sdk', '@bugfender/rn-bugfender'],
        data: 'all',
        kind: 'log',
      },
    ],
  },
  {
    id: 'embrace',
    name: 'Embrace',
    company: 'Embrace Mobile, Inc.',
    country: 'US',
    category: 'error_tracking',
    packages: ['@embrace-io/react-native'],
    hosts: ['*.emb-api.com', '*.embrace.io'],
    calls: [
      {
        members: ['addBreadcrumb', 'logMessage', 'logInfo', 'logWarning', 'logError', 'logHandledError', 'setUserEmail', 'setUserIdentifier', 'setUsername', 'addSessionProperty', 'addUserPersona'],
        data: 'all',
        kind: 'log',
      },
    ],
  },
  {
    id: 'instabug',
    name: 'Instabug (Luciq)',
    company: 'Instabug, Inc.',
    country: 'US',
    category: 'error_tracking',
    packages: ['instabug-reactnative'],
    hosts: ['*.instabug.com'],
    calls: [
      // Instabug.identifyUser(email, name, id), setUserAttribute(k, v), logUserEvent(name), CrashReporting.reportError(err), Instabug.logInfo(msg)
      {
        packages: ['instabug-reactnative'],
        members: ['identifyUser', 'setUserAttribute', 'logUserEvent', 'setUserData', 'reportError', 'logInfo', 'logWarn', 'logError', 'logDebug', 'logVerbose', 'appendTags'],
        data: 'all',
        kind: 'log',
      },
    ],
  },
  {
    id: 'exceptionless',
    name: 'Exceptionless',
    company: 'Exceptionless LLC',
    country: 'US',
    category: 'error_tracking',
    packages: ['@exceptionless/node', '@exceptionless/browser', '@exceptionless/core'],
    hosts: ['*.exceptionless.io', '*.exceptionless.com'],
    calls: [
      // Exceptionless.submitException(err), submitLog(source, message, level); createException(err).setUserIdentity(id, name).setProperty(k, v).submit()
      {
        members: ['submitException', 'submitLog', 'submitEvent', 'submitMessage', 'submitFeatureUsage', 'setUserIdentity', 'setUserDescription', 'setProperty'],
        packages: ['@exceptionless/node', '@exceptionless/browser', '@exceptionless/core'],
        data: 'all',
        kind: 'log',
      },
    ],
  },
];
