/**
 * From what the scan saw to what the draft declares: data items grouped by kind (or by `@personal`
 * id), and the third parties whose SDKs the project depends on or imports. Pure: no fs, no output.
 *
 * Item ids: a kind found by name becomes the item `<kind id after its last '.'>` (`email`, `kr.rrn` ->
 * `rrn`). An `@personal` tag names a manifest item, so its id is kept as written (the code's annotations
 * must keep validating); its kind is the kind with that id or short id, or the one kind its name matches.
 * Members found by name join the tagged item whose id is their kind's id or short id (`@personal rrn`),
 * else their kind's own item: `@personal billing_email` stays apart from a `userEmail` found by name.
 */
import { KINDS, kindById, kindMatchesForName, kindsMatchingName, ownerEvidence, type KindSpec } from '../catalog/kinds.js';
import { partyForPackage, type PartySpec } from '../catalog/parties.js';
import { packageOf, type Dependencies } from './packages.js';
import type { Scan, Sighting } from './scan.js';

export interface Place {
  file: string;
  line: number;
  /** e.g. `SignupDto.email`, `register(email)`. */
  label: string;
  /** The `@personal` id when the place is annotated rather than matched by name. */
  tag?: string;
}

export interface DraftItem {
  id: string;
  /** A label for an item no kind describes (the user-content item). */
  label?: string;
  /** Undefined for an `@personal` id that names no built-in kind. */
  kind?: KindSpec;
  /** `Type.member` pairs, sorted. */
  types: string[];
  /** Where it was seen, sorted by file and line. */
  places: Place[];
}

export interface DraftParty {
  party: PartySpec;
  /** Package names seen (package.json or imports), sorted. */
  packages: string[];
  /** `package.json` and `file:line` of imports, sorted and unique. */
  places: string[];
}

export interface Draft {
  items: DraftItem[];
  parties: DraftParty[];
}

const ID_PATTERN = /^[a-z][a-z0-9_]*(?:[.-][a-z0-9_]+)*$/;

export function planDraft(scan: Scan, deps: Dependencies, packageJson?: string): Draft {
  const items = planItems(scan.sightings);
  const content = userContentItem(scan);
  if (content && !items.some((i) => i.id === content.id)) items.push(content), items.sort((a, b) => compare(a.id, b.id));
  return { items, parties: planParties(scan, deps, packageJson) };
}

/**
 * What users write or upload (chat messages, prompts, documents) sent to an AI provider: no field name says it is
 * personal, yet it often is (people write about themselves). One `user_content` item where the scan saw an AI SDK
 * given such content; the reviewer decides what it holds.
 */
function userContentItem(scan: Scan): DraftItem | undefined {
  const seen = scan.aiContent ?? [];
  if (seen.length === 0) return undefined;
  const places = seen.map((c) => ({ file: c.file, line: c.line, label: c.label })).sort((a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.label, b.label));
  return { id: 'user_content', label: 'Content users write or upload (prompts, chat messages, documents) sent to an AI provider', types: [], places };
}

/** The item id for a kind found by name: the kind id after its last '.' (`kr.rrn` -> `rrn`). */
export function itemIdForKind(kind: KindSpec): string {
  return kind.id.slice(kind.id.lastIndexOf('.') + 1);
}

/** A tag id as a valid manifest id (unchanged when it already is one). */
export function itemIdForTag(tag: string): string {
  if (ID_PATTERN.test(tag)) return tag;
  const id = tag.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(id) ? id : `item_${id}`;
}

/** The built-in kind an `@personal` id stands for, if any. */
export function kindForTag(id: string): KindSpec | undefined {
  const byName = kindsMatchingName(id);
  return kindById(id) ?? KINDS.find((k) => itemIdForKind(k) === id) ?? (byName.length === 1 ? byName[0] : undefined);
}

