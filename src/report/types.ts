/**
 * The review report: one data structure, built once from the Model, the findings and the manifest
 * (src/report/build.ts), and rendered by pure reporters (JSON as-is, Markdown, HTML, the policy draft).
 * Every format shows the same content because every format renders this object.
 *
 * Paths are relative to the working directory with "/", lines and columns 1-based. Arrays are sorted
 * (items in manifest order, then undeclared items by id; places by file, line, column) so that the
 * output is byte-identical across runs. The JSON form is a public contract: docs/report.md.
 */

import type { ReportedFinding } from '../results/result.js';

/** A place in the code. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

export type RecognisedBy = 'annotation' | 'brand' | 'type' | 'pattern' | 'kind';
export type PartyRole = 'recipient' | 'processor' | 'undeclared';
export type EvidenceStatus = 'evidenced' | 'no-evidence' | 'contradicted' | 'unspecified' | 'not-stored';

export interface Report {
  /** Version of this report format (docs/report.md). */
  version: 1;
  tool: { name: 'privacy-lint'; version: string };
  project: {
    /** tsconfig.json and privacy.yaml, relative paths. */
    tsconfig: string;
    /** Every tsconfig analysed (its references and workspace packages included), relative paths, references first. Always present from buildReport. */
    projects?: string[];
    manifest: string;
    controller: string;
    service?: string;
    /** Number of project files analysed. */
    files: number;
  };
  verdict: Verdict;
  /** One row per item: the manifest's items first (in manifest order), then items seen in code but not declared. */
  inventory: InventoryRow[];
  /** One row per declared recipient and processor, then one per undeclared destination (host or SDK). */
  parties: PartyRow[];
  /** The data-flow picture: sources -> stores / parties / logs / responses. */
  graph: FlowGraph;
  findings: ReportFinding[];
  /** The record of processing: one row per purpose and item (always present from buildReport). */
  record?: RecordRow[];
  /**
   * Reviewed exceptions: findings a `privacy-lint-disable-next-line <rule> -- <reason>` comment suppresses,
   * with the reason (not counted in the verdict). Always present from buildReport; optional for hand-made reports.
   */
  suppressed?: Array<ReportFinding & { reason: string }>;
  /** The manifest's policy gaps, as `privacy-lint validate` reports them. */
  gaps: ReportGap[];
  drift: Drift;
  /** Files not analysed, or not completely, with why (never skipped silently). */
  skipped: Array<{ file: string; reason: string }>;
  unresolvedPackages: string[];
}

export interface Verdict {
  /** "fail" when an error-level finding exists, "warn" with warnings or gaps only, "pass" otherwise. */
  status: 'pass' | 'warn' | 'fail';
  /** One plain sentence a privacy officer can quote, e.g. "3 errors and 2 warnings in 2 rules; 6 policy gaps." */
  summary: string;
  errors: number;
  warnings: number;
  /** Every rule, also those with no finding (so the reader sees what was checked). */
  byRule: Array<{ rule: string; errors: number; warnings: number; docs: string }>;
  gaps: number;
}

export interface InventoryRow {
  /** Manifest item id (or the id the code's annotation uses, for undeclared items). */
  id: string;
  label?: string;
  /** Manifest class; undefined when the item is not declared. */
  class?: string;
  declared: boolean;
  /** How the code shows it is personal: annotation, brand, manifest type/field pattern, or kind pattern. */
  recognisedBy: Array<{ how: RecognisedBy; detail: string; at?: Place }>;
  /**
   * Where it enters the program: the collection points (`entries`), or when none is recognised the first step
   * of each flow carrying it, without save calls and seed, migration or test files; deduplicated.
   */
  collectedAt: Place[];
  /**
   * Collection points (src/report/entries.ts): request input, input types (DTOs, forms), headers, cookies and
   * the client IP read, each `submitted` or `auto` (auto-collected), with the stores the value reaches from there.
   * Optional for hand-made reports.
   */
  entries?: Array<{ at: Place; how: 'submitted' | 'auto'; via: string; storedIn: string[] }>;
  /**
   * `retention`: for a declared store, whether it has a deletion path matching the retention rules of its
   * items (require-retention's judgement); absent for client-side storage and unresolved storage calls.
   */
  stores: Array<{ store: string; name: string; kind: string; at: Place; retention?: EvidenceStatus }>;
  /** `masked`: true when the value passed a declared masker first (not a transfer finding then). */
  parties: Array<{ party: string; name: string; role: PartyRole; via: string; at: Place; masked?: boolean }>;
  /** `masked`: passed a masker, hash or encryptor first (`by` names it), so not a log finding. */
  logs: Array<{ via: string; at: Place; masked: boolean; by?: string }>;
  responses: Array<{ via: string; at: Place }>;
  retention: RetentionView[];
}

