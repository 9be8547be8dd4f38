import type { ArgumentCondition } from '../sanitizers.js';

/**
 * Where personal data arrives: a store, the browser's storage, a log, a third party, a response to the client; and
 * `hash`, a hash or cipher primitive (catalog/sanitizers.ts `site`), where a credential's protection is judged.
 */
export type SinkKind = 'storage' | 'client-storage' | 'log' | 'transfer' | 'response' | 'hash';

/**
 * A sink catalog entry: a call that stores, logs, sends or returns the data in some of its arguments.
 * A call matches when its callee is declared in one of `packages` (the npm package whose .d.ts declares
 * it; "node" for Node's built-ins, "lib" for TypeScript's lib files) with a member name matching `member`,
 * inside an interface or class whose name matches `container` when given.
 */
export type DataSelector = number | 'receiver' | { arg: number; field: string };

export interface SinkSpec {
  name: string;
  kind: SinkKind;
  packages: readonly string[];
  member: RegExp;
  container?: RegExp;
  /**
   * The type of the object the method is called on, when `container` is too broad: node's `Writable.write`
   * is a transfer on an `http.ClientRequest` only, not on a file stream.
   */
  receiver?: RegExp;
  /**
   * What arrives at the sink: argument positions, 'all' arguments, 'receiver' (the object a method is
   * called on: TypeORM's `user.save()`), or a field of an argument (`{ arg: 0, field: 'data' }` for
   * Prisma's `create({ data })`).
   */
  data: 'all' | readonly DataSelector[];
  /**
   * An assignment sink: `document.cookie = v`, `localStorage.key = v` (the member is the property written,
   * `[]` for an index signature). `data: [0]` is the assigned value.
   */
  assign?: boolean;
  /** Error trackers: a log that is also a third party (both rules may apply). */
  thirdParty?: boolean;
  /** The party (src/catalog/parties.ts id) an SDK sink sends to, when the package alone says it. */
  party?: string;
  /**
   * A condition on an argument, when the member alone is too broad: `setHeader(name, value)` stores a value on the
   * client only for the `Set-Cookie` header.
   */
  argument?: ArgumentCondition;
  /** Transfers: the argument holding the URL (or the config object with `url`/`baseURL`). */
  url?: number;
  /**
   * An HTTP access logger (access-logs.ts): the call makes a middleware that logs every request by its configuration,
   * with no data flow in the code. What each request's line holds is read from the call's arguments (flow/access-log.ts).
   */
  requestLog?: RequestLogSpec;
}

/** What a request's log line holds that is an item of a built-in kind, and how a message names it. */
export interface LoggedDatum {
  /** A built-in kind id (src/catalog/kinds.ts): the manifest's items of that kind are logged. */
  kind: string;
  /** How a message names it, after "every request's": "client IP address". */
  what: string;
}

/**
 * What an access logger writes for each request:
 * - `format` (morgan): the argument `arg` is a predefined format's name (`formats`), a format string of `:token`s, or a
 *   format function `(tokens, req, res)`; `tokens` are those that write personal data. Without the argument, `default`.
 * - `serializer` (pino-http): the options argument `arg` logs each request under `key` (renamed by the option
 *   `customAttributeKeys.<key>`) through a serializer whose default output holds `fields`; `serializers.<key>` replaces
 *   it, the logger's `redact` paths (in the options, or of the pino logger given as `loggerOption`) hide members.
 */
export type RequestLogSpec =
  | {
      style: 'format';
      arg: number;
      default: string;
      formats: Readonly<Record<string, string>>;
      tokens: Readonly<Record<string, LoggedDatum>>;
    }
  | {
      style: 'serializer';
      arg: number;
      key: string;
      fields: Readonly<Record<string, LoggedDatum>>;
      loggerOption?: string;
    };
