import type { SinkSpec } from './types.js';

/**
 * Intercom's REST client (intercom-client v6+, one `…Client` class per resource): creating or updating a
 * contact, an event, a note, a message or a conversation sends its fields to Intercom. Finds, lists and
 * deletes send ids only. Then the Messenger in the browser and in React Native.
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
  // The Messenger: Intercom('boot', { user_id, name, email }), Intercom('update', { … }), Intercom('trackEvent', name, metadata)
  // on the snippet's global; @intercom/messenger-js-sdk's Intercom({ app_id, email }), boot, update, trackEvent; react-use-intercom's hook.
  { name: 'intercom.messenger', kind: 'transfer', party: 'intercom', packages: ['global:Intercom'], member: /^Intercom$/, data: 'all' },
  // `window.intercomSettings = { app_id, email, name }`: the snippet reads it at load and boots the Messenger with it
  { name: 'intercomSettings', kind: 'transfer', party: 'intercom', packages: ['global:intercomSettings'], member: /^intercomSettings$/, data: [0], assign: true },
  {
    name: 'intercom.messenger',
    kind: 'transfer',
    party: 'intercom',
    packages: ['@intercom/messenger-js-sdk', 'react-use-intercom'],
    member: /^(Intercom|boot|update|trackEvent)$/,
    data: 'all',
  },
  // React Native: Intercom.loginUserWithUserAttributes({ email, userId }), updateUser({ email, name, phone, customAttributes }), logEvent(name, metadata)
  {
    name: 'intercom.messenger',
    kind: 'transfer',
    party: 'intercom',
    packages: ['@intercom/intercom-react-native'],
    member: /^(loginUserWithUserAttributes|updateUser|logEvent|setUserHash)$/,
    data: 'all',
  },
];
