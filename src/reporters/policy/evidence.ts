/**
 * What the code says about each statement of the policy draft, read from the Report only: a Mark per
 * statement (backed, not verified, contradicted, a TODO for the author, or not checkable in code) with
 * the places that back or contradict it. Language-neutral: the text tables (en.ts, ko.ts) put it in
 * words, so the English and Korean drafts can never disagree about what is verified.
 */
import type { DataItem, ManifestData } from '../../manifest/schema.js';
import { comparePlaces, placeKey, uniqueSorted } from '../../report/places.js';
import type { InventoryRow, PartyRow, Place, Report, RetentionView } from '../../report/types.js';

export type MarkKind = 'backed' | 'unverified' | 'contradicted' | 'todo' | 'info';

/** Why a mark is what it is; each key has a sentence in every text table. */
export type Why =
  | 'no-analysis'
  | 'collected'
  | 'not-collected'
  | 'collection-finding'
  | 'undeclared-item'
  | 'retention-evidence'
  | 'retention-partial'
  | 'retention-none'
  | 'retention-soft'
  | 'retention-early'
  | 'not-stored'
  | 'sent'
  | 'not-sent'
  | 'over-shared'
  | 'sent-abroad'
  | 'stale'
  | 'undeclared-destination'
  | 'none-found'
  | 'hashed'
  | 'password-finding'
  | 'no-password-stored'
  | 'encrypted'
  | 'encryption-finding'
  | 'nothing-encrypted-stored'
  | 'not-checked'
  | 'organisational'
  | 'deletion-paths'
  | 'no-deletion-paths';

export interface Mark {
  kind: MarkKind;
  places: Place[];
  why?: Why;
  /** Values the sentence for `why` names (item ids, evidence names, notes). */
  args?: string[];
}

const CREDENTIAL_RULE = 'privacy/no-plaintext-password';
const ENCRYPTION_RULE = 'privacy/require-encryption-at-rest';
const COLLECTION_RULES = ['privacy/no-sensitive-collection', 'privacy/no-undeclared-collection'];

export const info = (why: Why = 'organisational'): Mark => ({ kind: 'info', places: [], why });

/** Reads the Report once; every question the draft asks about the code is a method. */
export class Evidence {
  /** False when the Report analysed no file: then nothing can be verified, and nothing is contradicted. */
  readonly analysed: boolean;

  constructor(
    readonly report: Report,
    readonly manifest: ManifestData,
  ) {
    this.analysed = report.project.files > 0;
  }

  row(item: string): InventoryRow | undefined {
    return this.report.inventory.find((r) => r.id === item);
  }

  /** An item a purpose lists: backed where the code collects it, contradicted by a collection finding. */
  item(item: string): Mark {
    if (!this.analysed) return unverified();
    const findings = this.findings(COLLECTION_RULES, [item]);
    if (findings.length > 0) return { kind: 'contradicted', places: findings, why: 'collection-finding' };
    const row = this.row(item);
    // Where it enters the program; an item the code only stores or sends (read back from a typed store) is shown there.
    const places = !row ? [] : row.collectedAt.length > 0 ? row.collectedAt : [...row.stores.map((s) => s.at), ...row.parties.map((p) => p.at)];
    return places.length > 0 ? { kind: 'backed', places: sortPlaces(places), why: 'collected' } : unverified('not-collected');
  }

  /** Items the code handles that the manifest does not declare (drift), each a contradiction. */
  undeclaredItems(): Array<{ id: string; mark: Mark }> {
    if (!this.analysed) return [];
    return this.report.drift.observedNotDeclared.map((d) => ({
      id: d.id,
      mark: { kind: 'contradicted', places: [d.at], why: 'undeclared-item', args: [d.id] },
    }));
  }

  /** A retention rule: backed when every stored item has a deletion path for it, contradicted by an early purge. */
  retention(ruleId: string): Mark {
    if (!this.analysed) return unverified();
    const views: Array<{ item: string; view: RetentionView }> = this.report.inventory.flatMap((row) =>
      row.retention.filter((v) => v.rule === ruleId).map((view) => ({ item: row.id, view })),
    );
    const evidencePlaces = (vs: typeof views) => sortPlaces(vs.flatMap((v) => v.view.evidence.map((e) => e.at)));
    const contradicted = views.filter((v) => v.view.status === 'contradicted');
    if (contradicted.length > 0) {
      return { kind: 'contradicted', places: evidencePlaces(contradicted), why: 'retention-early', args: unique(contradicted.map((v) => v.view.note)) };
    }
    const relevant = views.filter((v) => v.view.status === 'evidenced' || v.view.status === 'no-evidence');
    if (relevant.length === 0) return unverified('not-stored');
    const evidenced = relevant.filter((v) => v.view.status === 'evidenced');
    const names = unique(evidenced.flatMap((v) => v.view.evidence.map(evidenceArg)));
    if (evidenced.length === relevant.length) return { kind: 'backed', places: evidencePlaces(evidenced), why: 'retention-evidence', args: names };
    if (evidenced.length === 0) {
      // A soft delete is said for what it is: the row stays (the places are where it is flagged).
      const soft = sortPlaces(relevant.flatMap((v) => (v.view.softDeletes ?? []).map((x) => x.at)));
      return soft.length > 0 ? { kind: 'unverified', places: soft, why: 'retention-soft' } : unverified('retention-none');
    }
    const missing = unique(relevant.filter((v) => v.view.status === 'no-evidence').map((v) => v.item));
    return { kind: 'unverified', places: evidencePlaces(evidenced), why: 'retention-partial', args: [missing.join(', '), ...names] };
  }

