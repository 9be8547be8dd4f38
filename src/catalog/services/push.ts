import type { ServiceSpec } from './types.js';

/**
 * Push notification services. Firebase Cloud Messaging is `firebase` in parties.ts (sinks/firebase.ts). The Web Push
 * protocol (`web-push`'s sendNotification) is not listed: its payload is encrypted end to end for the browser, so
 * the push service (Google, Mozilla, Apple, Microsoft) cannot read it.
 */
export const PUSH: readonly ServiceSpec[] = [
  {
    id: 'onesignal',
    name: 'OneSignal',
    company: 'OneSignal, Inc.',
    country: 'US',
    category: 'push',
    packages: ['@onesignal/node-onesignal', 'onesignal-node', 'react-onesignal', 'react-native-onesignal', 'onesignal-cordova-plugin', '@onesignal/onesignal-vue3'],
    hosts: ['onesignal.com', '*.onesignal.com'],
    calls: [
      // client.createNotification({ contents, headings, include_aliases, data })
      { packages: ['@onesignal/node-onesignal', 'onesignal-node'], members: ['createNotification', 'createUser', 'updateUser', 'createSubscription'], data: 'all' },
      // OneSignal.User.addEmail(email), addSms(phone), addTag(k, v), addTags({ … }); v15: OneSignal.sendTag(k, v), setEmail(email)
      {
        packages: ['react-onesignal', 'react-native-onesignal', 'onesignal-cordova-plugin', '@onesignal/onesignal-vue3', 'global:OneSignal'],
        members: ['addEmail', 'addSms', 'addTag', 'addTags', 'addAlias', 'addAliases', 'sendTag', 'sendTags', 'setEmail', 'setSMSNumber', 'setExternalUserId'],
        data: 'all',
      },
    ],
  },
  {
    id: 'expo_push',
    name: 'Expo Push Service',
    company: '650 Industries, Inc. (Expo)',
    country: 'US',
    category: 'push',
    packages: ['expo-server-sdk'],
    hosts: ['exp.host', 'api.expo.dev'],
    calls: [
      // expo.sendPushNotificationsAsync([{ to, title, body, data }])
      { members: ['sendPushNotificationsAsync'], data: [0] },
    ],
  },
  {
    id: 'pusher_beams',
    name: 'Pusher Beams',
    company: 'Pusher Ltd. (Bird)',
    country: 'GB',
    category: 'push',
    packages: ['@pusher/push-notifications-server', '@pusher/push-notifications-web'],
    hosts: ['*.pushnotifications.pusher.com'],
    calls: [
      // beamsClient.publishToUsers(userIds, { apns, fcm, web }), publishToInterests(interests, body)
      { packages: ['@pusher/push-notifications-server'], members: ['publishToUsers', 'publishToInterests'], data: [1] },
    ],
  },
  {
    id: 'apple_push',
    name: 'Apple Push Notification service (APNs)',
    company: 'Apple Inc.',
    country: 'US',
    category: 'push',
    packages: ['@parse/node-apn', 'apn', 'node-apn'],
    hosts: ['api.push.apple.com', 'api.sandbox.push.apple.com', 'api.development.push.apple.com'],
    calls: [
      // provider.send(notification, deviceTokens): the alert text and payload go through Apple
      { members: ['send'], data: [0] },
    ],
  },
  {
    id: 'airship',
    name: 'Airship',
    company: 'Airship Group, Inc.',
    country: 'US',
    category: 'push',
    packages: ['@ua/react-native-airship', 'urbanairship-cordova'],
    hosts: ['*.urbanairship.com', '*.airship.com', '*.asnapieu.com'],
    calls: [
      // Airship.contact.identify(namedUserId), Airship.contact.editAttributes().setAttribute(k, v).apply()
      { packages: ['@ua/react-native-airship'], members: ['identify', 'setAttribute'], data: 'all' },
    ],
  },
  {
    id: 'pushwoosh',
    name: 'Pushwoosh',
    company: 'Pushwoosh Inc.',
    country: 'US',
    category: 'push',
    packages: ['pushwoosh-react-native-plugin', 'pushwoosh-cordova-plugin', 'web-push-notifications'],
    hosts: ['*.pushwoosh.com'],
    calls: [
      // Pushwoosh.setUserId(id), setEmails([…]), setTags({ … }), postEvent(name, attributes)
      { packages: ['pushwoosh-react-native-plugin', 'global:Pushwoosh'], members: ['setUserId', 'setEmails', 'setUserEmails', 'setTags', 'postEvent'], data: 'all' },
    ],
  },
  {
    id: 'batch',
    name: 'Batch',
    company: 'Batch.com SAS',
    country: 'FR',
    category: 'push',
    packages: ['@batch.com/react-native-plugin', '@batch.com/cordova-plugin'],
    hosts: ['*.batch.com'],
    calls: [
      // BatchProfile.identify(id), BatchProfile.editor().setEmailAddress(email).setAttribute(k, v).save(), trackEvent(name, data)
      { packages: ['@batch.com/react-native-plugin'], members: ['identify', 'setEmailAddress', 'setPhoneNumber', 'setAttribute', 'trackEvent'], data: 'all' },
    ],
  },
  {
    id: 'pushover',
    name: 'Pushover',
    company: 'Superblock, LLC',
    country: 'US',
    category: 'push',
    packages: ['pushover-notifications'],
    hosts: ['api.pushover.net'],
    calls: [
      // p.send({ message, title }, cb)
      { members: ['send'], data: [0] },
    ],
  },
  {
    id: 'aws_pinpoint',
    name: 'Amazon Pinpoint',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'push',
    packages: ['@aws-sdk/client-pinpoint', '@aws-sdk/client-pinpoint-email'],
    hosts: ['pinpoint.*.amazonaws.com'],
    calls: [
      // client.sendMessages({ ApplicationId, MessageRequest }), updateEndpoint({ EndpointRequest: { Address, User } }), putEvents(…)
      { members: ['send', 'sendMessages', 'sendUsersMessages', 'updateEndpoint', 'updateEndpointsBatch', 'putEvents', 'sendEmail'], data: [0] },
    ],
  },
  {
    id: 'nhn_cloud_push',
    name: 'NHN Cloud Push',
    company: 'NHN Cloud Corp.',
    country: 'KR',
    category: 'push',
    packages: [],
    hosts: ['api-push.cloud.toast.com'],
  },
];
