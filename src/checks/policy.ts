/**
 * The manifest as the checks read it: item classes, which purposes collect an item, which party a
 * transfer reaches (declared recipient or processor, a known SDK, or an unknown host). One place, so the
 * eight checks agree on what "declared" means.
 */
import type { ManifestData, Processor, Recipient } from '../manifest/schema.js';
import { effectiveHandling, type Handling } from '../manifest/items.js';
import { type PartySpec, packageMatches, partyById, partyForHost, partyForPackage } from '../catalog/parties.js';
import { hostGlobMatches } from '../catalog/host-glob.js';
import type { SinkFact } from '../engine/model.js';
import { cite, citeAfter, jurisdictionsOf, type Jurisdiction, type Lang, type Topic } from '../law/articles.js';

export type Party = (Recipient | Processor) & { section: 'recipients' | 'processors' };

export interface Destination {
  /** The declared party, when the manifest recognises the host, package or env var. */
  declared?: Party;
  /** The catalog's party (Sentry, Toss Payments, …), for naming an undeclared one. */
  known?: PartySpec;
  /** How the destination reads in a message: "api.sms-vendor.io", "@sentry/node", "the endpoint in $CRM_URL". */
  label: string;
  /** Nothing tells where the data goes. */
  unresolved: boolean;
}

export class Policy {
  /** The laws the manifest is under (src/law/articles.ts): absent means KR, `unspecified` none. */
  readonly jurisdictions: Jurisdiction[];
  /** Where the controller is, for telling overseas transfers: undefined while the jurisdictions are unspecified. */
  readonly controllerCountry: string | undefined;
  private readonly purposed: Set<string>;
  private readonly parties: Party[];

  constructor(readonly m: ManifestData) {
    this.jurisdictions = jurisdictionsOf(m.controller.jurisdictions);
    this.controllerCountry = this.jurisdictions[0];
    this.purposed = new Set((m.purposes ?? []).flatMap((p) => [...(p.items.required ?? []), ...(p.items.optional ?? [])]));
    const list = <T>(x: T[] | 'unspecified' | undefined): T[] => (Array.isArray(x) ? x : []);
    this.parties = [
      ...list(m.recipients).map((r) => ({ ...r, section: 'recipients' as const })),
      ...list(m.processors).map((p) => ({ ...p, section: 'processors' as const })),
    ];
  }

  item(id: string) {
    return this.m.dataItems.find((i) => i.id === id);
  }

  classOf(id: string): string | undefined {
    return this.item(id)?.class;
  }

  handling(id: string): Handling {
    const item = this.item(id);
    return item ? effectiveHandling(item) : 'stored';
  }

  isPurposed(id: string): boolean {
    return this.purposed.has(id);
  }

  /** Purposes that collect the item. */
  purposesOf(id: string) {
    return (this.m.purposes ?? []).filter((p) => [...(p.items.required ?? []), ...(p.items.optional ?? [])].includes(id));
  }

  /** Whether the item's collection has a separate consent or a statute in every purpose that collects it. */
  hasSpecialBasis(id: string): boolean {
    const uses = this.purposesOf(id);
    return uses.length > 0 && uses.every((p) => p.consent?.separate === true || (p.statute ?? '').trim() !== '');
  }

  needsEncryption(id: string): boolean {
    const item = this.item(id);
    if (!item) return false;
    const enc = this.m.security?.encryptAtRest;
    const classes = enc?.classes ?? ['unique_identifier', 'financial'];
    return classes.includes(item.class) || (item.kind !== undefined && (enc?.kinds ?? []).includes(item.kind)) || (enc?.items ?? []).includes(id);
  }

  acceptedHashes(): string[] {
    return this.m.security?.passwordHash?.accept ?? ['argon2id', 'scrypt', 'bcrypt', 'pbkdf2'];
  }

  /** Where a transfer (or an error tracker) sends to. */
  destination(sink: SinkFact): Destination {
    const known =
      (sink.party ? partyById(sink.party) : undefined) ?? (sink.host ? partyForHost(sink.host) : undefined) ?? (sink.package ? partyForPackage(sink.package) : undefined);
    const declared = this.parties.find((p) => {
      const r = p.recognise ?? {};
      return (
        (sink.host !== undefined && (r.hosts ?? []).some((g) => hostGlobMatches(g, sink.host!))) ||
        (sink.package !== undefined && (r.packages ?? []).some((g) => packageMatches(g, sink.package!))) ||
        (sink.env !== undefined && (r.env ?? []).includes(sink.env)) ||
        (known !== undefined && p.id === known.id)
      );
    });
    const label = sink.host ?? (sink.env ? `the endpoint in $${sink.env}` : sink.package?.startsWith('global:') ? `the global ${sink.package.slice('global:'.length)}` : sink.package ?? 'an unresolved destination');
    return { ...(declared ? { declared } : {}), ...(known ? { known } : {}), label, unresolved: !sink.host && !sink.env && !sink.package };
  }

  /** The articles of a topic under the manifest's law, e.g. "PIPA Art 26" or "GDPR Art 28" ('' when none). */
  cite(topic: Topic, lang: Lang = 'en'): string {
    return cite(topic, this.jurisdictions, lang);
  }

  /** " (PIPA Art 26)" at the end of a sentence, or '' when the manifest's law says nothing cited here. */
  citeAfter(topic: Topic): string {
    return citeAfter(topic, this.jurisdictions);
  }

  /** An overseas transfer entry covering the party and item, when the party is abroad (not judged without a home country). */
  overseasCovered(party: Party, item: string): boolean {
    if (!party.country || this.controllerCountry === undefined || party.country === this.controllerCountry) return true;
    const entries = Array.isArray(this.m.overseasTransfers) ? this.m.overseasTransfers : [];
    return entries.some((t) => t.to === party.id && (t.items.length === 0 || t.items.includes(item)));
  }
}
