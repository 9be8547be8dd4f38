/** require-encryption-at-rest: a unique identifier or financial item stored without encryption. */
import { atSink, defineCheck, describeLabel } from '../../src/checks/check.js';
import { listOf } from '../../src/words.js';

export const requireEncryptionAtRest = defineCheck({
  name: 'require-encryption-at-rest',
  category: 'security',
  description: 'Unique identifiers and financial data (or the items security.encryptAtRest lists) must be encrypted before they are stored.',
  severity: 'error',
  securitySeverity: 7.0,
  manifestKeys: ['dataItems[].class', 'security.encryptAtRest', 'security.encryptors'],
  run(model, policy) {
    return model.flows
      .filter((f) => f.sink.kind === 'storage' || f.sink.kind === 'client-storage')
      .flatMap((flow) => {
        const plain = flow.labels.filter((l) => policy.needsEncryption(l.item) && (!l.clean || l.clean.kind === 'weak-hash'));
        if (plain.length === 0) return [];
        const where = flow.sink.kind === 'client-storage' ? 'in the browser ' : '';
        return [atSink(flow, plain, `${listOf(plain.map(describeLabel))} is stored ${where}via ${flow.sink.name} without encryption, but privacy.yaml requires it encrypted at rest${policy.citeAfter('encryption')}. Encrypt it with a function listed in security.encryptors before storing it.`)];
      });
  },
});

export default requireEncryptionAtRest;
