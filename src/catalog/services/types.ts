import type { DataSelector } from '../sinks/types.js';

export type PartyCategory =
  | 'analytics'
  | 'advertising'
  | 'error_tracking'
  | 'logging'
  | 'payments'
  | 'identity_verification'
  | 'messaging'
  | 'email'
  | 'sms'
  | 'push'
  | 'crm'
  | 'support'
  | 'search'
  | 'storage'
  | 'auth'
  | 'cloud'
  | 'ai';

/** A party of the catalog as the lookups use it: who, where, and how code reaches it. */
export interface PartySpec {
  id: string;
  name: string;
  category: PartyCategory;
  /** ISO 3166-1 alpha-2 of the usual processing location. */
  country: string;
  /** npm package names or globs. */
  packages: string[];
  /** Host globs. */
  hosts: string[];
}

/**
 * A third-party service as data (issue #13): who it is, where it processes data, how code reaches it (npm packages
 * and import paths, HTTP hosts, browser globals) and which of its calls carry personal data. The catalog turns each
 * entry into a party (catalog/parties.ts: init's processors, the transfer rule's "who receives it") and into sink
 * entries (catalog/sinks/: which calls are transfers, or logs that leave the service). An entry is data, not code.
 */
export interface ServiceSpec {
  /** Stable id, snake_case: what a manifest's processors/recipients name as `recognise` target and the findings show. */
  id: string;
  /** Product name as users know it, e.g. "Sentry". */
  name: string;
  /** The company that processes the data, e.g. "Functional Software, Inc.". */
  company: string;
  /** ISO 3166-1 alpha-2 of where it processes data by default (many offer other regions; the manifest decides). */
  country: string;
  category: PartyCategory;
  /** npm package names or globs whose import means the service (`@sentry/*`, `posthog-js`). */
  packages: readonly string[];
  /** Host globs of its APIs (catalog/host-glob.ts rules: a leading `*.` is one or more labels). */
  hosts: readonly string[];
  /** Calls that send personal data to it. */
  calls?: readonly ServiceCall[];
}

export interface ServiceCall {
  /**
   * Where the call is declared: npm packages (the one whose types declare the method, and the one users import, so
   * that the call is recognised with or without the SDK's types installed), or `global:<name>` for a browser global
   * used without an import (`global:gtag`, `global:analytics` for `window.analytics`, `global:dataLayer`).
   * Defaults to the service's `packages` (without globs).
   */
  packages?: readonly string[];
  /** Method or function names, e.g. ['capture', 'identify'] (matched exactly). */
  members: readonly string[];
  /** The class or interface declaring them (a regex source), only where the names alone would be ambiguous. */
  container?: string;
  /** What arrives: argument positions, 'all', 'receiver', or `{ arg, field }` (see SinkSpec.data). */
  data: 'all' | readonly DataSelector[];
  /** 'transfer' (default), or 'log' for error trackers and log shippers (a log that is also a third party). */
  kind?: 'transfer' | 'log';
}
