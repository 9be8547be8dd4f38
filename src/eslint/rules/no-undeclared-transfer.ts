/**
 * privacy/no-undeclared-transfer: a personal item sent to a third party privacy.yaml does not declare for it.
 * A thin adapter: the check (src/engine/checks/no-undeclared-transfer.ts) decides; this reports its findings in the linted file.
 */
import { noUndeclaredTransfer as check } from '../../engine/checks/no-undeclared-transfer.js';
import { createRule, docsOf, messages, optionsSchema, reportFindings, type MessageIds, type Options } from '../rule.js';

export default createRule<Options, MessageIds>({
  name: 'no-undeclared-transfer',
  meta: {
    type: 'problem',
    docs: docsOf(check),
    messages,
    schema: optionsSchema,
    defaultOptions: [{}],
  },
  create: (context, options) => reportFindings(check, context, options),
});
