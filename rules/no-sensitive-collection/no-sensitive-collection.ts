/**
 * no-sensitive-collection: a sensitive or unique-identifier item stored or sent where the manifest does not
 * allow it: not collected by a purpose, no separate consent or statute, `handling: never`, or
 * `transit_only` reaching a sink outside `allowedSinks`.
 */
import { atSink, type CheckFinding, defineCheck, describeLabel, sinkPhrase } from '../../src/checks/check.js';

export const noSensitiveCollection = defineCheck({
  name: 'no-sensitive-collection',
  category: 'collection',
  description: 'Sensitive information and unique identifiers may be processed only as privacy.yaml allows: a purpose with separate consent or a statute, never when handling is never, and transit_only items only towards their allowedSinks.',
  severity: 'error',
  securitySeverity: 7.5,
  manifestKeys: ['dataItems[].class', 'dataItems[].handling', 'dataItems[].allowedSinks', 'purposes[].consent.separate', 'purposes[].statute'],
  run(model, policy) {
    const findings: CheckFinding[] = [];
    for (const flow of model.flows) {
      if (flow.sink.kind !== 'storage' && flow.sink.kind !== 'client-storage' && flow.sink.kind !== 'transfer') continue;
      const reasons: string[] = [];
      const broken = flow.labels.filter((l) => {
        const cls = policy.classOf(l.item);
        if (cls !== 'sensitive' && cls !== 'unique_identifier') return false;
        const what = cls === 'sensitive' ? `sensitive information${policy.citeAfter('sensitiveItem')}` : `a unique identifier${policy.citeAfter('uniqueIdItem')}`;
        const handling = policy.handling(l.item);
        if (handling === 'never') return reasons.push(`${describeLabel(l)} is ${what} that privacy.yaml says is never processed (handling: never)`) > 0;
        if (handling === 'transit_only') {
          if (flow.sink.kind !== 'transfer') return reasons.push(`${describeLabel(l)} may only pass through (handling: transit_only) but is stored`) > 0;
          if (flow.sink.firstParty) return false;
          const party = policy.destination(flow.sink).declared?.id;
          const allowed = policy.item(l.item)?.allowedSinks ?? [];
          if (!party || !allowed.includes(party)) return reasons.push(`${describeLabel(l)} may only pass through to ${allowed.join(', ') || 'no one'} (allowedSinks), not to ${flow.sink.host ?? flow.sink.package ?? 'this destination'}`) > 0;
          return false;
        }
        if (!policy.isPurposed(l.item)) return reasons.push(`${describeLabel(l)} is ${what} that no purpose collects`) > 0;
        if (!policy.hasSpecialBasis(l.item)) return reasons.push(`${describeLabel(l)} is ${what} collected without separate consent or a statute`) > 0;
        return false;
      });
      if (broken.length === 0) continue;
      findings.push(atSink(flow, broken, `${reasons.join('; ')}; it is ${sinkPhrase(flow.sink.kind, flow.sink.name, flow.sink.host)}. Give its purpose consent.separate: true or the statute that requires it, or stop collecting it.`));
    }
    return findings;
  },
});

export default noSensitiveCollection;
