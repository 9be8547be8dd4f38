/**
 * privacy/no-undeclared-collection: a personal item stored or sent that no purpose in privacy.yaml lists.
 * A thin adapter: the check (src/engine/checks/no-undeclared-collection.ts) decides; this reports its findings in the linted file.
 */
import { noUndeclaredCollection as check } from '../../engine/checks/no-undeclared-collection.js';
import { createRule, docsOf, messages, optionsSchema, reportFindings, type MessageIds, type Options } from '../rule.js';

export default createRule<Options, MessageIds>({
  name: 'no-undeclared-collection',
  meta: {
    type: 'problem',
    docs: docsOf(check),
    messages,
    schema: optionsSchema,
    defaultOptions: [{}],
  },
  create: (context, options) => reportFindings(check, context, options),
});
