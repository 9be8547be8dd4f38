/**
 * Collection points: where an item enters the program (a request handler's body, query, params, headers or
 * cookies read; a DTO, form or input type the framework fills and validates), not where it is saved. The
 * engine's Model records, for each label, the step where the value was first recognised and the path it then
 * took; it has no notion of "entry point". This module derives one from those steps (noted in
 * docs/report.md): a step is an entry when its note reads request input or names a member of an input type
 * (…Dto, …Input, …Request, …Body, …Form, …Params, …Query, …Payload), or when it reads a request header,
 * cookie or the client IP (auto-collected). A first step at the save call itself (a record type built for
 * the insert) or in a seed, migration or test file is never a collection point.
 */
import { commonDir } from '../checks/check.js';
import type { Step } from '../engine/model.js';
import type { Arrival } from './arrivals.js';
import type { ReadSource } from './excerpt.js';
import { place } from './places.js';
import type { Place } from './types.js';

export type EntryHow = 'submitted' | 'auto';

export interface Entry {
  at: Place;
  how: EntryHow;
  /** The step's own note, e.g. "SignupDto.email (annotated @personal email)" or "req.ip (ip_address)". */
  via: string;
  /** The stores the value reaches from here (store names), sorted. */
  storedIn: string[];
}

const INPUT_TYPE = /^[A-Z]\w*(?:Dto|DTO|Input|Request|Body|Form|Params|Query|Payload|Command)\.\w+/;
const REQUEST = /\b(?:req|request|ctx\.request|event)\.(?:body|query|params)\b|\bformData\b|\bFormData\b|\bsearchParams\b/;
const AUTO = /\b(?:req|request|ctx|ctx\.request)\.(?:ip|ips|headers|cookies|signedCookies|get\(|header\()|\b(?:cookies|headers)\(\)|\b(?:cookies|headers)\.get\(|\buser-?agent\b|x-forwarded-for/i;
const NOT_RUNTIME = /(?:^|\/)(?:seeds?|migrations?|fixtures?|__tests__|tests?|scripts)\/|\.(?:test|spec|seed)\.[cm]?[jt]sx?$/;

/**
 * The kind of entry a step is, or undefined when it is not one: from the step's note, and from the source
 * line it is on when it can be read (a handler's `schema.parse(req.body)` names the value by its field only).
 */
export function entryOf(step: Step, source?: string): EntryHow | undefined {
  if (AUTO.test(step.note)) return 'auto';
  if (INPUT_TYPE.test(step.note) || REQUEST.test(step.note)) return 'submitted';
  if (source !== undefined) {
    if (AUTO.test(source)) return 'auto';
    if (REQUEST.test(source)) return 'submitted';
  }
  return undefined;
}

/** A first step that is not where data enters: at the save call itself, or in a seed, migration or test file. */
function notCollection(a: Arrival, step: Step, runtime: (file: string) => boolean): boolean {
  if (!runtime(step.location.file)) return true;
  const sink = a.flow.location;
  return a.flow.sink.kind === 'storage' && a.label.steps.length === 1 && step.location.file === sink.file && Math.abs(step.location.line - sink.line) <= 3;
}

/**
 * The item's collection points from its arrivals: each label's first entry step (auto-collected when the item's
 * class is `auto_collected`), with the stores it reaches; and the places "collected at" shows: the entries, or
 * when none is recognised, the first steps that are not save calls or seed files.
 */
export function entries(mine: readonly Arrival[], autoCollected: boolean, files: readonly string[], cwd: string, read?: ReadSource): { entries: Entry[]; collectedAt: Place[] } {
  const lineOf = (s: Step) => read?.(s.location.file)?.split('\n')[s.location.line - 1];
  const how = (s: Step) => entryOf(s, lineOf(s));
  // Seed, migration and test folders are judged below the folder holding the analysed files (not above it).
  const root = commonDir(files);
  const runtime = (file: string) => !NOT_RUNTIME.test(root !== '' && file.startsWith(`${root}/`) ? file.slice(root.length) : file);
  const byKey = new Map<string, Entry>();
  const fallback: Place[] = [];
  for (const a of mine) {
    const first = a.label.steps[0];
    if (!first) continue;
    const step = a.label.steps.find((s) => how(s) !== undefined && runtime(s.location.file));
    if (!step) {
      if (!notCollection(a, first, runtime)) fallback.push(place(first.location, cwd));
      continue;
    }
    const at = place(step.location, cwd);
    const key = `${at.file}:${at.line}:${at.column}`;
    const entry = byKey.get(key) ?? { at, how: autoCollected ? 'auto' : how(step)!, via: step.note, storedIn: [] };
    if (a.dest.kind === 'store' && !entry.storedIn.includes(a.dest.name)) entry.storedIn = [...entry.storedIn, a.dest.name].sort();
    byKey.set(key, entry);
  }
  const list = [...byKey.values()].sort((x, y) => (x.at.file < y.at.file ? -1 : x.at.file > y.at.file ? 1 : x.at.line - y.at.line || x.at.column - y.at.column));
  return { entries: list, collectedAt: list.length > 0 ? list.map((e) => e.at) : fallback };
}
