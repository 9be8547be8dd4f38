/**
 * The Model: the facts the engine establishes about a program. Rules, the CLI and the reports are views
 * of these facts; nothing downstream looks at the AST again.
 */
export interface Location {
  /** Absolute file name as the Program knows it. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Step {
  location: Location;
  /** What happened here, e.g. "SignupDto.password (annotated @personal password)" or "passed to sendSms(phone)". */
  note: string;
}

/** How a value was recognised as personal: the reviewer must be able to tell a declaration from a guess. */
export type Recognition = 'annotation' | 'brand' | 'type' | 'pattern' | 'kind';

export type CleanKind = 'hash' | 'weak-hash' | 'encrypt' | 'mask';

/** A value passed through a sanitizer: clean for the rules that accept it. */
export interface Clean {
  kind: CleanKind;
  /** The algorithm or function, e.g. "bcrypt", "md5", "crypto.encryptField". */
  by: string;
}

/** One personal item carried by a value, with the path it took to get here. */
export interface Label {
  item: string;
  how: Recognition;
  steps: readonly Step[];
  clean?: Clean;
}

export type SinkKind = 'storage' | 'client-storage' | 'log' | 'transfer' | 'response';

export interface SinkFact {
  kind: SinkKind;
  /** The catalog entry, e.g. "drizzle.insert.values", "pino.info", "axios.post". */
  name: string;
  /** For transfers: the destination host when it could be resolved ("api.tosspayments.com"), or how it is known. */
  host?: string;
  /** For transfers: an env var naming the endpoint when nothing else is known. */
  env?: string;
  /** For transfers: the npm package whose call this is (SDK transfers). */
  package?: string;
  /** True when the destination is the service's own API (relative URL or controller.ownHosts). */
  firstParty?: boolean;
  /** A log that also sends to a third party (error trackers: Sentry, Bugsnag, …). */
  thirdParty?: boolean;
  /** The catalog party (parties.ts id) an SDK sink sends to. */
  party?: string;
}

/** Personal data arriving at a sink. One Flow per sink call; it lists every item that arrives there. */
export interface Flow {
  sink: SinkFact;
  /** The whole sink call (for builder chains, from where the chain starts). */
  location: Location;
  labels: readonly Label[];
}

/** A file the engine could not analyse: reported, never skipped silently. */
export interface Skipped {
  file: string;
  reason: string;
}

export interface Model {
  flows: Flow[];
  /** Files analysed (project files only: no declaration files, nothing under node_modules). */
  files: string[];
  skipped: Skipped[];
  /** Packages imported by the project whose types could not be resolved (sinks recognised by specifier). */
  unresolvedPackages: string[];
}
