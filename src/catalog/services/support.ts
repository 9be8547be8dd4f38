import type { ServiceSpec } from './types.js';

/**
 * Help desks, live chat widgets, feedback and forms. Intercom and Channel Talk are in parties.ts (their calls in
 * sinks/intercom.ts and sinks/sdks.ts). Chat widgets are browser globals: identifying the visitor (`Beacon('identify',
 * { email })`, `Tawk_API.setAttributes({ name, email })`) sends the user's data to the vendor.
 */
export const SUPPORT: readonly ServiceSpec[] = [
  {
    id: 'intercom',
    name: 'Intercom',
    company: 'Intercom R&D Unlimited Company / Intercom, Inc.',
    country: 'US',
    category: 'support',
    // The REST client's calls (intercom-client) are in sinks/intercom.ts.
    packages: ['@intercom/messenger-js-sdk', '@intercom/intercom-react-native', 'intercom-client', 'react-use-intercom'],
    hosts: ['*.intercom.io', '*.intercomcdn.com'],
    calls: [
      // the Messenger snippet: Intercom('boot', { user_id, name, email }), Intercom('update', { … }), Intercom('trackEvent', name, metadata).
      // `window.intercomSettings = { … }`, read by the snippet at load, is an assignment: not a call the catalog can list.
      { packages: ['global:Intercom'], members: ['Intercom'], data: 'all' },
      // @intercom/messenger-js-sdk: Intercom({ app_id, email }), boot(…), update(…), trackEvent(name, metadata); react-use-intercom's hook
      { packages: ['@intercom/messenger-js-sdk', 'react-use-intercom'], members: ['Intercom', 'boot', 'update', 'trackEvent'], data: 'all' },
      // React Native: Intercom.loginUserWithUserAttributes({ email, userId }), updateUser({ email, name, phone }), logEvent(name, metadata)
      { packages: ['@intercom/intercom-react-native'], members: ['loginUserWithUserAttributes', 'updateUser', 'logEvent'], data: 'all' },
    ],
  },
  {
    id: 'channel_talk',
    name: 'Channel Talk',
    company: 'Channel Corporation',
    country: 'KR',
    category: 'support',
    packages: ['@channel.io/channel-web-sdk-loader'],
    hosts: ['*.channel.io'],
    calls: [
      // ChannelService.boot({ pluginKey, memberId, profile: { name, email, mobileNumber } }), updateUser({ profile }), track(event, props)
      { packages: ['@channel.io/channel-web-sdk-loader'], members: ['boot', 'updateUser', 'track', 'addTags'], data: 'all' },
      // ChannelIO('boot', { … }), ChannelIO('updateUser', { profile }), ChannelIO('track', event, props)
      { packages: ['global:ChannelIO'], members: ['ChannelIO'], data: 'all' },
    ],
  },
  {
    id: 'zendesk',
    name: 'Zendesk',
    company: 'Zendesk, Inc.',
    country: 'US',
    category: 'support',
    packages: ['node-zendesk', 'zendesk-node-api', 'react-zendesk'],
    hosts: ['*.zendesk.com', '*.zdassets.com', '*.zopim.com', '*.zendesk.eu'],
    calls: [
      // client.users.create({ user: { name, email } }), users.createOrUpdate(…), tickets.create({ ticket: { requester, comment } }), tickets.update(id, …)
      { packages: ['node-zendesk', 'zendesk-node-api'], members: ['create', 'update', 'createOrUpdate', 'createMany', 'updateMany', 'createOrUpdateMany'], data: 'all' },
      // zE('webWidget', 'identify', { name, email }), zE('webWidget', 'prefill', { … }), zE('messenger:set', 'conversationFields', […])
      { packages: ['global:zE', 'react-zendesk'], members: ['zE'], data: 'all' },
    ],
  },
  {
    id: 'freshworks',
    name: 'Freshworks (Freshdesk, Freshchat)',
    company: 'Freshworks Inc.',
    country: 'US',
    category: 'support',
    packages: ['freshdesk-api'],
    hosts: ['*.freshdesk.com', '*.freshworks.com', '*.freshchat.com', '*.myfreshworks.com', '*.freshworksapi.com'],
    calls: [
      // freshdesk.createTicket({ name, email, subject, description }), createContact({ name, email, phone }), updateContact(id, { … })
      { packages: ['freshdesk-api'], members: ['createTicket', 'updateTicket', 'createContact', 'updateContact', 'createTicketWithAttachments'], data: 'all' },
      // FreshworksWidget('identify', 'ticketForm', { name, email }); window.fcWidget.user.setProperties({ … }), setEmail(…)
      { packages: ['global:FreshworksWidget'], members: ['FreshworksWidget'], data: 'all' },
      { packages: ['global:fcWidget'], members: ['setProperties', 'setEmail', 'setFirstName', 'setLastName', 'setPhone', 'setPhoneCountryCode', 'setExternalId', 'setMeta'], data: 'all' },
    ],
  },
  {
    id: 'crisp',
    name: 'Crisp',
    company: 'Crisp IM SAS',
    country: 'FR',
    category: 'support',
    packages: ['crisp-sdk-web', 'crisp-api', 'react-native-crisp-chat-sdk'],
    hosts: ['*.crisp.chat'],
    calls: [
      // Crisp.user.setEmail(email), setNickname(name), setPhone(phone), Crisp.session.setData({ … }), pushEvent(name, data), Crisp.message.send(type, content)
      { packages: ['crisp-sdk-web', 'react-native-crisp-chat-sdk'], members: ['setEmail', 'setNickname', 'setPhone', 'setAvatar', 'setCompany', 'setData', 'pushEvent', 'send', 'setUserEmail', 'setUserNickname', 'setUserPhone', 'setSessionString'], data: 'all' },
      // $crisp.push(['set', 'user:email', [email]])
      { packages: ['global:$crisp'], members: ['push'], data: 'all' },
      // CrispClient.website.addNewPeopleProfile(websiteId, { email, person }), updateConversationMetas(websiteId, sessionId, { email, nickname })
      { packages: ['crisp-api'], members: ['addNewPeopleProfile', 'updatePeopleProfile', 'savePeopleProfile', 'updateConversationMetas', 'sendMessageInConversation', 'addPeopleEvent'], data: 'all' },
    ],
  },
  {
    id: 'tawk_to',
    name: 'tawk.to',
    company: 'tawk.to Inc.',
    country: 'US',
    category: 'support',
    packages: ['@tawk.to/tawk-messenger-react'],
    hosts: ['*.tawk.to', 'embed.tawk.to'],
    calls: [
      // Tawk_API.setAttributes({ name, email, hash }, cb), addEvent(name, metadata, cb), addTags(tags), login({ userId, name, email })
      { packages: ['global:Tawk_API', '@tawk.to/tawk-messenger-react'], members: ['setAttributes', 'addEvent', 'addTags', 'login'], data: 'all' },
    ],
  },
  {
    id: 'drift',
    name: 'Drift',
    company: 'Salesloft, Inc. (Drift)',
    country: 'US',
    category: 'support',
    packages: [],
    hosts: ['*.drift.com', 'js.driftt.com', '*.driftt.com'],
    calls: [
      // drift.identify(userId, { email, name }), drift.api.setUserAttributes({ … }), drift.track(event, props)
      { packages: ['global:drift'], members: ['identify', 'setUserAttributes', 'track'], data: 'all' },
    ],
  },
  {
    id: 'livechat',
    name: 'LiveChat',
    company: 'Text S.A. (LiveChat)',
    country: 'US',
    category: 'support',
    packages: ['@livechat/widget-react', '@livechat/widget-core', '@livechat/widget-vue', '@livechat/customer-sdk'],
    hosts: ['*.livechatinc.com', '*.livechat.com', '*.livechatinc.net'],
    calls: [
      // LiveChatWidget.call('set_customer_email', email), call('set_customer_name', name), call('set_session_variables', { … })
      { packages: ['global:LiveChatWidget'], members: ['call'], data: 'all' },
      // customerSDK.updateCustomer({ name, email }), sendEvent({ chatId, event })
      { packages: ['@livechat/customer-sdk'], members: ['updateCustomer', 'setCustomerSessionFields', 'sendEvent', 'startChat'], data: 'all' },
    ],
  },
  {
    id: 'help_scout',
    name: 'Help Scout',
    company: 'Help Scout PBC',
    country: 'US',
    category: 'support',
    packages: [],
    hosts: ['*.helpscout.net', 'beaconapi.helpscout.net', 'api.helpscout.net'],
    calls: [
      // Beacon('identify', { name, email }), Beacon('prefill', { … }), Beacon('session-data', { … })
      { packages: ['global:Beacon'], members: ['Beacon'], data: 'all' },
    ],
  },
  {
    id: 'front',
    name: 'Front',
    company: 'FrontApp, Inc.',
    country: 'US',
    category: 'support',
    packages: [],
    hosts: ['api2.frontapp.com', '*.frontapp.com'],
    calls: [
      // FrontChat('init', { chatId, email, name, userHash }), FrontChat('identity', { … })
      { packages: ['global:FrontChat'], members: ['FrontChat'], data: 'all' },
    ],
  },
  {
    id: 'olark',
    name: 'Olark',
    company: 'Olark Live Chat, Inc.',
    country: 'US',
    category: 'support',
    packages: [],
    hosts: ['*.olark.com'],
    calls: [
      // olark('api.visitor.updateEmailAddress', { emailAddress }), olark('api.visitor.updateFullName', { fullName })
      { packages: ['global:olark'], members: ['olark'], data: 'all' },
    ],
  },
  {
    id: 'tidio',
    name: 'Tidio',
    company: 'Tidio LLC',
    country: 'US',
    category: 'support',
    packages: [],
    hosts: ['*.tidio.co', '*.tidiochat.com'],
    calls: [
      // tidioChatApi.setVisitorData({ email, name, phone }), setContactProperties({ … }), track(event), messageFromVisitor(text)
      { packages: ['global:tidioChatApi'], members: ['setVisitorData', 'setContactProperties', 'track', 'messageFromVisitor', 'messageFromOperator'], data: 'all' },
    ],
  },
  {
    id: 'chatwoot',
    name: 'Chatwoot Cloud',
    company: 'Chatwoot, Inc.',
    country: 'US',
    category: 'support',
    packages: [],
    hosts: ['app.chatwoot.com'],
    calls: [
      // window.$chatwoot.setUser(identifier, { email, name, phone_number }), setCustomAttributes({ … }), setConversationCustomAttributes({ … })
      { packages: ['global:$chatwoot'], members: ['setUser', 'setCustomAttributes', 'setConversationCustomAttributes', 'setLabel'], data: 'all' },
    ],
  },
  {
    id: 'canny',
    name: 'Canny',
    company: 'Canny Inc.',
    country: 'US',
    category: 'support',
    packages: [],
    hosts: ['canny.io', '*.canny.io'],
    calls: [
      // Canny('identify', { appID, user: { email, name, id } })
      { packages: ['global:Canny'], members: ['Canny'], data: 'all' },
    ],
  },
];
