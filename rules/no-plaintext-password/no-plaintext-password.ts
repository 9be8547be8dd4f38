/** no-plaintext-password: a credential reaching storage, a log, a response or a third party without an accepted one-way hash. */
import { atSink, type CheckFinding, defineCheck, describeLabel, sinkPhrase } from '../../src/checks/check.js';
import { listOf } from '../../src/words.js';

export const noPlaintextPassword = defineCheck({
  name: 'no-plaintext-password',
  category: 'security',
  description: 'Credentials must be stored, logged or sent only after an accepted one-way hash (bcrypt, argon2, scrypt, pbkdf2).',
  severity: 'error',
  securitySeverity: 8.0,
  manifestKeys: ['dataItems[].class: credential', 'security.passwordHash.accept'],
  run(model, policy) {
    const accept = policy.acceptedHashes();
    const findings: CheckFinding[] = [];
    for (const flow of model.flows) {
      if (flow.sink.kind === 'transfer' && flow.sink.firstParty) continue;
      const creds = flow.labels.filter((l) => policy.classOf(l.item) === 'credential');
      const plain = creds.filter((l) => !l.clean || l.clean.kind === 'encrypt' || (l.clean.kind === 'mask' && flow.sink.kind !== 'log'));
      const weak = creds.filter((l) => l.clean?.kind === 'weak-hash' || (l.clean?.kind === 'hash' && !accept.some((a) => l.clean!.by.startsWith(a.replace(/id$/, '')))));
      const where = sinkPhrase(flow.sink.kind, flow.sink.name, flow.sink.host);
      if (plain.length > 0) {
        findings.push(atSink(flow, plain, `${listOf(plain.map(describeLabel))} is ${where} without a one-way hash, but privacy.yaml classes it as a credential${policy.citeAfter('password')}. Hash it with ${listOf(accept, 'or')} before it leaves the request.`));
      }
      if (weak.length > 0) {
        const algs = [...new Set(weak.map((l) => l.clean!.by))];
        findings.push(atSink(flow, weak, `${listOf(weak.map(describeLabel))} is ${where} hashed with ${listOf(algs)}, which security.passwordHash.accept does not accept: a fast or unsalted hash is cracked offline. Use ${listOf(accept, 'or')}.`));
      }
    }
    return findings;
  },
});

export default noPlaintextPassword;
