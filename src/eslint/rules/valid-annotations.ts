/**
 * privacy/valid-annotations: a @personal, @privacyEvent or @retention tag naming an id privacy.yaml does not have (reported at the tag).
 * A thin adapter: the check (src/engine/checks/valid-annotations.ts) decides; this reports its findings in the linted file.
 */
import { validAnnotations as check } from '../../engine/checks/valid-annotations.js';
import { createRule, docsOf, messages, optionsSchema, reportFindings, type MessageIds, type Options } from '../rule.js';

export default createRule<Options, MessageIds>({
  name: 'valid-annotations',
  meta: {
    type: 'problem',
    docs: docsOf(check),
    messages,
    schema: optionsSchema,
    defaultOptions: [{}],
  },
  create: (context, options) => reportFindings(check, context, options),
});
