import type { CleanKind } from '../catalog/sanitizers.js';
import type { SinkKind } from '../catalog/sinks/types.js';

export type { CleanKind, SinkKind };

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
  /**
   * Inside a function's evaluation only (never in the Model): the label is what the declared type of a member read
   * through a parameter says (`dto.password` with `dto: User`), a guess each call site replaces with what its
   * argument holds at `path` when it shows it (value.ts, calls.ts instantiate).
   */
  via?: { readonly index: number; readonly path: readonly string[]; /** what the parameter's type holds, not a declaration's */ readonly typed?: true };
  /**
   * In a file's facts only (never in the Model): such a label as the function's own evaluation saw it, kept by the
   * joins only if no call site in the project instantiates that function (join.ts joinFlows).
   */
  unless?: string;
  /**
   * Inside the engine only (never in facts): the value was read from one of the service's stores. Writing it back to a
   * store or returning it is not a new collection of it (what was written was judged where it was written); logging
   * or sending it is (Analysis.record).
   */
  loaded?: true;
}


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
  /** Storage: the store written (Store.id), when the call's target table/model/collection resolves. */
  store?: string;
  /** A hash site (kind `hash`): what the call makes of what arrives there (`weak-hash` md5, `hash` argon2i, `encrypt` des). */
  hash?: Clean;
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

/** A persistent store the service declares: a table, model, entity, collection or key space. */
export interface Store {
  /** Stable id: "<kind>:<name>", e.g. "drizzle:inquiries", "prisma:User", "mongoose:Member". */
  id: string;
  kind: 'prisma' | 'typeorm' | 'mongoose' | 'sequelize' | 'drizzle' | 'knex' | 'sql' | 'redis';
  /** The table, model or collection name as declared. */
  name: string;
  /** Where it is declared (the finding location of require-retention). */
  location: Location;
  /** Items it holds: from its declared columns/fields (by the item resolver) and from flows into it. */
  items: string[];
}

/** Something that removes or anonymises rows of a store: the evidence retention rules need. */
export interface Deletion {
  store: string;
  /** delete: rows removed; soft-delete: flagged (not a deletion); anonymise: personal columns nulled; ttl: expiry. */
  kind: 'delete' | 'soft-delete' | 'anonymise' | 'ttl';
  location: Location;
  /** A duration found in the query or TTL, ISO-8601 (e.g. P6M from `subMonths(now, 6)`, PT1H from `EX 3600`). */
  duration?: string;
  /** Which handlers, jobs or events reach this deletion (call paths, outermost first). */
  reachedFrom: Trigger[];
}

export interface Trigger {
  kind: 'event' | 'job' | 'ttl' | 'call';
  /** Event id (manifest events / @privacyEvent), job schedule (cron expression or interval), or function name. */
  name: string;
  location: Location;
  /** `@retention <id>` tags on the job or handler. */
  retention?: string[];
  /** The call path from the trigger's function to the deletion. */
  path: Step[];
}

/** A privacy annotation written in the code: `@personal email`, `@privacyEvent id`, `@retention id`. */
export interface Annotation {
  tag: 'personal' | 'privacyEvent' | 'retention';
  /** The ids the tag names (empty when the tag is malformed). */
  ids: string[];
  /** The tag itself (valid-annotations reports here). */
  location: Location;
}

/**
 * An exception written in the code (suppressions.ts): ours, `// privacy-lint-disable-next-line <rule>[, <rule>] --
 * <reason>`, or one of ESLint's directives naming privacy rules (or no rule).
 */
export interface Suppression {
  /** Rule names as written, normalised to `privacy/<name>`; empty for an ESLint directive naming no rule (all rules). */
  rules: string[];
  reason?: string;
  /** The comment; ours covers findings on the next line. */
  location: Location;
  /** Absent for ours; for ESLint's, which directive (it covers what ESLint's would: results/suppress.ts). */
  via?: 'eslint-disable-next-line' | 'eslint-disable-line' | 'eslint-disable' | 'eslint-enable';
}

export interface Model {
  flows: Flow[];
  annotations: Annotation[];
  /** `// privacy-lint-disable-next-line` comments, and ESLint's disable directives for privacy rules. */
  suppressions: Suppression[];
  stores: Store[];
  deletions: Deletion[];
  /** Files analysed (project files only: no declaration files, nothing under node_modules). */
  files: string[];
  skipped: Skipped[];
  /** Project files left out as tests (the manifest's `tests` globs or the conventions; none with --include-tests). */
  testFiles?: string[];
  /** Packages imported by the project whose types could not be resolved (sinks recognised by specifier). */
  unresolvedPackages: string[];
}
