import type { SinkSpec } from './types.js';

/**
 * Intercom's REST client (intercom-client v6+, one `…Client` class per resource): creating or updating a
 * contact, an event, a note, a message or a conversation sends its fields to Intercom. Finds, lists and
 * deletes send ids only.
 */
export const INTERCOM_SINKS: readonly SinkSpec[] = [
  {
    name: 'intercom',
    kind: 'transfer',
    party: 'intercom',
    packages: ['intercom-client'],
    member: /^(create|update|createOrUpdate|reply|mergeLeadInUser)$/,
    container: /^(Contacts|Events|Messages|Notes|Conversations|Companies|Visitors|Tickets)Client$/,
    data: [0],
  },
];
