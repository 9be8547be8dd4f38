/** no-undeclared-collection: an ordinary personal item stored or sent that no purpose lists. */
import { atSink, defineCheck, describeLabel, sinkPhrase } from '../../src/checks/check.js';
import { listOf } from '../../src/words.js';

const SPECIAL = new Set(['sensitive', 'unique_identifier']);

export const noUndeclaredCollection = defineCheck({
  name: 'no-undeclared-collection',
  category: 'collection',
  description: 'Every personal item the code stores or sends must be collected by a purpose in privacy.yaml.',
  severity: 'error',
  securitySeverity: 5.0,
  manifestKeys: ['dataItems', 'purposes[].items'],
  run(model, policy) {
    return model.flows
      .filter((f) => f.sink.kind === 'storage' || f.sink.kind === 'transfer')
      .flatMap((flow) => {
        const undeclared = flow.labels.filter((l) => !SPECIAL.has(policy.classOf(l.item) ?? '') && !policy.isPurposed(l.item) && policy.handling(l.item) !== 'never');
        if (undeclared.length === 0) return [];
        return [atSink(flow, undeclared, `${listOf(undeclared.map(describeLabel))} is ${sinkPhrase(flow.sink.kind, flow.sink.name, flow.sink.firstParty ? 'the service\'s own API' : flow.sink.host)}, but no purpose in privacy.yaml collects it. List it under a purpose's items${policy.citeAfter('collection')} or stop collecting it.`)];
      });
  },
});

export default noUndeclaredCollection;