  /** Every deletion path the analysis found (handlers, jobs, TTLs), for the destruction article. */
  deletions(): Mark {
    if (!this.analysed) return unverified();
    const all = this.report.inventory.flatMap((r) => r.retention.flatMap((v) => v.evidence));
    if (all.length === 0) return unverified('no-deletion-paths');
    return { kind: 'backed', places: sortPlaces(all.map((e) => e.at)), why: 'deletion-paths', args: unique(all.map(evidenceArg)) };
  }

  party(id: string): PartyRow | undefined {
    return this.report.parties.find((p) => p.id === id && p.role !== 'undeclared');
  }

  /** A declared recipient or processor: backed where the code sends to it, else a possibly stale declaration. */
  sending(id: string, only?: readonly string[]): Mark {
    if (!this.analysed) return unverified();
    const row = this.party(id);
    const observed = (row?.observedItems ?? []).filter((i) => !only || only.includes(i));
    if (row && only && observed.length === 0 && row.observedItems.length > 0) {
      // The code reaches the party, but with none of these items.
      return { kind: 'unverified', places: [], why: 'stale', args: [only.join(', ')] };
    }
    if (!row || observed.length === 0) return unverified('not-sent');
    return { kind: 'backed', places: sortPlaces(row.at), why: 'sent', args: [observed.join(', ')] };
  }

  /** Items the code sends to a declared party beyond what the manifest declares for it. */
  overShared(id: string): Mark | undefined {
    const row = this.party(id);
    if (!this.analysed || !row || row.overShared.length === 0) return undefined;
    const places = this.report.inventory
      .filter((r) => row.overShared.includes(r.id))
      .flatMap((r) => r.parties.filter((p) => p.party === id).map((p) => p.at));
    return { kind: 'contradicted', places: sortPlaces(places.length > 0 ? places : row.at), why: 'over-shared', args: [row.overShared.join(', ')] };
  }

  /** Items declared for a party that no code sends there (only when the code sends it something else). */
  stale(id: string): Mark | undefined {
    const row = this.party(id);
    if (!this.analysed || !row || row.stale.length === 0 || row.observedItems.length === 0) return undefined;
    return { kind: 'unverified', places: [], why: 'stale', args: [row.stale.join(', ')] };
  }

  /** Destinations the code sends personal data to that the manifest names nowhere. */
  undeclaredDestinations(): Array<{ id: string; name: string; mark: Mark }> {
    if (!this.analysed) return [];
    return this.report.parties
      .filter((p) => p.role === 'undeclared')
      .map((p) => ({ id: p.id, name: p.name, mark: { kind: 'contradicted', places: sortPlaces(p.at), why: 'undeclared-destination', args: [p.observedItems.join(', ')] } }));
  }

  /**
   * An overseas transfer entry, read from the same party row as the party's own article (so the two articles
   * cannot disagree): what the code sends there; the items it sends beyond the entry (❌); the entry's items
   * no code sends (⚠️, only when the code reaches the party with others).
   */
  overseas(to: string, items: readonly string[]): Mark[] {
    if (!this.analysed) return [unverified()];
    const row = this.party(to);
    const observed = row?.observedItems ?? [];
    if (!row || observed.length === 0) return [unverified('not-sent')];
    if (items.length === 0) return [{ kind: 'backed', places: sortPlaces(row.at), why: 'sent', args: [observed.join(', ')] }];
    const listed = observed.filter((i) => items.includes(i));
    const out: Mark[] = listed.length > 0 ? [{ kind: 'backed', places: sortPlaces(row.at), why: 'sent', args: [listed.join(', ')] }] : [];
    const extra = observed.filter((i) => !items.includes(i));
    if (extra.length > 0) {
      const places = this.report.inventory.filter((r) => extra.includes(r.id)).flatMap((r) => r.parties.filter((p) => p.party === to).map((p) => p.at));
      out.push({ kind: 'contradicted', places: sortPlaces(places.length > 0 ? places : row.at), why: 'sent-abroad', args: [extra.join(', ')] });
    }
    const missing = items.filter((i) => !observed.includes(i));
    if (missing.length > 0) out.push({ kind: 'unverified', places: [], why: 'stale', args: [missing.join(', ')] });
    return out;
  }

