/** The eight rules, by name (= the check's name; ESLint id `privacy/<name>` = the CLI's ruleId). */
import type { RuleName } from '../../engine/checks/index.js';
import noPersonalDataInLogs from './no-personal-data-in-logs.js';
import noPlaintextPassword from './no-plaintext-password.js';
import noSensitiveCollection from './no-sensitive-collection.js';
import noUndeclaredCollection from './no-undeclared-collection.js';
import noUndeclaredTransfer from './no-undeclared-transfer.js';
import requireEncryptionAtRest from './require-encryption-at-rest.js';
import requireRetention from './require-retention.js';
import validAnnotations from './valid-annotations.js';

export const rules = {
  'no-sensitive-collection': noSensitiveCollection,
  'no-undeclared-collection': noUndeclaredCollection,
  'no-plaintext-password': noPlaintextPassword,
  'require-encryption-at-rest': requireEncryptionAtRest,
  'no-undeclared-transfer': noUndeclaredTransfer,
  'require-retention': requireRetention,
  'no-personal-data-in-logs': noPersonalDataInLogs,
  'valid-annotations': validAnnotations,
} satisfies Record<RuleName, unknown>;

export type PrivacyRules = typeof rules;
