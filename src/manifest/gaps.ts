/**
 * Policy gaps: the manifest is valid, but the policy it transcribes has holes a regulator would ask
 * about. Each gap is a warning naming the article behind it, from the table of articles for the manifest's
 * jurisdictions (PIPA for KR, GDPR for EU, both when both; none while the jurisdictions are unspecified).
 * Every TODO mark left in the file is a gap too, at its own line.
 */
import type { KeyPath, ManifestDiagnostic } from './diagnostics.js';
import type { ManifestData, RetentionEnd } from './schema.js';
import type { ManifestSource } from './source.js';
import { durationInDays } from './duration.js';
import { effectiveHandling } from './items.js';
import { manifestTodos } from './todos.js';
import { cite, jurisdictionsOf, type Topic } from '../law/articles.js';

/** The topic of the table of articles (src/law/articles.ts) each gap cites. */
const TOPIC = {
  'no-retention': 'retention',
  'unspecified-retention': 'retention',
  'auto-not-declared': 'automatic',
  'sensitive-no-basis': 'sensitive',
  'unique-id-no-basis': 'uniqueId',
  'rrn-no-statute': 'rrn',
  'party-unrecognisable': 'partyUnrecognisable',
  'no-officer-contact': 'officer',
  'no-purpose': 'purpose',
  'processors-unspecified': 'processorsUnspecified',
  'recipients-unspecified': 'recipientsUnspecified',
  'overseas-unspecified': 'overseasUnspecified',
  'overseas-undeclared': 'overseas',
  'access-log-short': 'accessLog',
  'children-unspecified': 'children',
  'unspecified-basis': 'basis',
  'jurisdictions-unspecified': undefined,
  todo: undefined,
} as const satisfies Record<string, Topic | undefined>;
export type GapCode = keyof typeof TOPIC;

