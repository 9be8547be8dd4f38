/**
 * privacy/no-personal-data-in-logs: a personal item reaching a logger or error tracker unmasked.
 * A thin adapter: the check (src/engine/checks/no-personal-data-in-logs.ts) decides; this reports its findings in the linted file.
 */
import { noPersonalDataInLogs as check } from '../../engine/checks/no-personal-data-in-logs.js';
import { createRule, docsOf, messages, optionsSchema, reportFindings, type MessageIds, type Options } from '../rule.js';

export default createRule<Options, MessageIds>({
  name: 'no-personal-data-in-logs',
  meta: {
    type: 'problem',
    docs: docsOf(check),
    messages,
    schema: optionsSchema,
    defaultOptions: [{}],
  },
  create: (context, options) => reportFindings(check, context, options),
});