function planItems(sightings: readonly Sighting[]): DraftItem[] {
  const items = new Map<string, DraftItem>();
  const itemOfKind = new Map<string, string>();
  const tagIds = [...new Set(sightings.flatMap((s) => s.tags.map(itemIdForTag)))].sort(compare);
  for (const id of tagIds) {
    const kind = kindForTag(id);
    items.set(id, kind ? { id, kind, types: [], places: [] } : { id, types: [], places: [] });
    if (kind && (id === kind.id || id === itemIdForKind(kind))) itemOfKind.set(kind.id, id);
  }
  const add = (item: DraftItem, s: Sighting, tag?: string) => {
    if (s.typeMember !== undefined && !item.types.includes(s.typeMember)) item.types.push(s.typeMember);
    item.places.push(tag === undefined ? { file: s.file, line: s.line, label: s.label } : { file: s.file, line: s.line, label: s.label, tag });
  };
  const corroborated = corroboration(sightings);
  for (const s of sightings) {
    if (s.tags.length > 0) {
      for (const tag of s.tags) add(items.get(itemIdForTag(tag))!, s, tag);
      continue;
    }
    const match = kindMatchesForName(s.name)[0];
    if (!match || !corroborated(s, match.weak)) continue;
    const kind = match.kind;
    const id = itemOfKind.get(kind.id) ?? itemIdForKind(kind);
    let item = items.get(id);
    if (!item) items.set(id, (item = { id, kind, types: [], places: [] }));
    add(item, s);
  }
  const out = [...items.values()].sort((a, b) => compare(a.id, b.id));
  for (const item of out) {
    item.types.sort(compare);
    item.places.sort((a, b) => compare(a.file, b.file) || a.line - b.line || compare(a.label, b.label));
  }
  return out;
}

/**
 * Whether a name-based candidate holds, by the engine's evidence rules (src/engine/items.ts): never on a type that
 * is plainly not about a person (`AppError.name`, `Role.name`, `DatabaseConfig.password`); a weak guess (a bare
 * `name`, `address`) only on a type whose name denotes a person (`User`, `SignupDto`) or that has a tagged or
 * strongly named personal member besides it. A draft full of `Product.name` is one nobody reviews.
 */
function corroboration(sightings: readonly Sighting[]): (s: Sighting, weak: boolean) => boolean {
  // the type or schema around the member (`SignupDto`, `ShippingSchema` of a zod object, `User.profile` nested)
  const owner = (s: Sighting): string | undefined => {
    if (s.via === 'parameter' || s.via === 'variable') return undefined;
    const path = (s.typeMember ?? s.label.replace(/ \(.*\)$/, ''));
    const dot = path.lastIndexOf('.');
    return dot > 0 ? path.slice(0, dot) : undefined;
  };
  // owner type -> its members that are personal for certain (tagged) or by a strong name
  const strong = new Map<string, Set<string>>();
  for (const s of sightings) {
    const o = owner(s);
    if (o === undefined || !(s.tags.length > 0 || kindMatchesForName(s.name).some((m) => !m.weak))) continue;
    strong.set(o, (strong.get(o) ?? new Set()).add(s.name));
  }
  const strongSibling = (o: string, name: string) => [...(strong.get(o) ?? [])].some((m) => m !== name);
  return (s, weak) => {
    const o = owner(s);
    const evidence = ownerEvidence(o?.split('.').pop());
    if (evidence === 'not-person') return false;
    if (!weak) return true;
    return evidence === 'person' || (o !== undefined && strongSibling(o, s.name));
  };
}

function planParties(scan: Scan, deps: Dependencies, packageJson = 'package.json'): DraftParty[] {
  const parties = new Map<string, { party: PartySpec; packages: Set<string>; places: Set<string> }>();
  const see = (pkg: string | undefined, place: string) => {
    const party = pkg === undefined ? undefined : partyForPackage(pkg);
    if (!party || pkg === undefined) return;
    let entry = parties.get(party.id);
    if (!entry) parties.set(party.id, (entry = { party, packages: new Set(), places: new Set() }));
    entry.packages.add(pkg);
    entry.places.add(place);
  };
  for (const name of deps.names) see(name, packageJson);
  for (const imp of scan.imports) {
    // an import path a party names (`next-auth/providers/google`) is that party, though its package is none
    const pkg = packageOf(imp.specifier);
    const path = pkg !== undefined && pkg !== imp.specifier && partyForPackage(imp.specifier) !== partyForPackage(pkg) ? imp.specifier : pkg;
    see(path, `${imp.file}:${imp.line}`);
  }
  return [...parties.values()]
    .sort((a, b) => compare(a.party.id, b.party.id))
    .map((e) => ({ party: e.party, packages: [...e.packages].sort(compare), places: [...e.places].sort(comparePlaces) }));
}

/** Locale-independent string order, so the draft is byte-identical everywhere. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `package.json` before source places; `file:line` by file, then line as a number. */
function comparePlaces(a: string, b: string): number {
  const split = (p: string) => {
    const m = /^(.*):(\d+)$/.exec(p);
    return m ? { file: m[1]!, line: Number(m[2]) } : { file: p, line: -1 };
  };
  const x = split(a);
  const y = split(b);
  return Number(y.line < 0) - Number(x.line < 0) || compare(x.file, y.file) || x.line - y.line;
}
