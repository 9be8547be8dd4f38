import { describe, expect, it } from 'vitest';
import { analyzeFixture, describeFlows } from './harness.js';

/**
 * The engine on the bundled example service. Every flow below was read against the code: the
 * deliberate mistakes of fixtures/demo-app/README.md are among them (md5 password, unencrypted refund
 * account, phone to an undeclared SMS host, email in a log line, a health note stored, an undeclared
 * item stored), next to their compliant twins (bcrypt, the encryptor, the masker, the own check-in host,
 * the masked email sent to Sentry, the visitor cookie set for the browser).
 */
describe('engine on fixtures/demo-app', () => {
  it('finds the flows of the example service', () => {
    const { model, root } = analyzeFixture('demo-app');
    expect(model.skipped).toEqual([]);
    expect(describeFlows(model, root)).toEqual([
      'src/http/middleware.ts:46 client-storage cookie_id',
      'src/http/middleware.ts:49 storage cookie_id ip_address',
      'src/inquiries/inquiries.routes.ts:31 storage name phone',
      'src/members/identity.ts:16 transfer@svc.niceapi.co.kr birth_date name rrn',
      'src/members/members.repository.ts:15 storage birth_date email name password~hash:bcrypt phone',
      'src/members/members.repository.ts:38 storage marketing_source name phone',
      'src/members/members.repository.ts:42 storage password~hash:bcrypt',
      'src/members/members.service.ts:23 hash password',
      'src/members/members.service.ts:31 log email',
      'src/members/members.service.ts:55 hash password',
      'src/members/members.service.ts:74 hash password',
      'src/members/members.service.ts:75 storage password~weak-hash:md5',
      'src/members/members.service.ts:87 hash password',
      'src/notifications/sms.ts:8 transfer@api.sms-vendor.example phone',
      'src/payments/payments.repository.ts:23 storage card_number~encrypt:crypto.encryptField email name',
      'src/payments/payments.repository.ts:36 storage name refund_account',
      'src/payments/toss.client.ts:49 transfer@api.tosspayments.com name refund_account',
      'src/reservations/reservations.repository.ts:18 storage health_note name phone',
      'src/reservations/reservations.service.ts:59 log email~mask:mask.maskEmail',
      'src/reservations/reservations.service.ts:84 transfer@first-party name',
      'src/reservations/reservations.service.ts:93 log phone~mask:mask.maskPhone',
    ]);
  });
});
