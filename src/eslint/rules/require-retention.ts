/**
 * privacy/require-retention: a store of personal items with no deletion path matching its retention rules (reported at the store's declaration).
 * A thin adapter: the check (src/engine/checks/require-retention.ts) decides; this reports its findings in the linted file.
 */
import { requireRetention as check } from '../../engine/checks/require-retention.js';
import { createRule, docsOf, messages, optionsSchema, reportFindings, type MessageIds, type Options } from '../rule.js';

export default createRule<Options, MessageIds>({
  name: 'require-retention',
  meta: {
    type: 'problem',
    docs: docsOf(check),
    messages,
    schema: optionsSchema,
    defaultOptions: [{}],
  },
  create: (context, options) => reportFindings(check, context, options),
});