  /** A negative claim ("we provide to no third party"): contradicted by undeclared destinations, else no counter-example. */
  noOtherDestinations(): Mark {
    if (!this.analysed) return unverified();
    const places = this.report.parties.filter((p) => p.role === 'undeclared').flatMap((p) => p.at);
    return places.length > 0 ? { kind: 'contradicted', places: sortPlaces(places), why: 'undeclared-destination' } : { kind: 'backed', places: [], why: 'none-found' };
  }

  /** "Passwords are stored with a one-way hash." */
  passwordHash(): Mark {
    if (!this.analysed) return unverified();
    const findings = this.findings([CREDENTIAL_RULE]);
    if (findings.length > 0) return { kind: 'contradicted', places: findings, why: 'password-finding' };
    const credentials = this.manifest.dataItems.filter((i) => i.class === 'credential' || i.kind === 'password');
    const stored = credentials.flatMap((i) => this.row(i.id)?.stores.map((s) => s.at) ?? []);
    return stored.length > 0 ? { kind: 'backed', places: sortPlaces(stored), why: 'hashed' } : unverified('no-password-stored');
  }

  /** "Unique identifiers and financial data are encrypted where they are stored." */
  encryptionAtRest(): Mark {
    if (!this.analysed) return unverified();
    const findings = this.findings([ENCRYPTION_RULE]);
    if (findings.length > 0) return { kind: 'contradicted', places: findings, why: 'encryption-finding' };
    const stored = this.encryptedItems().flatMap((i) => this.row(i.id)?.stores.map((s) => s.at) ?? []);
    return stored.length > 0 ? { kind: 'backed', places: sortPlaces(stored), why: 'encrypted' } : unverified('nothing-encrypted-stored');
  }

  /** The items security.encryptAtRest covers (by default unique identifiers and financial items). */
  encryptedItems(): DataItem[] {
    const e = this.manifest.security?.encryptAtRest;
    const classes: readonly string[] = e?.classes ?? ['unique_identifier', 'financial'];
    return this.manifest.dataItems.filter(
      (i) => i.handling !== 'transit_only' && i.handling !== 'never' && (classes.includes(i.class) || (i.kind !== undefined && (e?.kinds ?? []).includes(i.kind)) || (e?.items ?? []).includes(i.id)),
    );
  }

  /** A tracker of automaticCollection: backed when the code sends to its package or host. */
  tracker(t: { package?: string | undefined; host?: string | undefined }): Mark {
    if (!this.analysed) return unverified();
    const keys = [t.package, t.host].filter((k): k is string => k !== undefined);
    // A declared party whose recognise patterns name the tracker's package or host, or an undeclared destination named so.
    const parties = [...listed(this.manifest.recipients), ...listed(this.manifest.processors)];
    const declared = new Set(parties.filter((p) => [...(p.recognise?.packages ?? []), ...(p.recognise?.hosts ?? [])].some((k) => keys.includes(k))).map((p) => p.id));
    const rows = this.report.parties.filter((p) => (p.role !== 'undeclared' && declared.has(p.id)) || keys.includes(p.id) || keys.includes(p.name));
    const places = rows.flatMap((p) => p.at);
    return places.length > 0 ? { kind: 'backed', places: sortPlaces(places), why: 'sent', args: [unique(rows.flatMap((r) => r.observedItems)).join(', ')] } : unverified('not-sent');
  }

  /** Places of the findings of some rules, optionally only those carrying one of `items`. */
  private findings(rules: readonly string[], items?: readonly string[]): Place[] {
    return sortPlaces(
      this.report.findings
        .filter((f) => rules.includes(f.ruleId) && (!items || f.dataItems.some((i) => items.includes(i))))
        .map((f) => ({ file: f.file, line: f.line, column: f.column })),
    );
  }
}

export function unverified(why?: Why): Mark {
  return why ? { kind: 'unverified', places: [], why } : { kind: 'unverified', places: [] };
}

/** Sorted by file, line, column, without repeats: the order every format uses. */
export function sortPlaces(places: readonly Place[]): Place[] {
  return uniqueSorted(places, placeKey, comparePlaces);
}

/**
 * A deletion path as a sentence argument, "<kind> <name>" (kind: event, job, ttl, call); the text tables
 * split it again with `evidenceParts` to word each kind.
 */
function evidenceArg(e: RetentionView['evidence'][number]): string {
  return `${e.kind} ${e.name}`;
}

export function evidenceParts(arg: string): { kind: string; name: string } {
  const space = arg.indexOf(' ');
  return space < 0 ? { kind: arg, name: '' } : { kind: arg.slice(0, space), name: arg.slice(space + 1) };
}

function listed<T>(value: T[] | 'unspecified' | undefined): T[] {
  return Array.isArray(value) ? value : [];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
