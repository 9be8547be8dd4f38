/**
 * privacy/no-plaintext-password: a credential stored, logged or sent without an accepted one-way hash (a weak hash has its own message).
 * A thin adapter: the check (src/engine/checks/no-plaintext-password.ts) decides; this reports its findings in the linted file.
 */
import { noPlaintextPassword as check } from '../../engine/checks/no-plaintext-password.js';
import { createRule, docsOf, messages, optionsSchema, reportFindings, type MessageIds, type Options } from '../rule.js';

export default createRule<Options, MessageIds>({
  name: 'no-plaintext-password',
  meta: {
    type: 'problem',
    docs: docsOf(check),
    messages,
    schema: optionsSchema,
    defaultOptions: [{}],
  },
  create: (context, options) => reportFindings(check, context, options),
});
