/**
 * The on-disk side of `privacy-lint check --cache`: the incremental state (FileFacts per file, the import graph,
 * the store registry) in one JSON file per tsconfig, with three fingerprints per project file. Like project.ts it
 * belongs to the CLI's way in (it reads and writes the cache folder); the engine proper never touches the file
 * system.
 *
 * The cache is used only when its key matches: privacy-lint's version, the TypeScript version, the manifest, the
 * compiler options, and a hash of every file of the Program outside the project (lib files, node_modules typings,
 * other projects' files) and of the Prisma schemas the engine reads (stores/prisma.ts prismaSchemas, which also
 * notes a schema appearing where none was). Otherwise the run is cold and the cache is rewritten.
 *
 * A cache is data the next run trusts, so it is checked before use: a SHA-256 checksum of its content (a file
 * truncated, corrupted or edited by hand does not match), and its whole shape, every fact of every file, against
 * a schema (CacheSchema). A cache that fails either is discarded with a warning and the run is cold, so its result
 * is a cold run's. Reading never fails the run. The checksum is not a signature: anyone who can write the cache
 * folder can write a cache with a matching checksum, so a cache must come only from trusted runs (docs/cli.md).
 *
 * No source text is kept: per project file, the hash of its text (unchanged?), the fingerprint of its code's
 * shape (fileShape: its top-level statements with their positions and doc comments, so an edit of comments and
 * blank lines between statements is told apart from a code change, and the file's facts stand), and the
 * fingerprint of its outline (dirty.ts: an edit that keeps what importers see).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as TS from 'typescript';
import { z } from 'zod';
import type { ManifestData } from '../manifest/schema.js';
import { VERSION } from '../version.js';
import type { IncrementalState } from './incremental.js';

/** Bumped when the layout of the file or of the facts changes. */
const FORMAT = 5;

export interface CacheKey {
  format: number;
  tool: string;
  typescript: string;
  manifest: string;
  options: string;
}

/** What the cache keeps of a project file instead of its text. */
export interface CachedFile {
  /** Hash of the text. */
  hash: string;
  /** Hash of the code's shape (fileShape): equal when only comments and blank lines between statements changed. */
  code: string;
  /** Fingerprint of the outline (dirty.ts outlineFingerprint). */
  outline: string;
  /** The functions it declares (project.ts declaredFunctions), for checking the names the manifest gives. */
  functions: string[];
}

export interface CacheFile {
  key: CacheKey;
  /** Hash of the Program's files outside the project and of the Prisma schemas, and the files' names. */
  environment: string;
  environmentFiles: string[];
  /** Project file -> its fingerprints. */
  files: Record<string, CachedFile>;
  state: IncrementalState;
}

export type Loaded = Omit<CacheFile, 'key'>;

export function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

export function cacheKey(ts: typeof TS, manifest: ManifestData, options: TS.CompilerOptions, includeTests = false): CacheKey {
  const compiler = hash(JSON.stringify(sortKeys(options)) + (includeTests ? '+tests' : ''));
  return { format: FORMAT, tool: VERSION, typescript: ts.version, manifest: hash(JSON.stringify(manifest)), options: compiler };
}

/** The cache file of a tsconfig in a cache folder. */
export function cacheFile(dir: string, tsconfig: string): string {
  return join(dir, `check-${hash(tsconfig).slice(0, 16)}.json`);
}

/** The hash of the files outside the project (their names and texts); undefined when one cannot be read. */
export function environmentHash(files: ReadonlyArray<{ fileName: string; text: string | undefined }>): string | undefined {
  const h = createHash('sha1');
  for (const f of [...files].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0))) {
    if (f.text === undefined) return undefined;
    h.update(f.fileName).update('\0').update(f.text).update('\0');
  }
  return h.digest('hex');
}

/**
 * A file's fingerprints. Two texts have the same `code` when they differ only in comments and whitespace between
 * top-level statements (not in doc comments, triple-slash directives, or anything inside a statement): the same
 * code at the same lines and columns, so the file's facts (flows, annotations, locations, notes) are the same.
 */
export function fileShape(ts: typeof TS, sf: TS.SourceFile, outline: string, functions: string[]): CachedFile {
  const text = sf.text;
  const out = [...sf.referencedFiles, ...sf.typeReferenceDirectives, ...sf.libReferenceDirectives].map((d) => `///${d.fileName}`);
  for (const st of sf.statements) {
    const start = st.getStart(sf);
    const a = sf.getLineAndCharacterOfPosition(start);
    const docs = ((st as { jsDoc?: TS.JSDoc[] }).jsDoc ?? []).map((d) => `${d.pos}:${d.getText(sf)}`).join('|');
    out.push(`${st.kind}@${a.line}:${a.character}:${text.slice(start, st.end)}|${docs}`);
  }
  return { hash: hash(text), code: hash(out.join('\0')), outline, functions };
}

/**
 * The cached state when the file exists, its checksum matches, its shape is a cache's and it was written under the
 * same key; `warn` says why a file present is not used (nothing is said when the key differs: a cold run is expected).
 */
