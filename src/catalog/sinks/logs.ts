import type { SinkSpec } from './types.js';

/**
 * Loggers: every argument of a log call is logged. Error trackers are in trackers.ts: they are logs and
 * third parties at once. A child logger's bindings (`logger.child({ email })`) are written on every line
 * the child logs, so the `child` call is itself the sink: one flow where the data enters the logger.
 */
export const LOG_SINKS: readonly SinkSpec[] = [
  { name: 'console', kind: 'log', packages: ['node', 'lib'], member: /^(log|info|warn|error|debug|trace|dir)$/, container: /^Console$/, data: 'all' },

  // pino: logger.info(obj, msg), logger.child(bindings)
  { name: 'pino', kind: 'log', packages: ['pino'], member: /^(trace|debug|info|warn|error|fatal)$/, data: 'all' },
  { name: 'pino', kind: 'log', packages: ['pino'], member: /^child$/, container: /^LoggerExtras$/, data: [0] },

  // winston: createLogger() instances, the default logger (`winston.info`), logger.log(level, msg, meta), child(meta)
  { name: 'winston', kind: 'log', packages: ['winston'], member: /^(log|info|warn|error|debug|verbose|silly|http)$/, data: 'all' },
  { name: 'winston', kind: 'log', packages: ['winston'], member: /^child$/, container: /^Logger$/, data: [0] },

  // bunyan: log.info(fields, msg), log.child(fields)
  { name: 'bunyan', kind: 'log', packages: ['bunyan'], member: /^(trace|debug|info|warn|error|fatal)$/, data: 'all' },
  { name: 'bunyan', kind: 'log', packages: ['bunyan'], member: /^child$/, container: /^Logger$/, data: [0] },

  // NestJS: `new Logger(ctx)` instances, the static `Logger.log(…)`, ConsoleLogger and LoggerService implementations
  { name: 'nestjs.Logger', kind: 'log', packages: ['@nestjs/common'], member: /^(log|warn|error|debug|verbose|fatal)$/, container: /Logger/, data: 'all' },

  // debug: `const log = debug('app'); log('%s', email)`: the call goes through the Debugger's call signature. Untyped
  // (`const log = require('debug')('app')`), the value made by calling the module is called directly ('').
  { name: 'debug', kind: 'log', packages: ['debug'], member: /^$/, data: 'all' },

  // A logger nothing in the project declares (a free `logger` or `log`, or one only a project .d.ts declares: a global
  // the framework or the runtime injects): the name together with a level method is the evidence. A bare `log(x)` is
  // not (a math helper); a variable named `logger` that the project declares resolves through the checker instead.
  { name: 'logger', kind: 'log', packages: ['global:logger', 'global:log'], member: /^(trace|debug|info|warn|warning|error|fatal|verbose|silly|notice|critical)$/, data: 'all' },
  { name: 'logger', kind: 'log', packages: ['global:logger', 'global:log'], member: /^child$/, data: [0] },
];
