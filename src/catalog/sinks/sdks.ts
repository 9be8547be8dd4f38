import type { SinkSpec } from './types.js';

/**
 * Third-party SDKs: calls that send their data argument to the vendor (kind 'transfer'). `party` is the
 * parties.ts id when the package says who receives it; AWS clients take theirs from the client package the
 * project imported (`@aws-sdk/client-ses` -> aws_ses), and nodemailer from the SMTP host of
 * `createTransport({ host })` (hosts.ts). Reads (retrieve, list, get) are not listed: they send ids only.
 */
export const SDK_SINKS: readonly SinkSpec[] = [
  // Analytics
  // Segment: the node client (track({ userId, event, properties })), the browser's AnalyticsBrowser (declared on
  // AnalyticsBuffered; untyped, the container is `load`), React Native, and the analytics.js snippet's window.analytics.
  // No container: the member names are specific to the packages; the browser signatures carry data after argument 0.
  {
    name: 'segment',
    kind: 'transfer',
    party: 'segment',
    packages: ['@segment/analytics-node', '@segment/analytics-next', '@segment/analytics-core', '@segment/analytics-react-native', 'analytics-node', 'global:analytics'],
    member: /^(track|identify|page|screen|group|alias)$/,
    data: 'all',
  },
  // PostHog: posthog-node capture({ distinctId, event, properties }); posthog-js capture(event, properties), identify(id, set, setOnce),
  // setPersonProperties(set, setOnce), group(type, key, props), register(superProperties) (sent with every event); the snippet's window.posthog
  {
    name: 'posthog',
    kind: 'transfer',
    party: 'posthog',
    packages: ['posthog-node', 'posthog-js', '@posthog/core', 'posthog-react-native', 'posthog-js-lite', 'global:posthog'],
    member: /^(capture|captureImmediate|captureException|identify|identifyImmediate|alias|groupIdentify|setPersonProperties|group|register|register_once)$/,
    data: 'all',
  },
  { name: 'mixpanel', kind: 'transfer', party: 'mixpanel', packages: ['mixpanel'], member: /^(track|track_batch|import|alias)$/, container: /^Mixpanel$/, data: 'all' },
  { name: 'mixpanel.people', kind: 'transfer', party: 'mixpanel', packages: ['mixpanel'], member: /^(set|set_once|union|append|track_charge)$/, container: /^People$/, data: 'all' },
  // mixpanel-browser / React Native / the snippet's window.mixpanel: track(event, props), identify(id), register(props), people.set(props), get_group(k, id).set(…)
  {
    name: 'mixpanel',
    kind: 'transfer',
    party: 'mixpanel',
    packages: ['mixpanel-browser', 'mixpanel-react-native', 'global:mixpanel'],
    member: /^(track|track_with_groups|identify|alias|register|register_once|set|set_once|union|append|track_charge|set_group|add_group)$/,
    data: 'all',
  },
  {
    name: 'amplitude',
    kind: 'transfer',
    party: 'amplitude',
    packages: ['@amplitude/analytics-node', '@amplitude/analytics-browser', '@amplitude/analytics-core', '@amplitude/analytics-react-native', '@amplitude/unified', 'amplitude-js', 'global:amplitude'],
    member: /^(track|logEvent|identify|groupIdentify|revenue|setUserId|setUserProperties|setGroup)$/,
    data: 'all',
  },
  // An Identify is built only to be sent by identify(): its setters are where user properties enter Amplitude
  { name: 'amplitude.Identify', kind: 'transfer', party: 'amplitude', packages: ['@amplitude/analytics-core', 'amplitude-js'], member: /^(set|setOnce|add|append|prepend|preInsert|postInsert)$/, container: /^Identify$/, data: [1] },

  // Meta: the pixel (fbq('init', id, { em, ph }), fbq('track', event, data)), react-facebook-pixel, the Conversions API's
  // UserData setters (built only to be sent), and the React Native SDK's app events
  { name: 'meta.pixel', kind: 'transfer', party: 'meta', packages: ['global:fbq'], member: /^fbq$/, data: 'all' },
  { name: 'meta.pixel', kind: 'transfer', party: 'meta', packages: ['react-facebook-pixel'], member: /^(init|track|trackCustom|trackSingle|trackSingleCustom|fbq)$/, data: 'all' },
  {
    name: 'meta.capi',
    kind: 'transfer',
    party: 'meta',
    packages: ['facebook-nodejs-business-sdk'],
    member: /^set(Emails?|Phones?|FirstNames?|LastNames?|DatesOfBirth|DateOfBirth|Genders?|Cit(y|ies)|States?|Zips?|Countr(y|ies)|ExternalIds?|ClientIpAddress|ClientUserAgent)$/,
    container: /^UserData$/,
    data: [0],
  },
  { name: 'meta.appEvents', kind: 'transfer', party: 'meta', packages: ['react-native-fbsdk-next'], member: /^(logEvent|logPurchase|setUserData|setUserID)$/, data: 'all' },

  // Payments: Stripe resources (customers, paymentIntents, checkout.sessions, …): create(params), update(id, params)
  { name: 'stripe', kind: 'transfer', party: 'stripe', packages: ['stripe'], member: /^(create|update|confirm)$/, container: /Resource$/, data: [0, 1] },
  {
    name: 'portone',
    kind: 'transfer',
    party: 'portone',
    packages: ['@portone/server-sdk'],
    member: /^(payWithBillingKey|payInstantly|preRegisterPayment|confirmPayment|registerStoreReceipt|applyEscrowLogistics|modifyEscrowLogistics|createPaymentSchedule|issueBillingKey|issueCashReceipt|sendIdentityVerification|confirmIdentityVerification)$/,
    container: /Client$/,
    data: [0],
  },
  // PortOne browser SDK (v2) and the iamport v1 snippet: the customer's name, phone and email go to the PG's payment window
  {
    name: 'portone',
    kind: 'transfer',
    party: 'portone',
    packages: ['@portone/browser-sdk', 'global:PortOne'],
    member: /^(requestPayment|requestIssueBillingKey|requestIssueBillingKeyAndPay|requestIdentityVerification|loadPaymentUI|loadIssueBillingKeyUI)$/,
    data: [0],
  },
  { name: 'iamport', kind: 'transfer', party: 'portone', packages: ['global:IMP', 'iamport-react-native'], member: /^(request_pay|certification)$/, data: [0] },
  // Stripe.js: billing details and card holder data sent from the browser
  {
    name: 'stripe.js',
    kind: 'transfer',
    party: 'stripe',
    packages: ['@stripe/stripe-js'],
    member: /^(confirmPayment|confirmSetup|confirmCardPayment|confirmCardSetup|createPaymentMethod|createToken|createConfirmationToken|handleNextAction)$/,
    data: 'all',
  },
  // Toss Payments: payment.requestPayment({ customerEmail, customerName, customerMobilePhone }); v1: requestPayment('카드', { customerName, … })
  {
    name: 'tosspayments',
    kind: 'transfer',
    party: 'toss_payments',
    packages: ['@tosspayments/tosspayments-sdk', '@tosspayments/payment-sdk', '@tosspayments/payment-widget-sdk', '@tosspayments/brandpay-sdk'],
    member: /^(requestPayment|requestBillingAuth)$/,
    data: [0, 1],
  },

  // Email and SMS
  { name: 'sendgrid', kind: 'transfer', party: 'sendgrid', packages: ['@sendgrid/mail'], member: /^(send|sendMultiple)$/, container: /^MailService$/, data: [0] },
  { name: 'mailgun', kind: 'transfer', party: 'mailgun', packages: ['mailgun.js'], member: /^create$/, container: /^IMessagesClient$/, data: [1] },
  { name: 'nodemailer', kind: 'transfer', packages: ['nodemailer'], member: /^sendMail$/, container: /^Mail$/, data: [0] },
  { name: 'twilio', kind: 'transfer', party: 'twilio', packages: ['twilio'], member: /^create$/, container: /^(MessageListInstance|CallListInstance|VerificationListInstance)$/, data: [0] },
  // SOLAPI / CoolSMS: messageService.sendOne({ to, from, text }), send(messages), sendMany([…])
  { name: 'solapi', kind: 'transfer', party: 'solapi', packages: ['solapi', 'coolsms-node-sdk'], member: /^(send|sendOne|sendOneFuture|sendMany|sendManyDetail)$/, data: 'all' },

  // Chat and support widgets
  // Slack: client.chat.postMessage({ channel, text, blocks }), chat.update(…), files.uploadV2(…); an incoming webhook's send({ text })
  { name: 'slack', kind: 'transfer', party: 'slack', packages: ['@slack/web-api', '@slack/bolt'], member: /^(postMessage|postEphemeral|scheduleMessage|update|uploadV2|meMessage)$/, data: [0] },
  { name: 'slack.webhook', kind: 'transfer', party: 'slack', packages: ['@slack/webhook'], member: /^send$/, data: [0] },
  // Channel Talk: ChannelService.boot({ pluginKey, memberId, profile: { name, email, mobileNumber } }), updateUser({ profile }), track(event, props); ChannelIO('boot', { … })
  { name: 'channeltalk', kind: 'transfer', party: 'channel_talk', packages: ['@channel.io/channel-web-sdk-loader'], member: /^(boot|updateUser|track|addTags)$/, data: 'all' },
  { name: 'channeltalk', kind: 'transfer', party: 'channel_talk', packages: ['global:ChannelIO'], member: /^ChannelIO$/, data: 'all' },
  // Kakao JavaScript SDK: Kakao.API.request({ url, data }) (profile updates, talk memos)
  { name: 'kakao', kind: 'transfer', party: 'kakao', packages: ['global:Kakao', 'kakao-js-sdk'], member: /^request$/, data: [{ arg: 0, field: 'data' }] },

  // AWS SDK v3: client.send(new SendEmailCommand(input)) (the command carries its input), and the aggregated clients
  { name: 'aws', kind: 'transfer', packages: ['@smithy/core', '@smithy/smithy-client'], member: /^send$/, container: /^Client$/, data: [0] },
  {
    name: 'aws',
    kind: 'transfer',
    packages: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2', '@aws-sdk/client-sns', '@aws-sdk/client-s3'],
    member: /^(sendEmail|sendRawEmail|sendTemplatedEmail|sendBulkTemplatedEmail|sendBulkEmail|publish|publishBatch|putObject)$/,
    data: [0],
  },

  // AI
  // OpenAI v4+: chat.completions.create / stream / parse, responses.create, embeddings, moderations, images.generate / edit,
  // audio transcriptions / translations / speech, files and uploads, the Assistants beta's threads and messages
  {
    name: 'openai',
    kind: 'transfer',
    party: 'openai',
    packages: ['openai'],
    member: /^(create|stream|parse|generate|edit|createAndPoll|createAndRun|createAndStream|createAndRunPoll|createAndRunStream)$/,
    container: /^(Completions|Responses|Embeddings|Moderations|Images|Transcriptions|Translations|Speech|Files|Uploads|Messages|Threads|Runs|Assistants|Conversations|Items)$/,
    data: [0],
  },
  // Untyped, the container is the client's class (`new OpenAI()`, `new AzureOpenAI()`)
  { name: 'openai', kind: 'transfer', party: 'openai', packages: ['openai'], member: /^(create|stream|parse|generate|edit|createAndPoll|createAndRun)$/, container: /^(OpenAI|AzureOpenAI)$/, data: [0] },
  // OpenAI v3: new OpenAIApi(configuration).createCompletion({ prompt }), createChatCompletion({ messages }), …
  {
    name: 'openai',
    kind: 'transfer',
    party: 'openai',
    packages: ['openai'],
    member: /^(createCompletion|createChatCompletion|createEmbedding|createEdit|createModeration|createImage|createImageEdit|createImageVariation|createTranscription|createTranslation|createFile)$/,
    data: 'all',
  },
  // LangChain's OpenAI models, untyped (typed, the call is declared in @langchain/core: the langchain service)
  { name: 'openai', kind: 'transfer', party: 'openai', packages: ['@langchain/openai'], member: /^(invoke|stream|batch|call|predict|generate|embedQuery|embedDocuments)$/, data: [0] },
  // Anthropic: messages.create({ system, messages }), messages.stream, messages.countTokens, messages.batches.create({ requests }), completions.create
  {
    name: 'anthropic',
    kind: 'transfer',
    party: 'anthropic',
    packages: ['@anthropic-ai/sdk'],
    member: /^(create|stream|countTokens|parse)$/,
    container: /^(Messages|Completions|Batches|Anthropic)$/,
    data: [0],
  },
  { name: 'anthropic', kind: 'transfer', party: 'anthropic', packages: ['@langchain/anthropic'], member: /^(invoke|stream|batch|call|predict|generate)$/, data: [0] },
];