export function readCache(path: string, key: CacheKey, warn: (message: string) => void): Loaded | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined; // no cache yet
  }
  const discard = (why: string): undefined => {
    warn(`the cache ${path} ${why}; it is discarded: analysing everything and writing it again`);
    return undefined;
  };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return discard(`is not valid JSON (${(e as Error).message})`);
  }
  const head = z.object({ key: z.unknown(), checksum: z.string(), content: z.unknown() }).safeParse(data);
  if (!head.success) return discard('is not a privacy-lint cache of this version');
  if (JSON.stringify(head.data.key) !== JSON.stringify(key)) return undefined; // another version, manifest or compiler options: cold, silently
  if (checksum(head.data.content) !== head.data.checksum) return discard('does not match its checksum (corrupted, or changed since privacy-lint wrote it)');
  const content = CacheSchema.safeParse(head.data.content);
  if (!content.success) {
    const issue = content.error.issues[0]!;
    return discard(`does not have the shape of a cache (${issue.path.join('.')}: ${issue.message})`);
  }
  return content.data as Loaded;
}

/** Writes the cache with its checksum (to a temporary file first, so a run interrupted midway leaves the old cache or none). */
export function writeCache(path: string, dir: string, content: CacheFile): void {
  const { key, ...rest } = content;
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ key, checksum: checksum(rest), content: rest }));
  renameSync(tmp, path);
}

function checksum(content: unknown): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

// The schema of a cache's content: every field of the incremental state (facts.ts, stores/index.ts RegistryFacts).
// Strict objects: a key the schema does not know fails it (test/cli/cache.test.ts checks a real cache
// round-trips, so a new field in the facts must be added here).
const str = z.string();
const int = z.number().int();
const location = z.strictObject({ file: str, line: int, column: int, endLine: int, endColumn: int });
const step = z.strictObject({ location, note: str });
const clean = z.strictObject({ kind: z.enum(['hash', 'weak-hash', 'encrypt', 'mask']), by: str });
const label = z.strictObject({
  item: str,
  how: z.enum(['annotation', 'brand', 'type', 'pattern', 'kind']),
  steps: z.array(step),
  clean: clean.optional(),
  unless: str.optional(),
});
const sink = z.strictObject({
  kind: z.enum(['storage', 'client-storage', 'log', 'transfer', 'response', 'hash']),
  name: str,
  host: str.optional(),
  env: str.optional(),
  package: str.optional(),
  firstParty: z.boolean().optional(),
  thirdParty: z.boolean().optional(),
  party: str.optional(),
  store: str.optional(),
  hash: clean.optional(),
});
const skipped = z.strictObject({ file: str, reason: str });
const pending = z.strictObject({ queue: str.optional(), names: z.array(str), name: str, location, via: str });
const facts = z.strictObject({
  file: str,
  flows: z.array(z.strictObject({ sink, location, labels: z.array(label) })),
  annotations: z.array(z.strictObject({ tag: z.enum(['personal', 'privacyEvent', 'retention']), ids: z.array(str), location })),
  suppressions: z.array(z.strictObject({ rules: z.array(str), reason: str.optional(), location })),
  skipped: z.array(skipped),
  unresolvedPackages: z.array(str),
  deletions: z.array(z.strictObject({ store: str, kind: z.enum(['delete', 'soft-delete', 'anonymise', 'ttl']), location, duration: str.optional(), note: str, fn: str.optional() })),
  roots: z.array(z.strictObject({ kind: z.enum(['event', 'job', 'call']), name: str, location, fn: str, note: str, via: step.optional() })),
  workers: z.array(z.strictObject({ queue: str.optional(), fn: str, location })),
  defined: z.array(z.strictObject({ name: str, fn: str, location })),
  repeats: z.array(pending),
  everies: z.array(pending),
  events: z.array(z.strictObject({ id: str, code: str, fns: z.array(z.strictObject({ fn: str, location })) })),
  called: z.array(str).optional(),
  functions: z.record(str, z.strictObject({ edges: z.array(z.strictObject({ to: str, at: location, note: str })).optional(), cutoff: str.optional(), retention: z.array(str).optional() })),
  effects: z.record(str, str).optional(),
});
const registry = z.strictObject({
  stores: z.array(z.strictObject({
    id: str,
    kind: z.enum(['prisma', 'typeorm', 'mongoose', 'sequelize', 'drizzle', 'knex', 'sql', 'redis']),
    name: str,
    location,
    items: z.array(str),
    columns: z.array(z.tuple([str, z.array(str)])),
    paranoid: z.boolean().optional(),
    aliases: z.array(str),
    implicit: z.boolean().optional(),
  })),
  cascades: z.array(z.strictObject({ child: str, parent: str, location, how: str })),
  ttls: z.array(z.strictObject({ store: str, location, duration: str.optional() })),
  errors: z.array(skipped),
  bySymbol: z.array(z.tuple([str, str])),
  files: z.array(str),
  prisma: str,
});
export const CacheSchema = z.strictObject({
  environment: str,
  environmentFiles: z.array(str),
  files: z.record(str, z.strictObject({ hash: str, code: str, outline: str, functions: z.array(str) })),
  state: z.strictObject({
    files: z.array(z.strictObject({ file: str, facts })),
    imports: z.record(str, z.array(str)),
    globals: z.array(str),
    registry,
  }),
});

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
}
