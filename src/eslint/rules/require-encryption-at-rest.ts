/**
 * privacy/require-encryption-at-rest: a unique identifier or financial item stored without a declared encryptor.
 * A thin adapter: the check (src/engine/checks/require-encryption-at-rest.ts) decides; this reports its findings in the linted file.
 */
import { requireEncryptionAtRest as check } from '../../engine/checks/require-encryption-at-rest.js';
import { createRule, docsOf, messages, optionsSchema, reportFindings, type MessageIds, type Options } from '../rule.js';

export default createRule<Options, MessageIds>({
  name: 'require-encryption-at-rest',
  meta: {
    type: 'problem',
    docs: docsOf(check),
    messages,
    schema: optionsSchema,
    defaultOptions: [{}],
  },
  create: (context, options) => reportFindings(check, context, options),
});
