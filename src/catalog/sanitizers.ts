/** What a sanitizer makes of a value: a one-way hash, a weak (fast or unsalted) hash, a ciphertext, a mask. */
export type CleanKind = 'hash' | 'weak-hash' | 'encrypt' | 'mask';

/**
 * Sanitizer catalog entries: calls whose result is a one-way hash, a ciphertext or a mask of argument
 * `data`. `by` names the algorithm; where the call says which algorithm it runs (`createHash('md5')`,
 * `CryptoJS.DES.encrypt`, argon2's `type` option), `alg` says where to read it and `by` holds `{alg}` in its place,
 * so md5 and sha1 are told apart from accepted password hashes.
 *
 * A primitive that hashes or encrypts what it is given (`site`, the name findings use) is where a credential's
 * protection is judged: `no-plaintext-password` reports a weak hash or a reversible cipher of a password at the call,
 * whether or not the result is later seen stored (flow/calls.ts records the call as a `hash` sink).
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
  /** The algorithm or service; `{alg}` stands for the algorithm read from the call (`alg`), lower-cased. */
  by: string;
  /** Where the call names its algorithm (see AlgorithmSource); without it, or when the call does not say, `by` as written with `{alg}` as 'unknown'. */
  alg?: AlgorithmSource;
  /** A hash or cipher primitive, judged where a credential reaches it; the sink name of that judgement ("crypto.createHash.update"). */
  site?: string;
  /** Only when argument `index` is an instance of a class named `type` declared in `packages`, or a string matching `text`. */
  argument?: ArgumentCondition;
  /** Where the sanitized value sits in the call's result (`['data', 'ciphertext']`); the result itself carries it too. */
  result?: readonly string[];
}

/**
 * Where a call names its algorithm:
 * - `chain`: the first argument of the call at the root of the method chain whose callee matches (`createHash('md5')`
 *   in `createHash('md5').update(x)`, also through a const holding it: `const h = createHash('md5'); h.write(x)`);
 *   with `required`, a call without such a root is not this sanitizer (a stream's `write`);
 * - `member`: the callee's name, its first capture group when the pattern has one (`CryptoJS.HmacSHA1` -> sha1);
 * - `receiver`: the name of the object the method is called on, which must match (`CryptoJS.DES.encrypt` -> des);
 * - `option`: a key of the options object argument `arg` (a literal or a const holding one): the name of the constant
 *   given (`argon2.argon2i`, `Algorithm.Argon2i`) or a number looked up in `numbers`; `otherwise` when not given.
 */
export type AlgorithmSource =
  | { chain: RegExp; required?: boolean }
  | { member: RegExp }
  | { receiver: RegExp }
  | { option: { arg: number; key: string; numbers: Readonly<Record<number, string>>; otherwise: string } };

export interface ArgumentCondition {
  index: number;
  /** The class of the argument's type (`new EncryptCommand(…)`), declared in one of `packages`. */
  type?: { name: RegExp; packages: readonly string[] };
  /** The argument's text when it is a string literal, a template's constant head, or a constant holding one. */
  text?: RegExp;
}

/** argon2's `type` option (argon2 and @node-rs/argon2's `algorithm`): 0 argon2d, 1 argon2i, 2 argon2id; argon2id by default. */
const ARGON2_TYPES = { 0: 'argon2d', 1: 'argon2i', 2: 'argon2id' } as const;

/**
 * crypto-js's digests and HMACs (`CryptoJS.MD5(x)`, `CryptoJS.HmacSHA1(x, key)`): fast, unsalted. Any case: a module of
 * its own is imported under a name of the importer's choosing (`import sha256 from 'crypto-js/sha256'`).
 */
const CRYPTO_JS_DIGEST = /^(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160)$/i;
const CRYPTO_JS_HMAC = /^Hmac(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160)$/i;
/** crypto-js's ciphers (`CryptoJS.AES.encrypt(x, key)`): reversible. */
const CRYPTO_JS_CIPHER = /^(AES|DES|TripleDES|RC4|RC4Drop|Rabbit|RabbitLegacy|Blowfish)$/;