export function policyGaps(m: ManifestData, source: ManifestSource): ManifestDiagnostic[] {
  const jurisdictions = jurisdictionsOf(m.controller.jurisdictions);
  const controllerCountry = jurisdictions[0] === 'KR' ? 'KR' : undefined;
  const out: ManifestDiagnostic[] = [];
  const gap = (code: GapCode, path: KeyPath, message: string, at = source.positionOf(path)) => {
    const topic = TOPIC[code];
    const article = topic ? cite(topic, jurisdictions) : '';
    out.push({ severity: 'warning', file: source.file, ...at, path, message, code: `gap/${code}`, ...(article ? { article } : {}) });
  };

  // Every question left open (a "# TODO:" that init wrote, or that a person added) is a gap until answered.
  for (const todo of manifestTodos(source)) {
    gap('todo', todo.path, `TODO: ${todo.text || 'an open question'} (answer it, then delete the TODO mark)`, { line: todo.line, column: todo.column });
  }
  if (m.controller.jurisdictions === 'unspecified') {
    gap('jurisdictions-unspecified', ['controller', 'jurisdictions'],
      'the policy does not say which law it is under: set KR, EU and/or US-CA; until then no finding, gap or draft cites an article, and overseas transfers are not judged');
  }

  const retained = new Set((m.retention ?? []).flatMap((r) => r.items));
  const purposed = new Set((m.purposes ?? []).flatMap((p) => [...(p.items.required ?? []), ...(p.items.optional ?? [])]));
  const automatic = new Set(m.automaticCollection?.items ?? []);

  m.dataItems.forEach((item, i) => {
    const at = ['dataItems', i];
    const handling = effectiveHandling(item);
    if (!retained.has(item.id) && handling === 'stored') {
      gap('no-retention', at, `"${item.id}" has no retention rule: the policy must say how long it is kept and when it is destroyed`);
    }
    if (!purposed.has(item.id) && handling !== 'never') {
      gap('no-purpose', at, `"${item.id}" is collected by no purpose: list it under a purpose's items, or remove it`);
    }
    if (item.class === 'auto_collected' && !automatic.has(item.id)) {
      gap('auto-not-declared', at, `"${item.id}" is collected automatically but automaticCollection.items does not list it, so the policy does not tell users how to refuse it`);
    }
    if (item.class === 'sensitive' || item.class === 'unique_identifier') {
      const uses = (m.purposes ?? []).filter((p) => [...(p.items.required ?? []), ...(p.items.optional ?? [])].includes(item.id));
      const unbacked = uses.filter((p) => !p.consent?.separate && !p.statute);
      if (item.kind === 'kr.rrn' && uses.some((p) => !p.statute)) {
        gap('rrn-no-statute', at, `"${item.id}" is a resident registration number processed without a statute that requires it; consent is not enough (name the statute, or stop collecting it)`);
      } else if (unbacked.length > 0) {
        const names = unbacked.map((p) => `"${p.id}"`).join(', ');
        const what = item.class === 'sensitive' ? 'sensitive information' : 'a unique identifier';
        gap(item.class === 'sensitive' ? 'sensitive-no-basis' : 'unique-id-no-basis', at,
          `"${item.id}" is ${what}, but purpose ${names} has neither separate consent (consent.separate: true) nor a statute`);
      }
    }
  });

  (m.purposes ?? []).forEach((p, i) => {
    if (p.basis === 'unspecified') {
      gap('unspecified-basis', ['purposes', i, 'basis'], `purpose "${p.id}" has basis: unspecified: state the legal basis (consent, contract, legal_obligation, …) on which it processes its items`);
    }
  });

  (m.retention ?? []).forEach((r, i) => {
    if (endIsUnspecified(r.end)) {
      gap('unspecified-retention', ['retention', i, 'end'], `retention "${r.id}" has end: unspecified, so ${r.items.map((x) => `"${x}"`).join(', ')} may be kept indefinitely; state the period or the event that ends it`);
    }
  });

  for (const section of ['recipients', 'processors'] as const) {
    const parties = m[section];
    if (parties === 'unspecified') {
      gap(section === 'processors' ? 'processors-unspecified' : 'recipients-unspecified', [section],
        section === 'processors'
          ? 'the policy says processing may be entrusted but names no consignee: name each processor and the work entrusted to it'
          : 'the policy says data may be provided to third parties but names no recipient: name each recipient, purpose and items');
      continue;
    }
    (parties ?? []).forEach((p, i) => {
      const r = p.recognise ?? {};
      const clues = [r.hosts, r.packages, r.calls, r.roles, r.env].some((x) => (x ?? []).length > 0);
      if (!clues) {
        gap('party-unrecognisable', [section, i], `"${p.id}" has nothing to recognise it by in code (recognise.hosts, packages, calls, roles or env), so transfers to it cannot be checked`);
      }
    });
  }
  if (m.overseasTransfers === 'unspecified') {
    gap('overseas-unspecified', ['overseasTransfers'], 'overseas transfers are unspecified: name the destination country, items, recipient and basis of each transfer');
  } else if (controllerCountry) {
    const declared = new Set((m.overseasTransfers ?? []).map((t) => t.to));
    for (const section of ['recipients', 'processors'] as const) {
      const parties = m[section];
      if (parties === 'unspecified') continue;
      (parties ?? []).forEach((p, i) => {
        if (p.country && p.country !== controllerCountry && !declared.has(p.id)) {
          gap('overseas-undeclared', [section, i, 'country'], `"${p.id}" is in ${p.country} but overseasTransfers has no entry for it`);
        }
      });
    }
  }

  const officers = m.officer ?? [];
  if (!officers.some((o) => (o.phone ?? '').trim() !== '' || (o.email ?? '').trim() !== '')) {
    gap('no-officer-contact', officers.length > 0 ? ['officer'] : [], 'no privacy officer has a phone number or email: the policy must say how to reach the officer');
  }

  const retainMin = m.security?.accessLog?.retainMin;
  if (retainMin !== undefined && durationInDays(retainMin) < 365) {
    gap('access-log-short', ['security', 'accessLog', 'retainMin'], `access records are kept ${retainMin}; the current standard asks at least 1 year (P1Y), 2 years for 50,000+ subjects, unique identifiers or sensitive information`);
  }
  if (m.children?.policy === 'unspecified') {
    gap('children-unspecified', ['children', 'policy'], `the policy does not say how it handles children under ${m.children.ageThreshold ?? 14}: state not_served or parental_consent`);
  }
  return out;
}

function endIsUnspecified(end: RetentionEnd): boolean {
  return end === 'unspecified';
}
