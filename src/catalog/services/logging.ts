import type { ServiceSpec } from './types.js';

/**
 * Log shippers, APM and tracing backends, and LLM tracing: what is logged there leaves the service (`kind: 'log'`:
 * a log that is also a third party). Transports for winston and pino (`@logtail/pino`, `winston-loki`) have no call
 * of their own: the logger's calls are the sinks, and the package names the party for `init`.
 */
export const LOGGING: readonly ServiceSpec[] = [
  {
    id: 'opentelemetry',
    name: 'OpenTelemetry (spans, logs and metrics to the configured exporter)',
    company: 'the backend the OTLP exporter is configured for (OpenTelemetry is a CNCF project)',
    country: 'US',
    category: 'logging',
    // The recipient is whatever the exporter points at (a vendor's OTLP endpoint or the controller's own
    // collector): declare it in the manifest under this id, or under the vendor's, with recognise.packages.
    packages: ['@opentelemetry/*'],
    hosts: [],
    calls: [
      // span.setAttribute(k, v), setAttributes(attrs), addEvent(name, attrs), recordException(err), setStatus({ code, message }), updateName(name)
      {
        packages: ['@opentelemetry/api', '@opentelemetry/sdk-trace-base', '@opentelemetry/sdk-trace-node', '@opentelemetry/sdk-trace-web', '@opentelemetry/sdk-node'],
        members: ['setAttribute', 'setAttributes', 'addEvent', 'recordException', 'setStatus', 'updateName'],
        data: 'all',
        kind: 'log',
      },
      // tracer.startSpan(name, { attributes }), startActiveSpan(name, { attributes }, fn)
      {
        packages: ['@opentelemetry/api', '@opentelemetry/sdk-trace-base', '@opentelemetry/sdk-trace-node', '@opentelemetry/sdk-trace-web'],
        members: ['startSpan', 'startActiveSpan'],
        data: [{ arg: 1, field: 'attributes' }],
        kind: 'log',
      },
      // counter.add(value, attributes), histogram.record(value, attributes)
      { packages: ['@opentelemetry/api'], members: ['add', 'record'], data: [1], kind: 'log' },
      // logger.emit({ body, attributes }) of the logs API
      { packages: ['@opentelemetry/api-logs', '@opentelemetry/sdk-logs'], members: ['emit'], data: [0], kind: 'log' },
    ],
  },
  {
    id: 'better_stack',
    name: 'Better Stack Logs (Logtail)',
    company: 'Better Stack, Inc.',
    country: 'US',
    category: 'logging',
    packages: ['@logtail/*'],
    hosts: ['in.logs.betterstack.com', '*.betterstackdata.com', 'in.logtail.com'],
    calls: [
      // logtail.info(message, context), error(…), log(message, level, context); next: log.info(…)
      { packages: ['@logtail/node', '@logtail/js', '@logtail/browser', '@logtail/edge', '@logtail/next', '@logtail/core'], members: ['debug', 'info', 'warn', 'error', 'log'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'loggly',
    name: 'Loggly',
    company: 'SolarWinds Worldwide, LLC',
    country: 'US',
    category: 'logging',
    packages: ['node-loggly-bulk', 'loggly', 'winston-loggly-bulk'],
    hosts: ['logs-01.loggly.com', '*.loggly.com'],
    calls: [
      // client.log(message | object, tags, callback)
      { packages: ['node-loggly-bulk', 'loggly'], members: ['log'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'mezmo',
    name: 'Mezmo (LogDNA)',
    company: 'Mezmo, Inc.',
    country: 'US',
    category: 'logging',
    packages: ['@logdna/logger', 'logdna', 'logdna-winston'],
    hosts: ['logs.logdna.com', 'logs.mezmo.com', '*.logdna.com', '*.mezmo.com'],
    calls: [{ packages: ['@logdna/logger', 'logdna'], members: ['log', 'trace', 'debug', 'info', 'warn', 'error', 'fatal', 'addMetaProperty'], data: 'all', kind: 'log' }],
  },
  {
    id: 'sumo_logic',
    name: 'Sumo Logic',
    company: 'Sumo Logic, Inc.',
    country: 'US',
    category: 'logging',
    packages: ['sumo-logger', 'winston-sumologic-transport'],
    hosts: ['*.sumologic.com', '*.sumologic.net'],
    calls: [
      // sumoLogger.log(message | object, { sessionKey, timestamp })
      { packages: ['sumo-logger'], members: ['log'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'splunk',
    name: 'Splunk Cloud and Observability',
    company: 'Splunk LLC (Cisco)',
    country: 'US',
    category: 'logging',
    packages: ['splunk-logging', '@splunk/otel', 'splunk-events'],
    hosts: ['*.splunkcloud.com', '*.signalfx.com', '*.observability.splunkcloud.com'],
    calls: [
      // logger.send({ message, metadata, severity }) to the HTTP Event Collector
      { packages: ['splunk-logging', 'splunk-events'], members: ['send', 'logEvent'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'axiom',
    name: 'Axiom',
    company: 'Axiom, Inc.',
    country: 'US',
    category: 'logging',
    packages: ['@axiomhq/*', 'next-axiom'],
    hosts: ['api.axiom.co', '*.axiom.co'],
    calls: [
      // axiom.ingest(dataset, events)
      { packages: ['@axiomhq/js'], members: ['ingest'], data: [1], kind: 'log' },
      // next-axiom log.info(message, fields); @axiomhq/logging logger.info(message, fields)
      { packages: ['next-axiom', '@axiomhq/logging', '@axiomhq/nextjs'], members: ['debug', 'info', 'warn', 'error', 'log'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'grafana_cloud',
    name: 'Grafana Cloud (Loki, Faro)',
    company: 'Grafana Labs (Raintank, Inc.)',
    country: 'US',
    category: 'logging',
    packages: ['@grafana/faro-web-sdk', '@grafana/faro-core', '@grafana/faro-react', '@grafana/faro-web-tracing', 'winston-loki', 'pino-loki'],
    hosts: ['*.grafana.net'],
    calls: [
      // faro.api.pushLog([msg]), pushEvent(name, attributes), pushError(err), setUser({ id, email, username, attributes })
      { packages: ['@grafana/faro-web-sdk', '@grafana/faro-core', '@grafana/faro-react', 'global:faro'], members: ['pushLog', 'pushEvent', 'pushError', 'pushMeasurement', 'setUser', 'setSession'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'honeycomb',
    name: 'Honeycomb',
    company: 'Hound Technology, Inc.',
    country: 'US',
    category: 'logging',
    packages: ['libhoney', '@honeycombio/opentelemetry-node', '@honeycombio/opentelemetry-web'],
    hosts: ['api.honeycomb.io', 'api.eu1.honeycomb.io', '*.honeycomb.io'],
    calls: [
      // hny.sendNow(data); ev = hny.newEvent(); ev.add(data); ev.addField(k, v); ev.send()
      { packages: ['libhoney'], members: ['sendNow', 'add', 'addField'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'logzio',
    name: 'Logz.io',
    company: 'Logshero Ltd. (Logz.io)',
    country: 'US',
    category: 'logging',
    packages: ['logzio-nodejs', 'winston-logzio'],
    hosts: ['listener.logz.io', '*.logz.io'],
    calls: [{ packages: ['logzio-nodejs'], members: ['log'], data: 'all', kind: 'log' }],
  },
  {
    id: 'coralogix',
    name: 'Coralogix',
    company: 'Coralogix Ltd.',
    country: 'IE',
    category: 'logging',
    packages: ['coralogix-logger', '@coralogix/browser', 'coralogix-logger-winston'],
    hosts: ['*.coralogix.com', '*.coralogix.us', '*.coralogix.in', '*.coralogixsg.com'],
    calls: [
      // logger.addLog(new Log({ severity, text })); CoralogixRum.setUserContext({ user_id, user_name, user_email }), log(severity, message, data)
      { packages: ['coralogix-logger'], members: ['addLog'], data: 'all', kind: 'log' },
      { packages: ['@coralogix/browser'], members: ['setUserContext', 'setLabels', 'log', 'debug', 'info', 'warn', 'error', 'critical', 'captureError'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'dynatrace',
    name: 'Dynatrace',
    company: 'Dynatrace LLC',
    country: 'US',
    category: 'logging',
    packages: ['@dynatrace/oneagent-sdk', '@dynatrace/oneagent', '@dynatrace/react-native-plugin'],
    hosts: ['*.live.dynatrace.com', '*.apps.dynatrace.com', '*.dynatrace.com'],
    calls: [
      // RUM JavaScript API: dtrum.identifyUser(name), sendSessionProperties(…), reportCustomError(key, value, hint), reportError(err)
      { packages: ['global:dtrum'], members: ['identifyUser', 'sendSessionProperties', 'addActionProperties', 'reportError', 'reportCustomError', 'enterAction'], data: 'all', kind: 'log' },
      // OneAgent SDK: api.addCustomRequestAttribute(key, value)
      { packages: ['@dynatrace/oneagent-sdk'], members: ['addCustomRequestAttribute'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'appdynamics',
    name: 'Splunk AppDynamics',
    company: 'AppDynamics LLC (Cisco)',
    country: 'US',
    category: 'logging',
    packages: ['appdynamics'],
    hosts: ['*.appdynamics.com', '*.saas.appdynamics.com', '*.eum-appdynamics.com'],
    calls: [
      // appd.getTransaction(req).addSnapshotData(key, value) / addAnalyticsData(key, value)
      { members: ['addSnapshotData', 'addAnalyticsData'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'instana',
    name: 'IBM Instana Observability',
    company: 'International Business Machines Corporation',
    country: 'US',
    category: 'logging',
    packages: ['@instana/collector', '@instana/aws-lambda'],
    hosts: ['*.instana.io'],
    calls: [
      // instana.currentSpan().annotate(path, value); ineum('user', id, name, email), ineum('meta', key, value)
      { packages: ['@instana/collector'], members: ['annotate'], data: 'all', kind: 'log' },
      { packages: ['global:ineum'], members: ['ineum'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'google_cloud_logging',
    name: 'Google Cloud Logging',
    company: 'Google LLC',
    country: 'US',
    category: 'logging',
    packages: ['@google-cloud/logging', '@google-cloud/logging-winston', '@google-cloud/logging-bunyan', '@google-cloud/logging-min'],
    hosts: ['logging.googleapis.com'],
    calls: [
      // log.entry(metadata, data), log.write(entries), log.info(entry), error(entry) …
      { packages: ['@google-cloud/logging', '@google-cloud/logging-min'], members: ['entry'], data: [1], kind: 'log' },
      { packages: ['@google-cloud/logging', '@google-cloud/logging-min'], members: ['write', 'info', 'debug', 'notice', 'warning', 'error', 'critical', 'alert', 'emergency'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'aws_cloudwatch_logs',
    name: 'Amazon CloudWatch Logs',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'logging',
    packages: ['@aws-sdk/client-cloudwatch-logs', 'winston-cloudwatch'],
    hosts: ['logs.*.amazonaws.com'],
    calls: [
      // client.putLogEvents({ logGroupName, logEvents: [{ message }] }), send(new PutLogEventsCommand(…)) when untyped (typed: the AWS send sink)
      { packages: ['@aws-sdk/client-cloudwatch-logs'], members: ['send', 'putLogEvents'], data: [0], kind: 'log' },
    ],
  },
  {
    id: 'azure_monitor',
    name: 'Azure Monitor Application Insights',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'logging',
    packages: ['applicationinsights', '@microsoft/applicationinsights-web', '@microsoft/applicationinsights-react-js', '@microsoft/applicationinsights-react-native', '@azure/monitor-opentelemetry'],
    hosts: ['*.applicationinsights.azure.com', 'dc.services.visualstudio.com', '*.monitor.azure.com'],
    calls: [
      // client.trackEvent({ name, properties }), trackTrace({ message }), trackException({ exception, properties });
      // appInsights.setAuthenticatedUserContext(userId, accountId)
      {
        packages: ['applicationinsights', '@microsoft/applicationinsights-web', '@microsoft/applicationinsights-analytics-js', '@microsoft/applicationinsights-core-js', 'global:appInsights'],
        members: ['trackEvent', 'trackTrace', 'trackException', 'trackPageView', 'trackRequest', 'trackDependency', 'trackMetric', 'setAuthenticatedUserContext'],
        data: 'all',
        kind: 'log',
      },
    ],
  },
  {
    id: 'langfuse',
    name: 'Langfuse Cloud',
    company: 'Langfuse GmbH',
    country: 'DE',
    category: 'logging',
    packages: ['langfuse', 'langfuse-node', 'langfuse-langchain', '@langfuse/*'],
    hosts: ['cloud.langfuse.com', 'us.cloud.langfuse.com'],
    calls: [
      // langfuse.trace({ userId, input, metadata }), trace.generation({ input, output }), span(…), event(…), score(…), update(…)
      { packages: ['langfuse', 'langfuse-node', 'langfuse-core'], members: ['trace', 'generation', 'span', 'event', 'score', 'update', 'end'], data: 'all', kind: 'log' },
      // v4: startObservation(name, { input, output }), startActiveObservation(name, fn), updateActiveTrace({ userId, input })
      { packages: ['@langfuse/tracing', '@langfuse/client'], members: ['startObservation', 'updateActiveTrace', 'updateActiveObservation', 'update', 'create'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'langsmith',
    name: 'LangSmith',
    company: 'LangChain, Inc.',
    country: 'US',
    category: 'logging',
    packages: ['langsmith'],
    hosts: ['api.smith.langchain.com', 'eu.api.smith.langchain.com'],
    calls: [
      // client.createRun({ inputs, outputs }), updateRun(id, { outputs }), createFeedback(runId, key, { comment }), createExample(inputs, outputs, opts)
      { members: ['createRun', 'updateRun', 'createFeedback', 'createExample', 'createExamples'], data: 'all', kind: 'log' },
    ],
  },
  {
    id: 'nhn_cloud_log',
    name: 'NHN Cloud Log & Crash Search',
    company: 'NHN Cloud Corp.',
    country: 'KR',
    category: 'logging',
    packages: [],
    hosts: ['api-logncrash.cloud.toast.com'],
  },
  {
    id: 'whatap',
    name: 'WhaTap',
    company: 'WhaTap Labs Inc.',
    country: 'KR',
    category: 'logging',
    packages: ['whatap'],
    hosts: ['*.whatap.io'],
  },
];