export interface RetentionView {
  /** Manifest retention rule id, or undefined when the item has none. */
  rule?: string;
  /** The rule in words, e.g. "6 months after collection", "until the 'withdrawal' event". */
  period: string;
  status: EvidenceStatus;
  /** Handlers, jobs, TTLs that delete or anonymise a store holding the item. */
  evidence: Array<{ kind: 'event' | 'job' | 'ttl' | 'call'; name: string; store: string; deletion: 'delete' | 'soft-delete' | 'anonymise' | 'ttl'; duration?: string; at: Place; path?: string[] }>;
  /** Soft deletes of a store holding the item: the row is flagged, not removed (not evidence; the note says so). */
  softDeletes?: Array<{ store: string; at: Place }>;
  /** Why the status is what it is, one sentence. */
  note: string;
}

export interface PartyRow {
  /** Manifest recipient/processor id, or the host / package for an undeclared destination. */
  id: string;
  name: string;
  role: PartyRole;
  country?: string;
  /** Items the manifest declares for this party. */
  declaredItems: string[];
  /** Items the code sends there. */
  observedItems: string[];
  /** observed but not declared. */
  overShared: string[];
  /** declared but no code sends them (stale declarations). */
  stale: string[];
  /** Items sent to it abroad that overseasTransfers does not declare (absent when none). */
  overseasUndeclared?: string[];
  /** The calls that send to it. */
  at: Array<Place & { via: string }>;
}

export interface FlowGraph {
  nodes: Array<{ id: string; kind: 'item' | 'store' | 'party' | 'log' | 'response'; label: string; warn?: boolean }>;
  /** item -> destination; `count` sink calls; `finding` when at least one of them is a finding. */
  edges: Array<{ from: string; to: string; count: number; finding: boolean }>;
}

/**
 * A finding in the review report: the finding exactly as `check` reports it (ReportedFinding, whose fields
 * are documented there), plus the source excerpt and the rule's docs page.
 */
export interface ReportFinding extends ReportedFinding {
  /** A few source lines around the finding, with their numbers. */
  excerpt: Array<{ line: number; text: string }>;
  /** docs/rules/<rule>.md */
  docs: string;
}

/** One row of the record of processing (src/report/record.ts): a purpose and an item, every value a string. */
export interface RecordRow {
  purpose: string;
  purposeId: string;
  basis: string;
  item: string;
  itemId: string;
  class: string;
  requirement: 'required' | 'optional';
  subjects: string;
  recipients: string;
  processors: string;
  overseas: string;
  retention: string;
  security: string;
  /** The code evidence, "file:line; file:line". */
  collectedAt: string;
  storedAt: string;
  sentAt: string;
}

export interface ReportGap {
  code: string;
  message: string;
  article?: string;
  file: string;
  line: number;
  column: number;
  /** Manifest key path, e.g. "dataItems[3]". */
  path: string;
}

export interface Drift {
  /** Manifest items that no code was seen to collect, store, send or log. */
  declaredNotObserved: string[];
  /** Items (annotation ids, patterns) seen in code that the manifest does not declare. */
  observedNotDeclared: Array<{ id: string; at: Place }>;
  /** Declared recipients/processors no code sends to; undeclared destinations the code sends to. */
  partiesNotObserved: string[];
  partiesNotDeclared: string[];
}
