/**
 * The record of processing activities (GDPR Art 30; the PIPA policy's items by purpose): one row per purpose
 * and item, from the manifest (basis, subjects, recipients, processors, transfers abroad, retention, security)
 * with the code evidence for each from the Report's inventory (file:line). A value the manifest still marks
 * TODO is written as "TODO: …", never as a fact. The exports (csv, xlsx) write these rows as they are, and
 * the JSON report carries them as `record`, so the files and the JSON agree field by field.
 */
import type { ManifestData } from '../manifest/schema.js';
import type { InventoryRow, Place, RecordRow, ReportGap } from './types.js';
import { periodWords } from './words.js';

/** The columns, in order, with their headings (CSV header row, XLSX header row). */
export const RECORD_COLUMNS: ReadonlyArray<[keyof RecordRow, string]> = [
  ['purpose', 'Purpose'],
  ['purposeId', 'Purpose id'],
  ['basis', 'Legal basis'],
  ['item', 'Item'],
  ['itemId', 'Item id'],
  ['class', 'Class'],
  ['requirement', 'Required or optional'],
  ['subjects', 'Data subjects'],
  ['recipients', 'Recipients (third parties)'],
  ['processors', 'Processors'],
  ['overseas', 'Transfers abroad (country)'],
  ['retention', 'Retention'],
  ['security', 'Security measures'],
  ['collectedAt', 'Code: collected at'],
  ['storedAt', 'Code: stored at'],
  ['sentAt', 'Code: sent at'],
];

const TODO = 'TODO: not filled in';

export function recordRows(manifest: ManifestData, inventory: readonly InventoryRow[], gaps: readonly ReportGap[]): RecordRow[] {
  const todos = gaps.filter((g) => g.code === 'gap/todo').map((g) => g.path);
  const under = (key: string) => todos.some((p) => key === p || key.startsWith(`${p}.`) || key.startsWith(`${p}[`));
  const list = <T>(x: T[] | 'unspecified' | undefined): T[] => (Array.isArray(x) ? x : []);
  const join = (xs: readonly string[]) => [...new Set(xs)].join('; ');
  const places = (ps: readonly Place[]) => join(ps.map((p) => `${p.file}:${p.line}`));
  const out: RecordRow[] = [];
  (manifest.purposes ?? []).forEach((p, pi) => {
    const key = `purposes[${pi}]`;
    const requirement: Array<[string, 'required' | 'optional']> = [
      ...(p.items.required ?? []).map((i) => [i, 'required'] as [string, 'required']),
      ...(p.items.optional ?? []).map((i) => [i, 'optional'] as [string, 'optional']),
    ];
    for (const [id, req] of requirement) {
      const item = manifest.dataItems.find((d) => d.id === id);
      const itemIndex = manifest.dataItems.findIndex((d) => d.id === id);
      const row = inventory.find((r) => r.id === id);
      const tagged = (value: string, k: string) => (under(k) ? TODO : value);
      const recipients = list(manifest.recipients).map((r, i) => ({ r, i })).filter(({ r }) => r.items.includes(id));
      const processors = list(manifest.processors).map((r, i) => ({ r, i })).filter(({ r }) => r.items.includes(id));
      const overseas = list(manifest.overseasTransfers).map((t, i) => ({ t, i })).filter(({ t }) => t.items.includes(id));
      const partyName = (to: string) => [...list(manifest.recipients), ...list(manifest.processors)].find((x) => x.id === to)?.name ?? to;
      const retention = (manifest.retention ?? []).map((r, i) => ({ r, i })).filter(({ r }) => r.items.includes(id));
      const enc = manifest.security?.encryptAtRest;
      const security = [
        ...(item && enc && (enc.classes?.includes(item.class) || (item.kind && enc.kinds?.includes(item.kind)) || enc.items?.includes(id)) ? ['encrypted at rest'] : []),
        ...(item && (item.class === 'credential' || item.kind === 'password') && manifest.security?.passwordHash ? [`one-way hash (${manifest.security.passwordHash.accept.join(', ')})`] : []),
        ...(manifest.security?.transport?.requireTls ? ['TLS in transit'] : []),
      ];
      out.push({
        purposeId: p.id,
        purpose: tagged(p.label ?? p.id, `${key}.label`),
        basis: tagged(`${p.basis}${p.statute ? ` (${p.statute})` : ''}`, `${key}.basis`),
        itemId: id,
        item: item?.label ?? id,
        class: item ? tagged(item.class, `dataItems[${itemIndex}].class`) : 'not declared',
        requirement: req,
        subjects: join(p.subjects ?? item?.subjects ?? manifest.controller.subjects ?? []),
        recipients: under('recipients') ? TODO : join(recipients.map(({ r, i }) => (under(`recipients[${i}]`) ? TODO : r.name))),
        processors: under('processors') ? TODO : join(processors.map(({ r, i }) => (under(`processors[${i}]`) || under(`processors[${i}].items`) ? TODO : r.name))),
        overseas: under('overseasTransfers') ? TODO : join(overseas.map(({ t, i }) => (under(`overseasTransfers[${i}]`) ? TODO : `${partyName(t.to)} (${t.country})`))),
        retention: under('retention') ? TODO : join(retention.map(({ r, i }) => (under(`retention[${i}]`) ? TODO : `${r.id}: ${periodWords(r.end)}${r.statute ? ` (${r.statute})` : ''}`))),
        security: under('security') ? TODO : join(security),
        collectedAt: places(row?.collectedAt ?? []),
        storedAt: places((row?.stores ?? []).map((s) => s.at)),
        sentAt: places((row?.parties ?? []).map((s) => s.at)),
      });
    }
  });
  return out;
}
