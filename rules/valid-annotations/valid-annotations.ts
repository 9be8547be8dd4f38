/**
 * valid-annotations: an annotation naming an item, event or retention rule the manifest does not have, a malformed
 * tag, or a `privacy-lint-disable-next-line` comment (or an ESLint directive naming a privacy rule) without the reason
 * that makes it a reviewed exception.
 */
import { didYouMean } from '../../src/manifest/suggest.js';
import { type CheckFinding, defineCheck } from '../../src/checks/check.js';

export const validAnnotations = defineCheck({
  name: 'valid-annotations',
  category: 'annotations',
  description: '@personal, @privacyEvent and @retention tags must name ids privacy.yaml declares.',
  severity: 'error',
  securitySeverity: 2.0,
  manifestKeys: ['dataItems[].id', 'events', 'retention[].id'],
  run(model, policy) {
    const m = policy.m;
    const known = {
      personal: { ids: m.dataItems.map((i) => i.id), what: 'data item', section: 'dataItems' },
      privacyEvent: { ids: Object.keys(m.events ?? {}), what: 'event', section: 'events' },
      retention: { ids: (m.retention ?? []).map((r) => r.id), what: 'retention rule', section: 'retention' },
    };
    const findings: CheckFinding[] = [];
    for (const a of model.annotations) {
      const k = known[a.tag];
      const base = { location: a.location, flow: [] };
      if (a.ids.length === 0) {
        findings.push({ ...base, dataItems: [], message: `@${a.tag} names no ${k.what}: write the id, e.g. @${a.tag} ${k.ids[0] ?? 'id'}.` });
        continue;
      }
      const unknown = a.ids.filter((id) => !k.ids.includes(id));
      for (const id of unknown) {
        findings.push({
          ...base,
          dataItems: a.tag === 'personal' ? [id] : [],
          message: `@${a.tag} ${id}: privacy.yaml has no ${k.what} "${id}"${didYouMean(id, k.ids)}. Fix the tag, or declare "${id}" under ${k.section}.`,
        });
      }
    }
    // ESLint's directives naming no rule (blanket ones, often on generated files) are not asked for a reason here.
    for (const s of model.suppressions.filter((x) => !x.reason && x.via !== 'eslint-enable' && (x.via === undefined || x.rules.length > 0))) {
      findings.push({
        location: s.location,
        dataItems: [],
        flow: [],
        message: s.via
          ? `${s.via} ${s.rules.join(', ')} needs a reason after " -- " (e.g. "-- reviewed with the privacy officer, ticket 123"): it is honoured, as ESLint honours it, but an exception without a reason is not a reviewed one.`
          : `privacy-lint-disable-next-line needs a reason after " -- " (e.g. "-- reviewed with the privacy officer, ticket 123"): an exception without one suppresses nothing.`,
      });
    }
    return findings;
  },
});

export default validAnnotations;
