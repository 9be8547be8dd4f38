import type { SinkSpec } from './types.js';

/**
 * Firebase (firebase-admin). Firestore writes are storage, as for a managed Postgres: the database is the
 * service's own and Google hosts it as a processor (the party is kept on the fact for reports), so the
 * encryption-at-rest and password rules apply; Firestore collections are not declared stores (no retention).
 * firebase-admin re-exports the @google-cloud/firestore classes. Cloud Messaging is a transfer: a push message
 * (its notification text and data payload) goes through Google to the device. Crashlytics is an error tracker: a
 * log that also leaves for Google.
 */
const FIRESTORE = ['@google-cloud/firestore', 'firebase-admin'];

export const FIREBASE_SINKS: readonly SinkSpec[] = [
  // collection('members').add(data); doc(id).set(data) / create(data) / update(data | field, value, …)
  { name: 'firestore', kind: 'storage', party: 'firebase', packages: FIRESTORE, member: /^add$/, container: /^CollectionReference$/, data: [0] },
  { name: 'firestore', kind: 'storage', party: 'firebase', packages: FIRESTORE, member: /^(set|create|update)$/, container: /^DocumentReference$/, data: 'all' },
  // batch.set(ref, data), transaction.update(ref, data), bulkWriter.create(ref, data): the reference carries no data
  { name: 'firestore', kind: 'storage', party: 'firebase', packages: FIRESTORE, member: /^(set|create|update)$/, container: /^(WriteBatch|Transaction|BulkWriter)$/, data: 'all' },

  // getMessaging().send(message), sendEach(messages), sendEachForMulticast(message)
  { name: 'firebase.messaging', kind: 'transfer', party: 'firebase', packages: ['firebase-admin'], member: /^(send|sendEach|sendEachForMulticast)$/, container: /^Messaging$/, data: [0] },

  // Crashlytics (React Native Firebase): crashlytics().log(message), setUserId(id), setAttribute(k, v), setAttributes({ … }), recordError(err)
  { name: 'firebase.crashlytics', kind: 'log', thirdParty: true, party: 'firebase', packages: ['@react-native-firebase/crashlytics'], member: /^(log|setUserId|setAttribute|setAttributes|recordError)$/, data: 'all' },
];
