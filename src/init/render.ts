/**
 * The draft as YAML text, written with the `yaml` Document API so that every place an item was seen
 * and every question only a person can answer (`# TODO:`) is a comment next to the value it concerns.
 * Values a person must decide are `unspecified` or `[]`: they validate and `validate` reports them as gaps.
 * Deterministic: no dates, everything sorted upstream.
 */
import { Document, isMap, isNode, isScalar, isSeq, visit, type Node as YamlNode, type Pair } from 'yaml';
import { DATA_CLASSES } from '../catalog/kinds.js';
import type { Draft, DraftItem, DraftParty, Place } from './draft.js';
import { cite, type Topic } from '../law/articles.js';
import { ManifestSource } from '../manifest/source.js';
import { manifestTodos } from '../manifest/todos.js';
import { hintText, type Hint } from './hints.js';

export const SCHEMA_PATH = 'node_modules/privacy-lint/docs/privacy-manifest.schema.json';
const MAX_PLACES = 5;
const CLASS_CHOICES = DATA_CLASSES.join(' | ');

const HEADER = [
  ' privacy.yaml: a DRAFT written by "privacy-lint init" from what the code shows. It is not your policy yet.',
  ' Review it against your published privacy policy before relying on it:',
  '   - dataItems were found by field names and @personal tags: delete false matches, add what the code hides;',
  '   - each "TODO:" below is a question only you can answer (the law you are under, purposes and their legal basis,',
  '     retention periods, what each processor receives, overseas transfers, the organisation and its privacy officer);',
  '   - "privacy-lint validate" reports every one as a policy gap until you answer it and delete its TODO mark;',
  '     "unspecified" and empty lists are valid, and reported as gaps too.',
  ' Format: docs/manifest.md in the privacy-lint package.',
  ` yaml-language-server: $schema=${SCHEMA_PATH}`,
].join('\n');

/** Both laws init may cite: the draft does not know yet which one applies (controller.jurisdictions is a TODO). */
const law = (topic: Topic) => cite(topic, ['KR', 'EU']);

export function renderDraft(draft: Draft, hints: readonly Hint[] = []): string {
  const items = draft.items.length > 0 ? draft.items : [{ id: 'todo_item', types: [], places: [] }];
  const ids = items.map((i) => i.id);
  const classOf = (i: DraftItem) => i.kind?.class ?? 'ordinary';
  const automatic = items.filter((i) => classOf(i) === 'auto_collected').map((i) => i.id);
  const overseas = draft.parties.filter((p) => p.party.country !== 'KR');

  const manifest: Record<string, unknown> = {
    version: 1,
    controller: { name: 'TODO: organisation name', jurisdictions: 'unspecified' },
    dataItems: items.map(dataItem),
    purposes: [{ id: 'service', basis: 'unspecified', items: { required: [...ids] } }],
    retention: [{ id: 'service', items: [...ids], end: 'unspecified' }],
    recipients: [],
    processors: draft.parties.map(processor),
    overseasTransfers: overseas.map((p) => ({ to: p.party.id, country: p.party.country, items: [], basis: 'unspecified' })),
  };
  if (automatic.length > 0) manifest.automaticCollection = { items: automatic };
  if (items.some((i) => classOf(i) === 'credential')) manifest.security = { passwordHash: { accept: ['argon2id', 'scrypt', 'bcrypt', 'pbkdf2'] } };
  manifest.children = { policy: 'unspecified' };
  manifest.officer = [];

  const doc = new Document(manifest, { aliasDuplicateObjects: false });
  doc.commentBefore = HEADER;
  flowScalarLists(doc);
  const root = doc.contents;
  if (!isMap(root)) throw new Error('renderDraft: the draft must be a mapping');
  root.items.forEach((pair, i) => {
    if (i > 0) keyNode(pair).spaceBefore = true;
  });

  valueComment(doc, ['controller', 'jurisdictions'], ` TODO: which law is the service under: [KR], [EU], [KR, EU], US-CA? ${hintText(hints)}`);
  keyComment(doc, ['dataItems'], ' Found in the code by field names and @personal tags: delete false matches, add what the code does not show.');
  items.forEach((item, i) => nodeAt(doc, ['dataItems', i]).commentBefore = itemComment(item, draft.items.length === 0));
  keyComment(doc, ['purposes'], ' TODO: split into your real purposes (membership, payment, marketing, …), each with its legal basis\n (consent, contract, legal_obligation, …); move items a user may refuse under optional.');
  keyComment(doc, ['retention'], ' TODO: how long each item is kept: e.g. end: { event: membership_withdrawal } or { since: collection, after: P5Y },\n with the statute where a law sets the period.');
  keyComment(doc, ['recipients'], ` TODO: third parties you provide data to for their own purposes (${law('recipient')}); the code cannot tell. [] means none.`);
  keyComment(doc, ['processors'], draft.parties.length > 0
    ? ` Third-party SDKs found in package.json and imports: services you entrust processing to (${law('consignment')}).`
    : ' TODO: no known SDK found; name the services you entrust processing to (hosting, email, SMS, payments, …).');
  draft.parties.forEach((p, i) => {
    nodeAt(doc, ['processors', i]).commentBefore = ` found: ${p.packages.join(', ')} (${capped(p.places, (x) => x).join(', ')})`;
    valueComment(doc, ['processors', i, 'items'], ` TODO: which data items reach ${p.party.name}?`);
  });
  keyComment(doc, ['overseasTransfers'], overseas.length > 0
    ? ` TODO: the items each transfer abroad carries, and its legal basis (${law('overseas')}).`
    : ` TODO: no SDK outside KR found; list any transfer of personal data abroad (${law('overseas')}).`);
  if (automatic.length > 0) keyComment(doc, ['automaticCollection'], ' TODO: say how users can refuse it, e.g. cookies: [{ purpose: …, optOut: browser settings }].');
  if (manifest.security) keyComment(doc, ['security'], ' TODO: keep only the password hash functions your code uses.');
  keyComment(doc, ['children'], ` TODO: not_served, or parental_consent when you serve children (under 14 in KR, 13 to 16 in the EU; ${law('children')}).`);
  keyComment(doc, ['officer'], ' TODO: the privacy officer, e.g. - { role: privacy officer, name: …, email: …, phone: … }');

  return doc.toString({ lineWidth: 120, flowCollectionPadding: false });
}

