import type { ServiceSpec } from './types.js';

/**
 * SMS, voice and KakaoTalk AlimTalk gateways. Twilio and SOLAPI (CoolSMS) are in parties.ts (their calls in
 * sinks/sdks.ts). A message carries the recipient's number and its text.
 */
export const SMS: readonly ServiceSpec[] = [
  {
    id: 'solapi',
    name: 'SOLAPI / CoolSMS',
    company: 'Nurigo Co., Ltd.',
    country: 'KR',
    category: 'sms',
    packages: ['solapi', 'coolsms-node-sdk', 'coolsms-rest-sdk'],
    hosts: ['api.solapi.com', 'api.coolsms.co.kr'],
    calls: [
      // messageService.sendOne({ to, from, text }), send(messages), sendMany([…]) (AlimTalk: kakaoOptions on the message)
      { packages: ['solapi', 'coolsms-node-sdk'], members: ['send', 'sendOne', 'sendOneFuture', 'sendMany', 'sendManyDetail'], data: 'all' },
    ],
  },
  {
    id: 'aligo',
    name: 'Aligo SMS and AlimTalk',
    company: 'Aligo Inc.',
    country: 'KR',
    category: 'sms',
    packages: ['aligoapi'],
    hosts: ['apis.aligo.in', 'kakaoapi.aligo.in'],
    calls: [
      // aligoapi.send(req, AuthData) with req.body = { sender, receiver, msg }; sendMass, alimtalkSend, friendSend likewise
      { members: ['send', 'sendMass', 'alimtalkSend', 'friendSend'], data: [{ arg: 0, field: 'body' }] },
    ],
  },
  {
    id: 'naver_cloud_sens',
    name: 'NAVER Cloud SENS (SMS, AlimTalk, push)',
    company: 'NAVER Cloud Corp.',
    country: 'KR',
    category: 'sms',
    packages: [],
    hosts: ['sens.apigw.ntruss.com'],
  },
  {
    id: 'nhn_cloud_sms',
    name: 'NHN Cloud SMS',
    company: 'NHN Cloud Corp.',
    country: 'KR',
    category: 'sms',
    packages: [],
    hosts: ['api-sms.cloud.toast.com'],
  },
  {
    id: 'popbill',
    name: 'Popbill (SMS, KakaoTalk, fax)',
    company: 'Linkhub Co., Ltd.',
    country: 'KR',
    category: 'sms',
    packages: ['popbill'],
    hosts: ['popbill.linkhub.co.kr', 'popbill-test.linkhub.co.kr'],
    calls: [
      // messageService.sendSMS(corpNum, sender, receiver, receiverName, contents, …); kakaoService.sendATS_one(…)
      {
        members: ['sendSMS', 'sendLMS', 'sendMMS', 'sendXMS', 'sendSMS_multi', 'sendLMS_multi', 'sendMMS_multi', 'sendXMS_multi', 'sendATS_one', 'sendATS_multi', 'sendATS_same', 'sendFTS_one', 'sendFTS_multi', 'sendFTS_same', 'sendFAX'],
        data: 'all',
      },
    ],
  },
  {
    id: 'ppurio',
    name: 'Bizppurio (뿌리오)',
    company: 'Daou Technology Inc.',
    country: 'KR',
    category: 'sms',
    packages: [],
    hosts: ['api.bizppurio.com', 'dev-api.bizppurio.com', '*.ppurio.com'],
  },
  {
    id: 'vonage',
    name: 'Vonage Communications APIs (Nexmo)',
    company: 'Vonage Holdings Corp. (Ericsson)',
    country: 'US',
    category: 'sms',
    packages: ['@vonage/server-sdk', '@vonage/sms', '@vonage/messages', '@vonage/verify', '@vonage/verify2', '@vonage/voice', 'nexmo'],
    hosts: ['rest.nexmo.com', 'api.nexmo.com', 'api-eu.vonage.com', 'api-us.vonage.com', '*.vonage.com'],
    calls: [
      // vonage.sms.send({ to, from, text }), messages.send(new SMS({ to, text })), verify.start({ number, brand }), verify2.newRequest({ workflow: [{ to }] })
      { packages: ['@vonage/server-sdk', '@vonage/sms', '@vonage/messages', '@vonage/verify', '@vonage/verify2'], members: ['send', 'start', 'newRequest'], data: [0] },
      // nexmo: nexmo.message.sendSms(from, to, text)
      { packages: ['nexmo'], members: ['sendSms', 'request'], data: 'all' },
    ],
  },
  {
    id: 'messagebird',
    name: 'Bird (MessageBird)',
    company: 'MessageBird B.V.',
    country: 'NL',
    category: 'sms',
    packages: ['messagebird'],
    hosts: ['rest.messagebird.com', '*.messagebird.com', 'api.bird.com'],
    calls: [
      // messagebird.messages.create({ originator, recipients, body }, cb), verify.create(recipient, params, cb)
      { members: ['create'], data: 'all' },
    ],
  },
  {
    id: 'plivo',
    name: 'Plivo',
    company: 'Plivo Inc.',
    country: 'US',
    category: 'sms',
    packages: ['plivo'],
    hosts: ['api.plivo.com'],
    calls: [
      // client.messages.create(src, dst, text) / create({ src, dst, text }), calls.create(from, to, answerUrl)
      { members: ['create', 'send'], data: 'all' },
    ],
  },
  {
    id: 'sinch',
    name: 'Sinch',
    company: 'Sinch AB',
    country: 'SE',
    category: 'sms',
    packages: ['@sinch/sdk-core', '@sinch/sms', '@sinch/conversation', '@sinch/verification'],
    hosts: ['*.sinch.com'],
    calls: [
      // sinch.sms.batches.send({ sendSMSRequestBody: { to, from, body } }), conversation.messages.send({ … }), verification.verifications.startSms({ … })
      { packages: ['@sinch/sdk-core', '@sinch/sms', '@sinch/conversation', '@sinch/verification'], members: ['send', 'sendTextMessage', 'startSms', 'startCallout', 'startFlashCall'], data: [0] },
    ],
  },
  {
    id: 'telnyx',
    name: 'Telnyx',
    company: 'Telnyx LLC',
    country: 'US',
    category: 'sms',
    packages: ['telnyx'],
    hosts: ['api.telnyx.com'],
    calls: [
      // telnyx.messages.create({ from, to, text })
      { members: ['create', 'send'], data: [0] },
    ],
  },
  {
    id: 'infobip',
    name: 'Infobip',
    company: 'Infobip Ltd.',
    country: 'HR',
    category: 'sms',
    packages: ['@infobip-api/sdk'],
    hosts: ['api.infobip.com', '*.api.infobip.com'],
    calls: [
      // infobip.channels.sms.send({ messages: [{ destinations: [{ to }], text }] }), channels.email.send(…), channels.whatsapp.send(…)
      { members: ['send'], data: [0] },
    ],
  },
  {
    id: 'africas_talking',
    name: "Africa's Talking",
    company: "Africa's Talking Ltd.",
    country: 'KE',
    category: 'sms',
    packages: ['africastalking'],
    hosts: ['api.africastalking.com', '*.africastalking.com'],
    calls: [
      // AT.SMS.send({ to, message, from })
      { members: ['send', 'sendPremium', 'call'], data: [0] },
    ],
  },
  {
    id: 'clicksend',
    name: 'ClickSend',
    company: 'ClickSend Pty Ltd.',
    country: 'AU',
    category: 'sms',
    packages: ['clicksend'],
    hosts: ['rest.clicksend.com'],
    calls: [
      // new api.SMSApi(user, key).smsSendPost(smsCollection)
      { members: ['smsSendPost', 'mmsSendPost', 'voiceSendPost', 'emailSendPost'], data: [0] },
    ],
  },
  {
    id: 'bandwidth',
    name: 'Bandwidth',
    company: 'Bandwidth Inc.',
    country: 'US',
    category: 'sms',
    packages: ['bandwidth-sdk', '@bandwidth/messaging', '@bandwidth/voice'],
    hosts: ['messaging.bandwidth.com', 'voice.bandwidth.com', '*.bandwidth.com'],
    calls: [
      // new MessagesApi(config).createMessage(accountId, { to, from, text })
      { packages: ['bandwidth-sdk', '@bandwidth/messaging'], members: ['createMessage'], data: 'all' },
    ],
  },
  {
    id: 'telesign',
    name: 'Telesign',
    company: 'Telesign Corporation (Proximus)',
    country: 'US',
    category: 'sms',
    packages: ['telesignsdk'],
    hosts: ['rest-api.telesign.com', 'rest-ww.telesign.com', '*.telesign.com'],
    calls: [
      // client.sms.message(callback, phoneNumber, message, messageType)
      { members: ['message'], data: 'all' },
    ],
  },
  {
    id: 'aws_end_user_messaging',
    name: 'AWS End User Messaging SMS (Pinpoint SMS)',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'sms',
    packages: ['@aws-sdk/client-pinpoint-sms-voice-v2', '@aws-sdk/client-pinpoint-sms-voice'],
    hosts: ['sms-voice.*.amazonaws.com'],
    calls: [
      // client.sendTextMessage({ DestinationPhoneNumber, MessageBody }), send(new SendTextMessageCommand(…)) when untyped (typed: the AWS send sink)
      { members: ['send', 'sendTextMessage', 'sendVoiceMessage', 'sendMediaMessage'], data: [0] },
    ],
  },
];