export const SANITIZERS: readonly SanitizerSpec[] = [
  { packages: ['bcryptjs', 'bcrypt', '@node-rs/bcrypt', 'bcrypt-nodejs'], member: /^(hash|hashSync)$/, data: 0, clean: 'hash', by: 'bcrypt', site: 'bcrypt.hash' },
  { packages: ['argon2'], member: /^(hash|hashRaw)$/, data: 0, clean: 'hash', by: '{alg}', alg: { option: { arg: 1, key: 'type', numbers: ARGON2_TYPES, otherwise: 'argon2id' } }, site: 'argon2.hash' },
  { packages: ['@node-rs/argon2'], member: /^(hash|hashRaw|hashSync|hashRawSync)$/, data: 0, clean: 'hash', by: '{alg}', alg: { option: { arg: 1, key: 'algorithm', numbers: ARGON2_TYPES, otherwise: 'argon2id' } }, site: 'argon2.hash' },
  { packages: ['node'], member: /^(scrypt|scryptSync)$/, data: 0, clean: 'hash', by: 'scrypt', site: 'crypto.scrypt' },
  { packages: ['node'], member: /^(pbkdf2|pbkdf2Sync)$/, data: 0, clean: 'hash', by: 'pbkdf2', site: 'crypto.pbkdf2' },
  { packages: ['node'], member: /^update$/, container: /^Hash$/, data: 0, clean: 'weak-hash', by: '{alg}', alg: { chain: /^createHash$/ }, site: 'crypto.createHash.update' },
  { packages: ['node'], member: /^update$/, container: /^Hmac$/, data: 0, clean: 'hash', by: 'hmac-{alg}', alg: { chain: /^createHmac$/ }, site: 'crypto.createHmac.update' },
  { packages: ['node'], member: /^update$/, container: /^Cipher/, data: 0, clean: 'encrypt', by: '{alg}', alg: { chain: /^createCipher(iv)?$/ }, site: 'crypto.createCipher.update' },
  // Hash, Hmac and Cipher are streams: `createHash('md5').write(x)` hashes x as update does (write is declared on Writable)
  { packages: ['node'], member: /^(write|end)$/, container: /^(Writable|Duplex|Transform)$/, data: 0, clean: 'weak-hash', by: '{alg}', alg: { chain: /^createHash$/, required: true }, site: 'crypto.createHash.write' },
  { packages: ['node'], member: /^(write|end)$/, container: /^(Writable|Duplex|Transform)$/, data: 0, clean: 'hash', by: 'hmac-{alg}', alg: { chain: /^createHmac$/, required: true }, site: 'crypto.createHmac.write' },
  { packages: ['node'], member: /^(write|end)$/, container: /^(Writable|Duplex|Transform)$/, data: 0, clean: 'encrypt', by: '{alg}', alg: { chain: /^createCipher(iv)?$/, required: true }, site: 'crypto.createCipher.write' },

  // crypto-js, typed (@types/crypto-js) or not (recognised by its import, or as the global a script tag defines): digests,
  // HMACs and ciphers; PBKDF2 is a password hash
  { packages: ['crypto-js', 'global:CryptoJS'], member: CRYPTO_JS_DIGEST, data: 0, clean: 'weak-hash', by: '{alg}', alg: { member: CRYPTO_JS_DIGEST }, site: 'crypto-js' },
  { packages: ['crypto-js', 'global:CryptoJS'], member: CRYPTO_JS_HMAC, data: 0, clean: 'hash', by: 'hmac-{alg}', alg: { member: CRYPTO_JS_HMAC }, site: 'crypto-js' },
  { packages: ['crypto-js', 'global:CryptoJS'], member: /^encrypt$/, data: 0, clean: 'encrypt', by: '{alg}', alg: { receiver: CRYPTO_JS_CIPHER }, site: 'crypto-js' },
  { packages: ['crypto-js', 'global:CryptoJS'], member: /^PBKDF2$/, data: 0, clean: 'hash', by: 'pbkdf2', site: 'crypto-js' },
  // the md5 package: its one export is the digest (untyped, recognised when imported under its own name)
  { packages: ['md5', 'blueimp-md5'], member: /^md5$/i, data: 0, clean: 'weak-hash', by: 'md5', site: 'md5' },

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