/** How many questions the draft asks a person: the TODO marks `validate` reports, counted by the same reader. */
export function countTodos(text: string): number {
  return manifestTodos(new ManifestSource('privacy.yaml', text)).length;
}

function dataItem(item: DraftItem): Record<string, unknown> {
  const k = item.kind;
  const out: Record<string, unknown> = k
    ? { id: item.id, label: k.label, class: k.class, kind: k.id, category: k.category }
    : { id: item.id, ...(item.label ? { label: item.label } : {}), class: 'ordinary' };
  if (k?.handling !== undefined && k.handling !== 'stored') out.handling = k.handling;
  if (item.types.length > 0) out.match = { types: item.types };
  return out;
}

function processor(p: DraftParty): Record<string, unknown> {
  const { party } = p;
  return {
    id: party.id,
    name: party.name,
    task: `TODO: what do you entrust to ${party.name}?`,
    items: [],
    country: party.country,
    recognise: { packages: p.packages, hosts: [...party.hosts].sort() },
  };
}

function itemComment(item: DraftItem, placeholder: boolean): string {
  if (placeholder) return ' TODO: no personal data found by name or @personal tag; replace this with your items';
  const lines = capped(item.places, (p: Place) => `${p.file}:${p.line} ${p.label}${p.tag === undefined ? '' : ` (@personal ${p.tag})`}`);
  const how = item.places.every((p) => p.tag !== undefined) ? 'annotated' : 'seen';
  const out = [` ${how} at:`, ...lines.map((l) => `   ${l}`)];
  if (!item.kind && item.label) out.unshift(` TODO: what users write or upload may hold any personal data, sensitive data too: set its class (${CLASS_CHOICES}) and category, and list it under the AI processors that receive it`);
  else if (!item.kind) out.unshift(` TODO: "@personal ${item.id}" names no built-in kind: set class (${CLASS_CHOICES}), label and category`);
  else if (item.kind.handling === 'never') out.unshift(` ${item.kind.id}: handling never by default; if a statute requires it, name it in the purpose and set handling: stored`);
  for (const tag of new Set(item.places.map((p) => p.tag).filter((t) => t !== undefined && t !== item.id))) {
    out.unshift(` TODO: "@personal ${tag}" is not a valid item id: write "@personal ${item.id}" in the code`);
  }
  return out.join('\n');
}

/** Up to MAX_PLACES entries, then "… and N more". */
function capped<T>(list: readonly T[], show: (x: T) => string): string[] {
  const shown = list.slice(0, MAX_PLACES).map(show);
  if (list.length > MAX_PLACES) shown.push(`… and ${list.length - MAX_PLACES} more`);
  return shown;
}

/** Lists of plain values (ids, countries, packages) print on one line; `match.types` stays a block list. */
function flowScalarLists(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isSeq(pair.value) && key !== 'types' && pair.value.items.every((x) => isScalar(x))) pair.value.flow = true;
    },
  });
}

function nodeAt(doc: Document, path: ReadonlyArray<string | number>): YamlNode {
  const node = doc.getIn(path, true);
  if (!isNode(node)) throw new Error(`renderDraft: no node at ${path.join('.')}`);
  return node;
}

function keyNode(pair: Pair): YamlNode {
  if (!isScalar(pair.key)) throw new Error('renderDraft: keys are scalars');
  return pair.key;
}

/** A comment on the line(s) above `path`'s key. */
function keyComment(doc: Document, path: ReadonlyArray<string | number>, text: string): void {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]) : undefined;
  if (!pair) throw new Error(`renderDraft: no key at ${path.join('.')}`);
  keyNode(pair).commentBefore = text;
}

/** A comment at the end of `path`'s value line. */
function valueComment(doc: Document, path: ReadonlyArray<string | number>, text: string): void {
  nodeAt(doc, path).comment = text;
}
