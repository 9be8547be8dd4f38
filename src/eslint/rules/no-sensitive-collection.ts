/**
 * privacy/no-sensitive-collection: a sensitive item or unique identifier stored or sent where privacy.yaml does not allow it.
 * A thin adapter: the check (src/engine/checks/no-sensitive-collection.ts) decides; this reports its findings in the linted file.
 */
import { noSensitiveCollection as check } from '../../engine/checks/no-sensitive-collection.js';
import { createRule, docsOf, messages, optionsSchema, reportFindings, type MessageIds, type Options } from '../rule.js';

export default createRule<Options, MessageIds>({
  name: 'no-sensitive-collection',
  meta: {
    type: 'problem',
    docs: docsOf(check),
    messages,
    schema: optionsSchema,
    defaultOptions: [{}],
  },
  create: (context, options) => reportFindings(check, context, options),
});
