/**
 * Rules that span sections: every id a section refers to exists (data items, events, recipients and
 * processors, retention rules), ids are unique, patterns compile. Runs on the raw parsed data, so it
 * reports alongside schema errors and tolerates sections of the wrong shape (the schema reports those).
 */
import type { KeyPath, ManifestDiagnostic } from './diagnostics.js';
import type { ManifestSource } from './source.js';
import { didYouMean } from './suggest.js';
import { KIND_IDS } from '../catalog/kinds.js';
import { isSafePattern } from 'redos-detector';

const BUILTIN_VALUES = ['builtin:email', 'builtin:kr_mobile', 'builtin:kr_rrn', 'builtin:luhn'];
const SOURCES = ['user', 'auto', 'offline'];

type Raw = Record<string, unknown>;
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const obj = (x: unknown): Raw => (x !== null && typeof x === 'object' && !Array.isArray(x) ? (x as Raw) : {});
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

export function referenceDiagnostics(raw: unknown, source: ManifestSource): ManifestDiagnostic[] {
  const out: ManifestDiagnostic[] = [];
  const report = (path: KeyPath, message: string, code: string) =>
    out.push({ severity: 'error', file: source.file, ...source.positionOf(path), path, message, code });
  const m = obj(raw);

  const items = declare(m, ['dataItems'], report, source);
  declare(m, ['purposes'], report, source);
  const retention = declare(m, ['retention'], report, source);
  const parties = declare(m, ['recipients', 'processors'], report, source);
  const recipients = new Set(list(m.recipients).map((r) => str(obj(r).id)).filter((x): x is string => !!x));
  const processors = new Set(list(m.processors).map((r) => str(obj(r).id)).filter((x): x is string => !!x));
  const events = Object.keys(obj(m.events));

  const refer = (path: KeyPath, value: unknown, known: Iterable<string> | undefined, what: string, fix: string) => {
    const v = str(value);
    if (v === undefined || known === undefined) return; // the section itself is malformed: the schema says so
    const set = new Set(known);
    if (!set.has(v)) report(path, `unknown ${what} "${v}"${didYouMean(v, set) || `: ${fix}`}`, 'unknown-reference');
  };
  const referItems = (path: KeyPath, values: unknown) =>
    list(values).forEach((v, i) => refer([...path, i], v, items, 'data item', 'declare it under dataItems'));
  const referEnd = (path: KeyPath, end: unknown): void => {
    const e = obj(end);
    if (e.event !== undefined) refer([...path, 'event'], e.event, events, 'event', 'declare it under events');
    if (e.since !== undefined && e.since !== 'collection') {
      refer([...path, 'since'], e.since, [...events, 'collection'], 'event', 'use "collection" or an id declared under events');
    }
    list(e.firstOf).forEach((f, i) => referEnd([...path, 'firstOf', i], f));
  };

  for (const key of events) {
    if (!/^[a-z][a-z0-9_]*$/.test(key)) report(['events', key], `"${key}" is not a valid event id: use lower-case letters, digits and _`, 'bad-id');
    list(obj(obj(m.events)[key]).code).forEach((c, i) => {
      if (typeof c === 'string' && !/^[^#]+#[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)?$/.test(c)) {
        report(['events', key, 'code', i], `"${c}" does not name a handler: write "path/to/file.ts#function" or "file.ts#Class.method"`, 'bad-handler');
      }
    });
  }

  list(m.dataItems).forEach((raw, i) => {
    const item = obj(raw);
    const at = ['dataItems', i];
    list(item.allowedSinks).forEach((p, j) =>
      refer([...at, 'allowedSinks', j], p, parties, 'recipient or processor', 'declare it under recipients or processors'),
    );
    if (item.allowedSinks !== undefined && item.handling !== 'transit_only') {
      report([...at, 'allowedSinks'], 'allowedSinks is only read when handling is "transit_only"; set handling: transit_only or remove it', 'inert-key');
    }
    const src = str(item.source);
    if (src !== undefined) checkSource([...at, 'source'], src, recipients, processors, report);
    const match = obj(item.match);
    list(match.fields).forEach((f, j) => checkRegex([...at, 'match', 'fields', j], f, report));
    const values = typeof match.values === 'string' ? [match.values] : list(match.values);
    values.forEach((v, j) => {
      const path = typeof match.values === 'string' ? [...at, 'match', 'values'] : [...at, 'match', 'values', j];
      if (typeof v !== 'string') return;
      if (v.startsWith('builtin:')) {
        if (!BUILTIN_VALUES.includes(v)) report(path, `unknown value recogniser "${v}"${didYouMean(v, BUILTIN_VALUES)}`, 'unknown-reference');
      } else checkRegex(path, v, report);
    });
  });

  list(m.purposes).forEach((raw, i) => {
    const p = obj(raw);
    const its = obj(p.items);
    referItems(['purposes', i, 'items', 'required'], its.required);
    referItems(['purposes', i, 'items', 'optional'], its.optional);
    const required = new Set(list(its.required));
    list(its.optional).forEach((v, j) => {
      if (required.has(v)) report(['purposes', i, 'items', 'optional', j], `"${String(v)}" is listed as both required and optional`, 'duplicate');
    });
  });

  list(m.retention).forEach((raw, i) => {
    const r = obj(raw);
    referItems(['retention', i, 'items'], r.items);
    referEnd(['retention', i, 'end'], r.end);
  });

  for (const section of ['recipients', 'processors'] as const) {
    list(m[section]).forEach((raw, i) => {
      const r = obj(raw);
      referItems([section, i, 'items'], r.items);
      const ret = obj(r.retention);
      if (ret.end !== undefined) referEnd([section, i, 'retention', 'end'], ret.end);
      list(ret.sameAs).forEach((v, j) =>
        refer([section, i, 'retention', 'sameAs', j], v, retention, 'retention rule', 'use an id declared under retention'),
      );
    });
  }

  list(m.overseasTransfers).forEach((raw, i) => {
    const t = obj(raw);
    refer(['overseasTransfers', i, 'to'], t.to, parties, 'recipient or processor', 'declare it under recipients or processors');
    referItems(['overseasTransfers', i, 'items'], t.items);
  });

  referItems(['automaticCollection', 'items'], obj(m.automaticCollection).items);
  const enc = obj(obj(m.security).encryptAtRest);
  referItems(['security', 'encryptAtRest', 'items'], enc.items);
  list(enc.kinds).forEach((k, i) => refer(['security', 'encryptAtRest', 'kinds', i], k, KIND_IDS, 'kind', 'see the built-in kinds in docs/manifest.md'));

  return out;
}

/** Collects the ids of the given sections (one namespace), reporting duplicates. */
function declare(
  m: Raw,
  sections: string[],
  report: (path: KeyPath, message: string, code: string) => void,
  source: ManifestSource,
): Set<string> | undefined {
  if (sections.some((s) => m[s] !== undefined && m[s] !== 'unspecified' && !Array.isArray(m[s]))) return undefined;
  const entries = sections.flatMap((section) =>
    list(m[section]).map((raw, i) => ({ id: str(obj(raw).id), path: [section, i] as KeyPath, line: source.positionOf([section, i]).line })),
  );
  entries.sort((a, b) => a.line - b.line);
  const seen = new Map<string, { path: KeyPath; line: number }>();
  for (const { id, path, line } of entries) {
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first) report([...path, 'id'], `duplicate id "${id}": already used by ${pathText(first.path)} (line ${first.line})`, 'duplicate-id');
    else seen.set(id, { path, line });
  }
  return new Set(seen.keys());
}

