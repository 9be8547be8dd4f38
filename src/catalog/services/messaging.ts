import type { ServiceSpec } from './types.js';

/**
 * Chat, bots, realtime messaging and notification infrastructure. Slack and Amazon SNS are in parties.ts (Slack's
 * calls in sinks/sdks.ts). A message posted to a chat or pushed through a realtime channel is a transfer to its
 * operator; connecting or subscribing by id is not.
 */
export const MESSAGING: readonly ServiceSpec[] = [
  {
    id: 'slack',
    name: 'Slack',
    company: 'Slack Technologies, LLC',
    country: 'US',
    category: 'messaging',
    packages: ['@slack/webhook', '@slack/web-api', '@slack/bolt'],
    hosts: ['hooks.slack.com', 'slack.com'],
    calls: [
      // client.chat.postMessage({ channel, text, blocks }), chat.update(…), chat.scheduleMessage(…), files.uploadV2({ content })
      { packages: ['@slack/web-api', '@slack/bolt'], members: ['postMessage', 'postEphemeral', 'scheduleMessage', 'update', 'uploadV2', 'meMessage'], data: [0] },
      // new IncomingWebhook(url).send({ text })
      { packages: ['@slack/webhook'], members: ['send'], data: [0] },
    ],
  },
  {
    id: 'discord',
    name: 'Discord',
    company: 'Discord Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['discord.js', '@discordjs/rest', '@discordjs/core', 'discord-interactions'],
    hosts: ['discord.com', 'discordapp.com', '*.discord.com', '*.discordapp.com'],
    calls: [
      // channel.send(content | { content, embeds }), webhookClient.send({ content }), user.send(…), interaction.reply({ content })
      { packages: ['discord.js'], members: ['send', 'reply', 'editReply', 'followUp', 'edit'], data: 'all' },
    ],
  },
  {
    id: 'telegram',
    name: 'Telegram Bot API',
    company: 'Telegram Messenger Inc.',
    country: 'AE',
    category: 'messaging',
    packages: ['node-telegram-bot-api', 'telegraf', 'grammy', 'telegram'],
    hosts: ['api.telegram.org'],
    calls: [
      // bot.sendMessage(chatId, text), bot.api.sendMessage(chatId, text), ctx.reply(text), sendContact(chatId, phone, firstName)
      {
        packages: ['node-telegram-bot-api', 'telegraf', 'grammy'],
        members: ['sendMessage', 'sendPhoto', 'sendDocument', 'sendContact', 'sendLocation', 'sendVenue', 'reply', 'replyWithHTML', 'replyWithMarkdown', 'replyWithMarkdownV2', 'editMessageText'],
        data: 'all',
      },
    ],
  },
  {
    id: 'microsoft_teams',
    name: 'Microsoft Teams and Bot Framework',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'messaging',
    packages: ['botbuilder', '@microsoft/teams-ai', '@microsoft/teams-js', '@microsoft/teams.apps'],
    hosts: ['*.webhook.office.com', 'smba.trafficmanager.net', '*.botframework.com'],
    calls: [
      // context.sendActivity('text' | activity), sendActivities([…])
      { packages: ['botbuilder', 'botbuilder-core', '@microsoft/teams-ai'], members: ['sendActivity', 'sendActivities', 'updateActivity'], data: [0] },
    ],
  },
  {
    id: 'whatsapp',
    name: 'WhatsApp Business Platform (Cloud API)',
    company: 'WhatsApp LLC (Meta Platforms, Inc.)',
    country: 'US',
    category: 'messaging',
    // The Cloud API is served from graph.facebook.com, which `meta` names.
    packages: ['whatsapp'],
    hosts: [],
    calls: [
      // wa.messages.text({ body }, recipient), template(…, recipient), image / document / location / contacts / interactive
      { members: ['text', 'template', 'image', 'document', 'audio', 'video', 'location', 'contacts', 'interactive', 'sticker'], data: 'all' },
    ],
  },
  {
    id: 'line',
    name: 'LINE Messaging API and LINE Login',
    company: 'LY Corporation',
    country: 'JP',
    category: 'messaging',
    packages: ['@line/bot-sdk', '@line/liff'],
    hosts: ['api.line.me', 'api-data.line.me', 'access.line.me'],
    calls: [
      // client.pushMessage({ to, messages }), replyMessage({ replyToken, messages }), multicast, broadcast (positional before v8)
      { packages: ['@line/bot-sdk'], members: ['pushMessage', 'replyMessage', 'multicast', 'broadcast', 'narrowcast'], data: 'all' },
    ],
  },
  {
    id: 'sendbird',
    name: 'Sendbird',
    company: 'Sendbird, Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['@sendbird/chat', 'sendbird', '@sendbird/uikit-react', '@sendbird/uikit-react-native', 'sendbird-platform-sdk'],
    hosts: ['*.sendbird.com'],
    calls: [
      // channel.sendUserMessage({ message, data }), sendFileMessage(…), sb.updateCurrentUserInfo({ nickname, profileUrl })
      { packages: ['@sendbird/chat', 'sendbird'], members: ['sendUserMessage', 'sendFileMessage', 'updateUserMessage', 'updateCurrentUserInfo', 'createMetaData', 'updateMetaData'], data: 'all' },
    ],
  },
  {
    id: 'stream',
    name: 'Stream (Chat, Feeds, Video)',
    company: 'Stream.io, Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['stream-chat', 'stream-chat-react', 'stream-chat-react-native', 'getstream', '@stream-io/node-sdk', '@stream-io/video-react-sdk'],
    hosts: ['*.stream-io-api.com', '*.getstream.io'],
    calls: [
      // client.connectUser({ id, name, email }, token), upsertUser(s), partialUpdateUser({ id, set }), channel.sendMessage({ text })
      {
        packages: ['stream-chat', 'getstream', '@stream-io/node-sdk'],
        members: ['connectUser', 'upsertUser', 'upsertUsers', 'partialUpdateUser', 'partialUpdateUsers', 'sendMessage', 'updateMessage', 'addActivity', 'addActivities', 'updateUsers'],
        data: 'all',
      },
    ],
  },
  {
    id: 'pusher',
    name: 'Pusher Channels',
    company: 'Pusher Ltd. (Bird)',
    country: 'GB',
    category: 'messaging',
    packages: ['pusher', 'pusher-js'],
    hosts: ['*.pusher.com', '*.pusherapp.com'],
    calls: [
      // pusher.trigger(channel, event, data), triggerBatch([{ channel, name, data }]), sendToUser(userId, event, data)
      { members: ['trigger', 'triggerBatch', 'sendToUser'], data: 'all' },
    ],
  },
  {
    id: 'ably',
    name: 'Ably',
    company: 'Ably Realtime Ltd.',
    country: 'GB',
    category: 'messaging',
    packages: ['ably', '@ably/chat', '@ably-labs/react-hooks'],
    hosts: ['*.ably.io', '*.ably-realtime.com', '*.ably.net'],
    calls: [
      // channel.publish(name, data), presence.enter(data), presence.update(data), enterClient(clientId, data)
      { packages: ['ably', '@ably/chat'], members: ['publish', 'enter', 'update', 'enterClient', 'updateClient', 'send'], data: 'all' },
    ],
  },
  {
    id: 'pubnub',
    name: 'PubNub',
    company: 'PubNub Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['pubnub', 'pubnub-react'],
    hosts: ['*.pubnub.com', '*.pndsn.com', '*.pubnubapi.com'],
    calls: [
      // pubnub.publish({ channel, message }), signal(…), fire(…), objects.setUUIDMetadata({ data: { name, email } })
      { packages: ['pubnub'], members: ['publish', 'signal', 'fire', 'sendFile', 'setUUIDMetadata', 'setChannelMetadata', 'setMemberships'], data: 'all' },
    ],
  },
  {
    id: 'cometchat',
    name: 'CometChat',
    company: 'CometChat Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['@cometchat/chat-sdk-javascript', '@cometchat/chat-uikit-react', '@cometchat-pro/chat'],
    hosts: ['*.cometchat.io', '*.cometchat.com'],
    calls: [
      // CometChat.sendMessage(new CometChat.TextMessage(receiver, text, type)), createUser(user, authKey), updateUser(user, authKey)
      { packages: ['@cometchat/chat-sdk-javascript', '@cometchat-pro/chat'], members: ['sendMessage', 'sendMediaMessage', 'sendCustomMessage', 'createUser', 'updateUser', 'updateCurrentUserDetails'], data: [0] },
    ],
  },
  {
    id: 'knock',
    name: 'Knock',
    company: 'Knock Labs, Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['@knocklabs/node', '@knocklabs/client', '@knocklabs/react'],
    hosts: ['api.knock.app', '*.knock.app'],
    calls: [
      // knock.workflows.trigger(key, { recipients: [{ id, email, name }], data }), users.identify / update(id, { email, name, phone_number })
      { packages: ['@knocklabs/node'], members: ['trigger', 'identify', 'update', 'bulkIdentify', 'setPreferences'], data: 'all' },
    ],
  },
  {
    id: 'novu',
    name: 'Novu Cloud',
    company: 'Novu Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['@novu/node', '@novu/api', '@novu/react', '@novu/framework'],
    hosts: ['api.novu.co', 'eu.api.novu.co', '*.novu.co'],
    calls: [
      // novu.trigger(workflowId, { to: { subscriberId, email, phone }, payload }) / trigger({ workflowId, to, payload }),
      // subscribers.identify(id, { email, firstName }), subscribers.create({ … })
      { packages: ['@novu/node', '@novu/api'], members: ['trigger', 'bulkTrigger', 'broadcast', 'identify', 'create', 'update', 'bulkCreate'], data: 'all' },
    ],
  },
  {
    id: 'courier',
    name: 'Courier',
    company: 'Trycourier Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['@trycourier/courier', '@trycourier/react-provider'],
    hosts: ['api.courier.com'],
    calls: [
      // courier.send({ message: { to: { email, phone_number }, content, data } }), profiles.create(userId, { profile })
      { packages: ['@trycourier/courier'], members: ['send', 'create', 'replace', 'mergeProfile', 'replaceProfile'], data: 'all' },
    ],
  },
  {
    id: 'livekit_cloud',
    name: 'LiveKit Cloud',
    company: 'LiveKit, Inc.',
    country: 'US',
    category: 'messaging',
    packages: ['livekit-server-sdk', 'livekit-client', '@livekit/components-react'],
    hosts: ['*.livekit.cloud'],
    calls: [
      // localParticipant.publishData(bytes), sendText(text); roomService.sendData(room, data), updateParticipant(room, identity, metadata)
      { members: ['publishData', 'sendText', 'sendData', 'updateParticipant', 'setMetadata', 'setAttributes'], data: 'all' },
    ],
  },
  {
    id: 'google_chat',
    name: 'Google Chat',
    company: 'Google LLC',
    country: 'US',
    category: 'messaging',
    // Incoming webhooks and the Chat API; googleapis' chat.spaces.messages.create goes here.
    packages: ['@googleapis/chat', '@google-apps/chat'],
    hosts: ['chat.googleapis.com'],
  },
  {
    id: 'nhn_cloud_kakao',
    name: 'NHN Cloud KakaoTalk Bizmessage (AlimTalk, FriendTalk)',
    company: 'NHN Cloud Corp.',
    country: 'KR',
    category: 'messaging',
    packages: [],
    hosts: ['api-alimtalk.cloud.toast.com'],
  },
  {
    id: 'naver_works',
    name: 'NAVER WORKS',
    company: 'NAVER Cloud Corp.',
    country: 'KR',
    category: 'messaging',
    packages: [],
    hosts: ['www.worksapis.com', '*.worksapis.com', 'auth.worksmobile.com'],
  },
  {
    id: 'jandi',
    name: 'JANDI',
    company: 'Toss Lab, Inc.',
    country: 'KR',
    category: 'messaging',
    // Incoming webhooks: POST https://wh.jandi.com/connect-api/webhook/…
    packages: [],
    hosts: ['wh.jandi.com'],
  },
  {
    id: 'dooray',
    name: 'NHN Dooray!',
    company: 'NHN Dooray Corp.',
    country: 'KR',
    category: 'messaging',
    packages: [],
    hosts: ['hook.dooray.com', '*.dooray.com'],
  },
  {
    id: 'kakao_work',
    name: 'Kakao Work',
    company: 'Kakao Enterprise Corp.',
    country: 'KR',
    category: 'messaging',
    packages: [],
    hosts: ['api.kakaowork.com'],
  },
];
