/** no-plaintext-password: a credential reaching storage, a log, a response or a third party without an accepted one-way hash. */
import { atSink, type CheckFinding, defineCheck, describeLabel, sinkPhrase } from '../../src/checks/check.js';
import type { Clean, Label, Location } from '../../src/engine/model.js';
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
    const weakHash = (c: Clean | undefined) => c?.kind === 'weak-hash' || (c?.kind === 'hash' && !accept.includes(c.by));
    const findings: CheckFinding[] = [];
    const use = `Use ${listOf(accept, 'or')}.`;
    // Where a credential is hashed or encrypted (a `hash` sink): a weak hash or a cipher is reported at that call,
    // and the places of those calls are kept, so that the same value stored, logged or sent later is not reported again.
    const judged = new Set<string>();
    for (const flow of model.flows) {
      const how = flow.sink.hash;
      if (flow.sink.kind !== 'hash' || !how || (!weakHash(how) && how.kind !== 'encrypt')) continue;
      const creds = flow.labels.filter((l) => !l.clean && policy.classOf(l.item) === 'credential');
      if (creds.length === 0) continue;
      judged.add(place(flow.location));
      const what = listOf(creds.map(describeLabel));
      findings.push(
        atSink(
          flow,
          creds,
          how.kind === 'encrypt'
            ? `${what} is encrypted with ${how.by} via ${flow.sink.name}, but privacy.yaml classes it as a credential${policy.citeAfter('password')}: encryption can be undone by whoever holds the key, a password must be hashed one-way. Hash it with ${listOf(accept, 'or')} instead.`
            : `${what} is hashed with ${how.by} via ${flow.sink.name}, which security.passwordHash.accept does not accept: a fast or unsalted hash is cracked offline. ${use}`,
        ),
      );
    }
    const reported = (l: Label) => l.clean !== undefined && l.clean.kind !== 'mask' && l.steps.some((s) => judged.has(place(s.location)));
    for (const flow of model.flows) {
      if (flow.sink.kind === 'hash' || (flow.sink.kind === 'transfer' && flow.sink.firstParty)) continue;
      const creds = flow.labels.filter((l) => policy.classOf(l.item) === 'credential' && !reported(l));
      const plain = creds.filter((l) => !l.clean || l.clean.kind === 'encrypt' || (l.clean.kind === 'mask' && flow.sink.kind !== 'log'));
      const weak = creds.filter((l) => weakHash(l.clean));
      const where = sinkPhrase(flow.sink.kind, flow.sink.name, flow.sink.host);
      if (plain.length > 0) {
        findings.push(atSink(flow, plain, `${listOf(plain.map(describeLabel))} is ${where} without a one-way hash, but privacy.yaml classes it as a credential${policy.citeAfter('password')}. Hash it with ${listOf(accept, 'or')} before it leaves the request.`));
      }
      if (weak.length > 0) {
        const algs = [...new Set(weak.map((l) => l.clean!.by))];
        findings.push(atSink(flow, weak, `${listOf(weak.map(describeLabel))} is ${where} hashed with ${listOf(algs)}, which security.passwordHash.accept does not accept: a fast or unsalted hash is cracked offline. ${use}`));
      }
    }
    return findings;
  },
});

/** A call's place, as the steps of the values it made record it. */
function place(l: Location): string {
  return `${l.file}:${l.line}:${l.column}`;
}

export default noPlaintextPassword;
