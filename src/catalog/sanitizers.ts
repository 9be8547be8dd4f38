/** What a sanitizer makes of a value: a one-way hash, a weak (fast or unsalted) hash, a ciphertext, a mask. */
export type CleanKind = 'hash' | 'weak-hash' | 'encrypt' | 'mask';

/**
 * Sanitizer catalog entries: calls whose result is a one-way hash, a ciphertext or a mask of argument
 * `data`. `by` names the algorithm; for `createHash(alg).update(x)` chains the algorithm is read from
 * the chain (see `chain`), so md5 and sha1 are told apart from accepted password hashes.
 *
 * A generic call (an SDK client's `send`, Vault's `write`) is a sanitizer only for some arguments: `argument`
 * says which (the command's class, the path's text). A service returning a response object says where the
 * ciphertext sits in it (`result`), so `(await kms.send(…)).CiphertextBlob` is the encrypted value.
 * Column-level encryption (TypeORM transformers, prisma-field-encryption) is in columns.ts; logger formats
 * that redact are in winston.ts.
 */
export interface SanitizerSpec {
  packages: readonly string[];
  member: RegExp;
  container?: RegExp;
  data: number;
  clean: CleanKind;
  by: string;
  /** The algorithm comes from the first argument of this call at the root of the chain. */
  chain?: 'createHash' | 'createHmac' | 'createCipheriv';
  /** Only when argument `index` is an instance of a class named `type` declared in `packages`, or a string matching `text`. */
  argument?: ArgumentCondition;
  /** Where the sanitized value sits in the call's result (`['data', 'ciphertext']`); the result itself carries it too. */
  result?: readonly string[];
}

export interface ArgumentCondition {
  index: number;
  /** The class of the argument's type (`new EncryptCommand(…)`), declared in one of `packages`. */
  type?: { name: RegExp; packages: readonly string[] };
  /** The argument's text when it is a string literal, a template's constant head, or a constant holding one. */
  text?: RegExp;
}

export const SANITIZERS: readonly SanitizerSpec[] = [
  { packages: ['bcryptjs', 'bcrypt', '@node-rs/bcrypt', 'bcrypt-nodejs'], member: /^(hash|hashSync)$/, data: 0, clean: 'hash', by: 'bcrypt' },
  { packages: ['argon2', '@node-rs/argon2'], member: /^(hash|hashRaw)$/, data: 0, clean: 'hash', by: 'argon2id' },
  { packages: ['node'], member: /^(scrypt|scryptSync)$/, data: 0, clean: 'hash', by: 'scrypt' },
  { packages: ['node'], member: /^(pbkdf2|pbkdf2Sync)$/, data: 0, clean: 'hash', by: 'pbkdf2' },
  { packages: ['node'], member: /^update$/, container: /^Hash$/, data: 0, clean: 'weak-hash', by: 'hash', chain: 'createHash' },
  { packages: ['node'], member: /^update$/, container: /^Hmac$/, data: 0, clean: 'hash', by: 'hmac', chain: 'createHmac' },
  { packages: ['node'], member: /^update$/, container: /^Cipher/, data: 0, clean: 'encrypt', by: 'cipher', chain: 'createCipheriv' },

  // AWS KMS (SDK v3): kms.send(new EncryptCommand({ KeyId, Plaintext })) and the aggregated client's kms.encrypt({ … }).
  // Other commands sent through the same `send` (DecryptCommand, SignCommand, …) are the generic AWS transfer.
  {
    packages: ['@smithy/smithy-client', '@smithy/core'],
    member: /^send$/,
    container: /^Client$/,
    argument: { index: 0, type: { name: /^EncryptCommand$/, packages: ['@aws-sdk/client-kms'] } },
    data: 0,
    clean: 'encrypt',
    by: 'aws-kms',
    result: ['CiphertextBlob'],
  },
  { packages: ['@aws-sdk/client-kms'], member: /^encrypt$/, container: /^KMS$/, data: 0, clean: 'encrypt', by: 'aws-kms', result: ['CiphertextBlob'] },

  // HashiCorp Vault's transit engine through node-vault: vault.write('transit/encrypt/<key>', { plaintext }) returns
  // { data: { ciphertext } }. Any other path (transit/decrypt, transit/sign, a KV secret) is not encryption.
  {
    packages: ['node-vault'],
    member: /^write$/,
    container: /^client$/,
    argument: { index: 0, text: /^\/?(v1\/)?([\w-]+\/)*transit\/encrypt\// },
    data: 1,
    clean: 'encrypt',
    by: 'vault-transit',
    result: ['data', 'ciphertext'],
  },
  // node-vault's generated command for the same endpoint: vault.encryptData({ name, plaintext }) (decryptData and
  // rewrapData are not encryption of what they are given)
  { packages: ['node-vault'], member: /^encryptData$/, container: /^client$/, data: 0, clean: 'encrypt', by: 'vault-transit', result: ['data', 'ciphertext'] },
];
