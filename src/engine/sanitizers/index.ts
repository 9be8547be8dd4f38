import type { CleanKind } from '../model.js';

/**
 * Sanitizer catalog entries: calls whose result is a one-way hash, a ciphertext or a mask of argument
 * `data`. `by` names the algorithm; for `createHash(alg).update(x)` chains the algorithm is read from
 * the chain (see `chain`), so md5 and sha1 are told apart from accepted password hashes.
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
}

export const SANITIZERS: readonly SanitizerSpec[] = [
  { packages: ['bcryptjs', 'bcrypt', '@node-rs/bcrypt'], member: /^(hash|hashSync)$/, data: 0, clean: 'hash', by: 'bcrypt' },
  { packages: ['argon2', '@node-rs/argon2'], member: /^(hash|hashRaw)$/, data: 0, clean: 'hash', by: 'argon2id' },
  { packages: ['node'], member: /^(scrypt|scryptSync)$/, data: 0, clean: 'hash', by: 'scrypt' },
  { packages: ['node'], member: /^(pbkdf2|pbkdf2Sync)$/, data: 0, clean: 'hash', by: 'pbkdf2' },
  { packages: ['node'], member: /^update$/, container: /^Hash$/, data: 0, clean: 'weak-hash', by: 'hash', chain: 'createHash' },
  { packages: ['node'], member: /^update$/, container: /^Hmac$/, data: 0, clean: 'hash', by: 'hmac', chain: 'createHmac' },
  { packages: ['node'], member: /^update$/, container: /^Cipher/, data: 0, clean: 'encrypt', by: 'cipher', chain: 'createCipheriv' },
];
