import type { SinkSpec } from './types.js';

/**
 * Third-party SDKs: calls that send their data argument to the vendor (kind 'transfer'). `party` is the
 * parties.ts id when the package says who receives it; AWS clients take theirs from the client package the
 * project imported (`@aws-sdk/client-ses` -> aws_ses), and nodemailer from the SMTP host of
 * `createTransport({ host })` (hosts.ts). Reads (retrieve, list, get) are not listed: they send ids only.
 */
export const SDK_SINKS: readonly SinkSpec[] = [
  // Analytics
  { name: 'segment', kind: 'transfer', party: 'segment', packages: ['@segment/analytics-node', '@segment/analytics-next', '@segment/analytics-core'], member: /^(track|identify|page|screen|group|alias)$/, container: /Analytics$/, data: [0] },
  { name: 'posthog', kind: 'transfer', party: 'posthog', packages: ['posthog-node', 'posthog-js', '@posthog/core'], member: /^(capture|captureImmediate|identify|identifyImmediate|alias|groupIdentify)$/, container: /^PostHog/, data: [0] },
  { name: 'mixpanel', kind: 'transfer', party: 'mixpanel', packages: ['mixpanel'], member: /^(track|track_batch|import|alias)$/, container: /^Mixpanel$/, data: 'all' },
  { name: 'mixpanel.people', kind: 'transfer', party: 'mixpanel', packages: ['mixpanel'], member: /^(set|set_once|union|append|track_charge)$/, container: /^People$/, data: 'all' },
  { name: 'amplitude', kind: 'transfer', party: 'amplitude', packages: ['@amplitude/analytics-node', '@amplitude/analytics-browser', '@amplitude/analytics-core'], member: /^(track|logEvent|identify|groupIdentify|revenue|setUserId)$/, data: 'all' },
  // An Identify is built only to be sent by identify(): its setters are where user properties enter Amplitude
  { name: 'amplitude.Identify', kind: 'transfer', party: 'amplitude', packages: ['@amplitude/analytics-core'], member: /^(set|setOnce|add|append|prepend|preInsert|postInsert)$/, container: /^Identify$/, data: [1] },

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

  // Email and SMS
  { name: 'sendgrid', kind: 'transfer', party: 'sendgrid', packages: ['@sendgrid/mail'], member: /^(send|sendMultiple)$/, container: /^MailService$/, data: [0] },
  { name: 'mailgun', kind: 'transfer', party: 'mailgun', packages: ['mailgun.js'], member: /^create$/, container: /^IMessagesClient$/, data: [1] },
  { name: 'nodemailer', kind: 'transfer', packages: ['nodemailer'], member: /^sendMail$/, container: /^Mail$/, data: [0] },
  { name: 'twilio', kind: 'transfer', party: 'twilio', packages: ['twilio'], member: /^create$/, container: /^(MessageListInstance|CallListInstance|VerificationListInstance)$/, data: [0] },

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
  { name: 'openai', kind: 'transfer', party: 'openai', packages: ['openai'], member: /^create$/, container: /^(Completions|Responses|Embeddings)$/, data: [0] },
];
