import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  KINDS,
  KIND_IDS,
  VALUE_RECOGNISERS,
  kindById,
  kindMatchesForName,
  kindsMatchingName,
  normalizeName,
  splitWords,
} from '../../src/catalog/kinds.js';
import { PARTIES, partyForHost, partyForPackage } from '../../src/catalog/parties.js';

/** The "Built-in kinds" list of design/manifest.md, in its order. */
const MANIFEST_KINDS = [
  'email', 'phone', 'name', 'address', 'birth_date', 'password', 'kr.rrn', 'passport_no', 'driver_licence_no',
  'alien_reg_no', 'ssn', 'card_number', 'bank_account', 'ip_address', 'cookie', 'device_id', 'mac_address',
  'location', 'health', 'biometric', 'religion', 'political_opinion', 'union_membership', 'sex_life', 'genetic',
  'criminal_record', 'race_ethnicity',
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const manifestDoc = [resolve(root, 'docs/manifest.md'), resolve(root, '../shared/design/manifest.md')].find((p) => existsSync(p));

describe('kinds: catalog', () => {
  it('KIND_IDS equals the built-in kinds of manifest.md, in order', () => {
    expect([...KIND_IDS]).toEqual(MANIFEST_KINDS);
  });

  it.skipIf(manifestDoc === undefined)('KIND_IDS equals the list in the manifest document itself', () => {
    const text = readFileSync(manifestDoc!, 'utf8');
    const start = text.indexOf('Built-in `kind`s');
    expect(start).toBeGreaterThan(-1);
    const para = text.slice(start, text.indexOf('\n\n', start));
    const ids = [...para.matchAll(/`([a-z_.]+)`/g)].map((m) => m[1]).filter((id) => id !== 'kind');
    expect([...KIND_IDS]).toEqual(ids);
  });

  it('kindById finds each kind and nothing else', () => {
    for (const id of MANIFEST_KINDS) expect(kindById(id)?.id).toBe(id);
    expect(kindById('nickname')).toBeUndefined();
  });

  it('carries the legal defaults', () => {
    expect(kindById('kr.rrn')).toMatchObject({ class: 'unique_identifier', handling: 'never', values: ['builtin:kr_rrn'] });
    expect(kindById('password')?.class).toBe('credential');
    expect(kindById('card_number')).toMatchObject({ class: 'financial', values: ['builtin:luhn'] });
    expect(kindById('bank_account')?.class).toBe('financial');
    expect(kindById('ip_address')?.class).toBe('auto_collected');
    expect(kindById('health')?.sensitiveIn).toEqual(['KR', 'EU', 'US-CA']);
    expect(kindById('location')?.sensitiveIn).toEqual(['US-CA']);
    for (const k of KINDS) {
      expect(k.fields.length, k.id).toBeGreaterThan(0);
      if (k.class === 'sensitive') expect(k.sensitiveIn, k.id).toContain('KR');
    }
  });
});

describe('kinds: splitWords', () => {
  it.each([
    ['userEmailAddress', ['user', 'email', 'address']],
    ['UserEmail', ['user', 'email']],
    ['user_email', ['user', 'email']],
    ['USER_EMAIL', ['user', 'email']],
    ['e-mail', ['e', 'mail']],
    ['IPAddress', ['ip', 'address']],
    ['clientIPs', ['client', 'ips']],
    ['IPv6Address', ['ipv6', 'address']],
    ['addressLine1', ['address', 'line1']],
    ['address_line_1', ['address', 'line', '1']],
    ['$email', ['email']],
    ['__proto__', ['proto']],
  ])('%s', (input, words) => {
    expect(splitWords(input)).toEqual(words);
  });

  it('normalizeName joins with _', () => {
    expect(normalizeName('residentRegistrationNumber')).toBe('resident_registration_number');
  });
});

const MUST_MATCH: Array<[string, string]> = [
  ['email', 'email'], ['emailAddress', 'email'], ['user_email', 'email'], ['e_mail', 'email'], ['eMail', 'email'],
  ['USER_EMAIL', 'email'], ['contactEmail', 'email'], ['emails', 'email'], ['email2', 'email'], ['buyer_email', 'email'],
  ['phone', 'phone'], ['phoneNumber', 'phone'], ['mobileNo', 'phone'], ['cellPhone', 'phone'], ['hp', 'phone'],
  ['hpNo', 'phone'], ['phone_no', 'phone'], ['telNo', 'phone'], ['buyer_tel', 'phone'], ['mobilePhone', 'phone'],
  ['phone1', 'phone'], ['handphone', 'phone'], ['userPhone', 'phone'],
  ['name', 'name'], ['firstName', 'name'], ['lastName', 'name'], ['fullName', 'name'], ['first_name', 'name'],
  ['customerName', 'name'], ['realName', 'name'], ['surname', 'name'], ['buyerName', 'name'], ['cardholderName', 'name'],
  ['address', 'address'], ['streetAddress', 'address'], ['zipCode', 'address'], ['postalCode', 'address'], ['zip', 'address'],
  ['address1', 'address'], ['addressLine1', 'address'], ['shippingAddress', 'address'], ['postcode', 'address'],
  ['roadAddress', 'address'], ['detailAddress', 'address'], ['zip_code', 'address'],
  ['birthDate', 'birth_date'], ['dob', 'birth_date'], ['birthday', 'birth_date'], ['dateOfBirth', 'birth_date'], ['birth_ymd', 'birth_date'],
  ['password', 'password'], ['passwd', 'password'], ['pwd', 'password'], ['passwordConfirm', 'password'],
  ['confirmPassword', 'password'], ['newPassword', 'password'], ['userPw', 'password'], ['PASSWORD', 'password'],
  ['password2', 'password'],
  ['rrn', 'kr.rrn'], ['juminNo', 'kr.rrn'], ['residentRegistrationNumber', 'kr.rrn'], ['jumin_no', 'kr.rrn'], ['rrnFront', 'kr.rrn'],
  ['passcode', 'password'], ['myPasscode', 'password'], ['backup_passcode', 'password'],
  ['passportNo', 'passport_no'], ['passportNumber', 'passport_no'], ['passport_number', 'passport_no'],
  ['driverLicenseNo', 'driver_licence_no'], ['driversLicenseNumber', 'driver_licence_no'], ['drivingLicence', 'driver_licence_no'],
  ['alienRegistrationNumber', 'alien_reg_no'], ['alienRegNo', 'alien_reg_no'], ['foreignerRegNo', 'alien_reg_no'],
  ['ssn', 'ssn'], ['userSsn', 'ssn'], ['socialSecurityNumber', 'ssn'], ['ssnLast4', 'ssn'], ['SSN', 'ssn'],
  ['cardNumber', 'card_number'], ['pan', 'card_number'], ['cardNo', 'card_number'], ['creditCardNumber', 'card_number'],
  ['card_num', 'card_number'], ['creditCard', 'card_number'], ['ccNumber', 'card_number'],
  ['accountNumber', 'bank_account'], ['bankAccount', 'bank_account'], ['refundAccount', 'bank_account'],
  ['refundAccountNo', 'bank_account'], ['bankAccountNumber', 'bank_account'], ['iban', 'bank_account'], ['acctNo', 'bank_account'],
  ['ipAddress', 'ip_address'], ['clientIp', 'ip_address'], ['ip', 'ip_address'], ['remoteIp', 'ip_address'],
  ['IPAddress', 'ip_address'], ['clientIP', 'ip_address'], ['ipv4', 'ip_address'], ['IPv6Address', 'ip_address'],
  ['remoteAddress', 'ip_address'], ['xForwardedFor', 'ip_address'], ['lastLoginIp', 'ip_address'], ['clientIPs', 'ip_address'],
  ['cookie', 'cookie'], ['cookies', 'cookie'], ['cookieId', 'cookie'], ['sessionCookie', 'cookie'],
  ['deviceId', 'device_id'], ['device_id', 'device_id'], ['pushToken', 'device_id'], ['fcmToken', 'device_id'],
  ['idfa', 'device_id'], ['imei', 'device_id'], ['deviceUuid', 'device_id'],
  ['macAddress', 'mac_address'], ['mac_addr', 'mac_address'], ['MAC_ADDRESS', 'mac_address'],
  ['lat', 'location'], ['lng', 'location'], ['latitude', 'location'], ['longitude', 'location'], ['geolocation', 'location'],
  ['geoLocation', 'location'], ['coords', 'location'], ['coordinates', 'location'], ['gps', 'location'], ['latLng', 'location'],
  ['userLatitude', 'location'], ['geoPoint', 'location'],
  ['diagnosis', 'health'], ['medicalHistory', 'health'], ['allergies', 'health'], ['bloodType', 'health'],
  ['healthInfo', 'health'], ['medications', 'health'], ['disability', 'health'],
  ['faceEmbedding', 'biometric'], ['fingerprintTemplate', 'biometric'], ['biometricData', 'biometric'],
  ['voiceprint', 'biometric'], ['irisScan', 'biometric'],
  ['religion', 'religion'], ['religiousBelief', 'religion'],
  ['politicalOpinion', 'political_opinion'], ['politicalParty', 'political_opinion'], ['politicalViews', 'political_opinion'],
  ['unionMembership', 'union_membership'], ['tradeUnion', 'union_membership'], ['tradeUnionMembership', 'union_membership'],
  ['sexualOrientation', 'sex_life'], ['sexLife', 'sex_life'],
  ['geneticData', 'genetic'], ['dna', 'genetic'], ['dnaSample', 'genetic'], ['geneticTestResult', 'genetic'],
  ['criminalRecord', 'criminal_record'], ['criminalHistory', 'criminal_record'], ['convictions', 'criminal_record'],
  ['ethnicity', 'race_ethnicity'], ['ethnicOrigin', 'race_ethnicity'], ['raceEthnicity', 'race_ethnicity'], ['racialOrigin', 'race_ethnicity'],
];

const MUST_NOT_MATCH: string[] = [
  // names that are not a person's name (username is a login id: see kinds.ts header)
  'productName', 'fileName', 'hostname', 'hostName', 'typeName', 'className', 'hotelName', 'userName', 'username',
  'user_name', 'nickname', 'displayName', 'companyName', 'names',
  // email / phone / password flags and settings
  'emailTemplate', 'emailSent', 'emailVerified', 'emailCount', 'isEmail', 'sendEmail', 'supportEmail', 'fromEmail',
  'phoneVerified', 'phoneCountryCode', 'maskedPhone', 'mobile', 'iPhone', 'smartPhone', 'microphone',
  'passwordPolicy', 'passwordResetToken', 'passwordResetTokenExpiry', 'passwordHash', 'hashedPassword',
  'encryptedPassword', 'passwordInput', 'passwordMinLength', 'cryptedPassword', 'crypted_password', 'encodedPassword',
  // network, files, misc words containing a kind's letters
  'ipRange', 'ipAllowlist', 'serverIp', 'hostIp', 'localIp', 'ipc', 'ipcRenderer', 'tip', 'tipAmount',
  'addressBook', 'addressId', 'addr', 'companyAddress', 'walletAddress', 'serverAddress',
  'hotel', 'gzip', 'zipFile', 'gzipped', 'cardinality', 'cardId', 'card', 'accountId', 'account', 'ssnVerified',
  'pantry', 'panel', 'panId', 'macro', 'mac', 'hmac', 'passport', 'fingerprint', 'playerHp',
  // location words that are not coordinates
  'location', 'locationId', 'windowLocation', 'mouseCoords', 'translate', 'platform', 'lateFee',
  // devices, cookies, health-of-a-service, type unions, races
  'deviceName', 'deviceType', 'cookieName', 'cookieOptions', 'csrfCookie', 'health', 'healthStatus', 'healthCheck',
  'race', 'union', 'unionMembers', 'unionType', 'genome', 'birthPlace', 'telemetry', 'intel',
];

describe('kinds: kindsMatchingName', () => {
  it.each(MUST_MATCH)('%s -> %s', (identifier, kind) => {
    expect(kindsMatchingName(identifier).map((k) => k.id)).toEqual([kind]);
  });

  it.each(MUST_NOT_MATCH)('%s matches no kind', (identifier) => {
    expect(kindsMatchingName(identifier).map((k) => k.id)).toEqual([]);
  });

  it('reports the pattern and the normalised name', () => {
    const [m] = kindMatchesForName('userEmailAddress');
    expect(m?.kind.id).toBe('email');
    expect(m?.normalized).toBe('user_email_address');
    expect(m?.pattern.test('user_email_address')).toBe(true);
  });
});

describe('kinds: VALUE_RECOGNISERS', () => {
  const r = VALUE_RECOGNISERS;
  it.each([
    ['builtin:luhn', '4111 1111 1111 1111', true],
    ['builtin:luhn', '4111111111111111', true],
    ['builtin:luhn', '5500-0000-0000-0004', true],
    ['builtin:luhn', '4111 1111 1111 1112', false],
    ['builtin:luhn', '0000000000000000', false],
    ['builtin:luhn', '1234', false],
    ['builtin:luhn', '4111-1111-abcd-1111', false],
    ['builtin:email', 'hong.gildong@example.co.kr', true],
    ['builtin:email', 'a+tag@mail.example.com', true],
    ['builtin:email', 'not an email', false],
    ['builtin:email', 'user@localhost', false],
    ['builtin:email', 'a..b@example.com', false],
    ['builtin:kr_mobile', '010-1234-5678', true],
    ['builtin:kr_mobile', '01012345678', true],
    ['builtin:kr_mobile', '+82 10-1234-5678', true],
    ['builtin:kr_mobile', '011-123-4567', true],
    ['builtin:kr_mobile', '02-123-4567', false],
    ['builtin:kr_mobile', '010-123-4567', false],
    ['builtin:kr_rrn', '900101-1234567', true],
    ['builtin:kr_rrn', '021231-4123456', true],
    ['builtin:kr_rrn', '901301-1234567', false],
    ['builtin:kr_rrn', '900101-9234567', false],
    ['builtin:kr_rrn', '900101-1******', false],
    ['builtin:kr_rrn', '1712345678901', false],
  ] as const)('%s(%s) = %s', (id, input, expected) => {
    expect(r[id](input)).toBe(expected);
  });

  it('kr_rrn accepts 13 digits without a hyphen only with a valid check digit', () => {
    // 800101-100000?: weights 2..9,2..5 give sum 36; (11 - 36 % 11) % 10 = 8.
    expect(r['builtin:kr_rrn']('8001011000008')).toBe(true);
    expect(r['builtin:kr_rrn']('8001011000003')).toBe(false);
  });
});

describe('parties', () => {
  it('has unique ids', () => {
    const ids = PARTIES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of PARTIES) expect(p.country, p.id).toMatch(/^[A-Z]{2}$/);
  });

  it.each([
    ['@sentry/node', 'sentry'],
    ['@sentry/node/preload', 'sentry'],
    ['@segment/analytics-node', 'segment'],
    ['posthog-js', 'posthog'],
    ['mixpanel-browser', 'mixpanel'],
    ['@amplitude/analytics-browser', 'amplitude'],
    ['react-ga4', 'google_analytics'],
    ['@analytics/google-analytics', 'google_analytics'],
    ['dd-trace', 'datadog'],
    ['newrelic', 'new_relic'],
    ['@intercom/messenger-js-sdk', 'intercom'],
    ['@bugsnag/js', 'bugsnag'],
    ['rollbar', 'rollbar'],
    ['stripe', 'stripe'],
    ['@stripe/stripe-js', 'stripe'],
    ['@tosspayments/payment-sdk', 'toss_payments'],
    ['@portone/browser-sdk', 'portone'],
    ['iamport', 'portone'],
    ['@sendgrid/mail', 'sendgrid'],
    ['mailgun.js', 'mailgun'],
    ['twilio', 'twilio'],
    ['firebase', 'firebase'],
    ['firebase/auth', 'firebase'],
    ['firebase-admin', 'firebase'],
    ['@aws-sdk/client-ses', 'aws_ses'],
    ['@aws-sdk/client-sns', 'aws_sns'],
    ['@aws-sdk/client-s3', 'aws_s3'],
    ['@aws-sdk/client-dynamodb', 'aws'],
    ['openai', 'openai'],
    ['@slack/webhook', 'slack'],
    ['googleapis', 'google'],
    ['@react-native-seoul/kakao-login', 'kakao'],
  ])('package %s -> %s', (pkg, id) => {
    expect(partyForPackage(pkg)?.id).toBe(id);
  });

  it.each(['lodash', 'express', 'gtag', '@types/gtag.js', 'stripe-mock-server', '@sentryx/node', ''])('package %s -> none', (pkg) => {
    expect(partyForPackage(pkg)).toBeUndefined();
  });

  it.each([
    ['o4505.ingest.sentry.io', 'sentry'],
    ['o4505.ingest.us.sentry.io', 'sentry'],
    ['api.segment.io', 'segment'],
    ['us.i.posthog.com', 'posthog'],
    ['api-js.mixpanel.com', 'mixpanel'],
    ['api2.amplitude.com', 'amplitude'],
    ['www.google-analytics.com', 'google_analytics'],
    ['http-intake.logs.datadoghq.com', 'datadog'],
    ['bam.nr-data.net', 'new_relic'],
    ['api.intercom.io', 'intercom'],
    ['notify.bugsnag.com', 'bugsnag'],
    ['api.rollbar.com', 'rollbar'],
    ['api.stripe.com', 'stripe'],
    ['api.tosspayments.com', 'toss_payments'],
    ['api.iamport.kr', 'portone'],
    ['stdpay.inicis.com', 'kg_inicis'],
    ['nice.checkplus.co.kr', 'nice'],
    ['svc.niceapi.co.kr', 'nice'],
    ['kapi.kakao.com', 'kakao'],
    ['kauth.kakao.com', 'kakao'],
    ['openapi.naver.com', 'naver'],
    ['nid.naver.com', 'naver'],
    ['api.sendgrid.com', 'sendgrid'],
    ['api.mailgun.net', 'mailgun'],
    ['api.twilio.com', 'twilio'],
    ['my-app.firebaseio.com', 'firebase'],
    ['firestore.googleapis.com', 'firebase'],
    ['email.ap-northeast-2.amazonaws.com', 'aws_ses'],
    ['sns.us-east-1.amazonaws.com', 'aws_sns'],
    ['my-bucket.s3.ap-northeast-2.amazonaws.com', 'aws_s3'],
    ['s3.amazonaws.com', 'aws_s3'],
    ['dynamodb.us-east-1.amazonaws.com', 'aws'],
    ['api.openai.com', 'openai'],
    ['hooks.slack.com', 'slack'],
    ['sheets.googleapis.com', 'google'],
    ['API.STRIPE.COM', 'stripe'],
    ['api.stripe.com:443', 'stripe'],
    ['https://api.openai.com/v1/chat/completions', 'openai'],
  ])('host %s -> %s', (host, id) => {
    expect(partyForHost(host)?.id).toBe(id);
  });

  it.each(['example.com', 'sentry.io.evil.com', 'notsentry.io', 'amazonaws.com', 'tosspayments.com', 'kakao.com', 'localhost', ''])(
    'host %s -> none',
    (host) => {
      expect(partyForHost(host)).toBeUndefined();
    },
  );
});
