/** no-undeclared-transfer: personal data reaching a third party the manifest does not declare for it. */
import { atSink, type CheckFinding, defineCheck, describeLabel } from '../../src/checks/check.js';
import { listOf } from '../../src/words.js';

export const noUndeclaredTransfer = defineCheck({
  name: 'no-undeclared-transfer',
  category: 'transfer',
  description: 'Personal data may be sent only to recipients and processors privacy.yaml declares for those items, and abroad only as overseasTransfers says.',
  severity: 'error',
  securitySeverity: 6.5,
  manifestKeys: ['recipients', 'processors', 'overseasTransfers', 'controller.ownHosts'],
  run(model, policy) {
    const findings: CheckFinding[] = [];
    for (const flow of model.flows) {
      const thirdParty = (flow.sink.kind === 'transfer' && !flow.sink.firstParty) || flow.sink.thirdParty === true;
      if (!thirdParty) continue;
      const labels = flow.labels.filter((l) => l.clean?.kind !== 'mask');
      if (labels.length === 0) continue;
      const dest = policy.destination(flow.sink);
      if (dest.unresolved) continue;
      const what = (ls: typeof labels) => listOf(ls.map(describeLabel));
      const party = dest.declared;
      if (!party) {
        const who = dest.known ? `${dest.known.name} (${dest.label})` : dest.label;
        findings.push(atSink(flow, labels, `${what(labels)} is sent to ${who} via ${flow.sink.name}, but privacy.yaml declares no recipient or processor for it. Declare the vendor under processors${policy.citeAfter('consignment')} or recipients${policy.citeAfter('recipient')}, with recognise.hosts or packages, or stop sending it.`));
        continue;
      }
      const beyond = labels.filter((l) => !party.items.includes(l.item));
      if (beyond.length > 0) {
        findings.push(atSink(flow, beyond, `${what(beyond)} is sent to ${party.name} via ${flow.sink.name}, but privacy.yaml declares ${party.section}.${party.id} for ${listOf(party.items.map((i) => `\`${i}\``)) || 'no items'} only. Add the item to its items (and to the published policy), or stop sending it.`));
        continue;
      }
      const abroad = labels.filter((l) => !policy.overseasCovered(party, l.item));
      if (abroad.length > 0) {
        findings.push(atSink(flow, abroad, `${what(abroad)} is sent to ${party.name} in ${party.country ?? '?'} via ${flow.sink.name}, but overseasTransfers declares no transfer of it to ${party.id}${policy.citeAfter('overseas')}. Declare the overseas transfer (country, items, basis) or keep the data in ${policy.controllerCountry ?? 'the country of the service'}.`));
      }
    }
    return findings;
  },
});

export default noUndeclaredTransfer;
