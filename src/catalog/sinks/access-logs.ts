import type { LoggedDatum, SinkSpec } from './types.js';

/**
 * HTTP access loggers: middleware that logs every request, by configuration rather than by a data flow the code shows.
 * The call that makes the middleware is the sink (a log, where the finding is); what each request's line holds is read
 * from the call's arguments (flow/access-log.ts) and reaches the sink as the items of the kinds below. Arguments are
 * not otherwise data (`data: []`): a format and options are settings.
 */
const CLIENT_IP: LoggedDatum = { kind: 'ip_address', what: 'client IP address' };

export const ACCESS_LOG_SINKS: readonly SinkSpec[] = [
  // morgan(format, options): the predefined formats as morgan 1.x defines them (index.js, `morgan.format(…)`); `dev` is
  // a function there, printing these tokens in colour. `:remote-addr` is req.ip, else the socket's remote address.
  // `:remote-user` is the Basic-auth user name (not an IP; no built-in kind names it). Untyped
  // (`require('morgan')('combined')`), the module is called directly ('').
  {
    name: 'morgan',
    kind: 'log',
    packages: ['morgan'],
    member: /^(morgan|)$/,
    data: [],
    requestLog: {
      style: 'format',
      arg: 0,
      default: 'default',
      formats: {
        combined: ':remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status :res[content-length] ":referrer" ":user-agent"',
        common: ':remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status :res[content-length]',
        default: ':remote-addr - :remote-user [:date] ":method :url HTTP/:http-version" :status :res[content-length] ":referrer" ":user-agent"',
        short: ':remote-addr :remote-user :method :url HTTP/:http-version :status :res[content-length] - :response-time ms',
        tiny: ':method :url :status :res[content-length] - :response-time ms',
        dev: ':method :url :status :response-time ms - :res[content-length]',
      },
      tokens: { 'remote-addr': CLIENT_IP },
    },
  },

  // pinoHttp(options, stream) / pinoHttp(stream): every request is logged with pino-std-serializers' `req` (id, method,
  // url, query, params, headers, remoteAddress, remotePort) under `req`. The default export and the named `pinoHttp`
  // are one function (PinoHttp in its types); untyped (`require('pino-http')()`), the module is called directly ('').
  {
    name: 'pino-http',
    kind: 'log',
    packages: ['pino-http'],
    member: /^(PinoHttp|pinoHttp|)$/,
    data: [],
    requestLog: { style: 'serializer', arg: 0, key: 'req', fields: { remoteAddress: CLIENT_IP }, loggerOption: 'logger' },
  },
];
