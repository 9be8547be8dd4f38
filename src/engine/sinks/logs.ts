import type { SinkSpec } from './types.js';

/** Loggers. Error trackers are in trackers.ts: they are logs and third parties at once. */
export const LOG_SINKS: readonly SinkSpec[] = [
  { name: 'console', kind: 'log', packages: ['node', 'lib'], member: /^(log|info|warn|error|debug|trace|dir)$/, container: /^Console$/, data: 'all' },
  { name: 'pino', kind: 'log', packages: ['pino'], member: /^(trace|debug|info|warn|error|fatal|silent)$/, data: 'all' },
  { name: 'winston', kind: 'log', packages: ['winston'], member: /^(log|info|warn|error|debug|verbose|silly|http)$/, data: 'all' },
  { name: 'bunyan', kind: 'log', packages: ['bunyan'], member: /^(trace|debug|info|warn|error|fatal)$/, data: 'all' },
  { name: 'nestjs.Logger', kind: 'log', packages: ['@nestjs/common'], member: /^(log|warn|error|debug|verbose|fatal)$/, container: /Logger/, data: 'all' },
];