const pathText = (p: KeyPath) => `${String(p[0])}[${String(p[1])}]`;

function checkSource(
  path: KeyPath,
  src: string,
  recipients: Set<string>,
  processors: Set<string>,
  report: (path: KeyPath, message: string, code: string) => void,
): void {
  if (SOURCES.includes(src)) return;
  const [kind, id] = src.split(':', 2);
  if (kind === 'third_party' && id !== undefined) {
    if (!recipients.has(id)) report(path, `unknown recipient "${id}"${didYouMean(id, recipients) || ': declare it under recipients'}`, 'unknown-reference');
    return;
  }
  if (kind === 'processor' && id !== undefined) {
    if (!processors.has(id)) report(path, `unknown processor "${id}"${didYouMean(id, processors) || ': declare it under processors'}`, 'unknown-reference');
    return;
  }
  const hint = processors.has(src) ? ` (did you mean "processor:${src}"?)` : recipients.has(src) ? ` (did you mean "third_party:${src}"?)` : '';
  report(path, `"${src}" is not a source: use user, auto, offline, third_party:<recipient id> or processor:<processor id>${hint}`, 'wrong-value');
}

const UNBOUNDED_GROUP = /(?<!\\)\)(?:[*+]|\{\d+,\d*\})/;

function checkRegex(path: KeyPath, pattern: unknown, report: (path: KeyPath, message: string, code: string) => void): void {
  if (typeof pattern !== 'string') return;
  try {
    new RegExp(pattern);
  } catch (e) {
    const reason = (e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '');
    report(path, `invalid regular expression ${JSON.stringify(pattern)}: ${reason}`, 'bad-regex');
    return;
  }
  // A pattern that can match one name in very many ways ("^(a+)+$", "(x|xx)*y") can take exponential time on a
  // name it almost matches, and check would hang with no message: rejected here, at its line. The verdict is
  // redos-detector's (it walks the pattern's backtracking paths; one it cannot bound within its step and time budget
  // counts as unsafe). Its walk can take a second on a long alternation, so it runs only where exponential time is
  // possible at all: a group repeated without bound, "(...)*", "(...)+", "(...){n,}"; a pattern without one (groups
  // only optional, "(_?no)?") is at most polynomial in the name's length.
  if (UNBOUNDED_GROUP.test(pattern) && !isSafePattern(pattern, { maxSteps: 3000, timeout: 2000 }).safe) {
    report(path, `regular expression ${JSON.stringify(pattern)} can backtrack catastrophically (one name can match it in too many ways, as in "(a+)+" or "(x|xx)*"): check could hang on a long name; write each part so it can match only one way, e.g. "^a+$"`, 'unsafe-regex');
  }
}
