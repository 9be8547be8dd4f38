/**
 * The on-disk side of `privacy-lint check --cache`: the incremental state (FileFacts per file, the import
 * graph, the store registry) in one JSON file per tsconfig, with the content hash of every project file.
 * Like project.ts it belongs to the CLI's way in (it reads and writes the cache folder); the engine proper
 * never touches the file system.
 *
 * The cache is used only when its key matches: privacy-lint's version, the TypeScript version, the
 * manifest, the compiler options, and a hash of every file of the Program outside the project (lib files,
 * node_modules typings) and of the Prisma schemas the engine reads (stores/prisma.ts prismaSchemas, which also
 * notes a schema appearing where none was). Otherwise, or when the file cannot be read or parsed, the run is cold and the cache
 * is rewritten. Reading never fails the run: a corrupted cache is a warning.
 *
 * The texts of the project files are kept too: a file whose top-level statements (text and position) and
 * their doc comments are unchanged differs only in the comments and blank lines between statements, so its
 * facts stand (its suppression comments are read again); when every file is unchanged in that sense and the
 * files outside the project are too, the run needs no Program at all.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import { VERSION } from '../version.js';
import type { IncrementalState } from './incremental.js';

/** Bumped when the layout of the file or of the facts changes. */
const FORMAT = 2;

export interface CacheKey {
  format: number;
  tool: string;
  typescript: string;
  manifest: string;
  options: string;
}

export interface CacheFile {
  key: CacheKey;
  /** Hash of the Program's files outside the project and of the Prisma schemas, and the files' names. */
  environment: string;
  environmentFiles: string[];
  /** Project file -> hash of its text, and the text. */
  hashes: Record<string, string>;
  texts: Record<string, string>;
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
 * True when two texts of a file differ only in comments and whitespace between top-level statements (not in
 * doc comments, triple-slash directives, or anything inside a statement): the same code at the same lines
 * and columns, so the file's facts (flows, annotations, locations, notes) are the same.
 */
export function sameCode(ts: typeof TS, fileName: string, before: string, after: string): boolean {
  const shape = (text: string): string[] => {
    const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
    const out = [...sf.referencedFiles, ...sf.typeReferenceDirectives, ...sf.libReferenceDirectives].map((d) => `///${d.fileName}`);
    for (const st of sf.statements) {
      const start = st.getStart(sf);
      const a = sf.getLineAndCharacterOfPosition(start);
      const docs = ((st as { jsDoc?: TS.JSDoc[] }).jsDoc ?? []).map((d) => `${d.pos}:${d.getText(sf)}`).join('|');
      out.push(`${st.kind}@${a.line}:${a.character}:${text.slice(start, st.end)}|${docs}`);
    }
    return out;
  };
  const a = shape(before);
  const b = shape(after);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The cached state when the file exists, parses, and was written under the same key; `warn` says why a file present is not used. */
export function readCache(path: string, key: CacheKey, warn: (message: string) => void): Loaded | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined; // no cache yet
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    warn(`the cache ${path} is not valid JSON (${(e as Error).message}); analysing everything and writing it again`);
    return undefined;
  }
  if (!isCacheFile(data)) {
    warn(`the cache ${path} is not a privacy-lint cache of this version; analysing everything and writing it again`);
    return undefined;
  }
  if (JSON.stringify(data.key) !== JSON.stringify(key)) return undefined; // another version, manifest or compiler options: cold, silently
  const { key: _key, ...loaded } = data;
  return loaded;
}

/** Writes the cache (to a temporary file first, so a run interrupted midway leaves the old cache or none). */
export function writeCache(path: string, dir: string, content: CacheFile): void {
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(content));
  renameSync(tmp, path);
}

function isCacheFile(x: unknown): x is CacheFile {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Partial<CacheFile>;
  const s = c.state as Partial<IncrementalState> | undefined;
  return (
    typeof c.key === 'object' && c.key !== null && typeof c.environment === 'string' && Array.isArray(c.environmentFiles) &&
    typeof c.hashes === 'object' && c.hashes !== null && typeof c.texts === 'object' && c.texts !== null &&
    typeof s === 'object' && s !== null && Array.isArray(s.files) && s.files.every((f) => typeof f?.file === 'string' && typeof f.facts === 'object' && f.facts !== null && Array.isArray(f.facts.flows)) &&
    typeof s.imports === 'object' && s.imports !== null && Array.isArray(s.globals) && typeof s.registry === 'object' && s.registry !== null && Array.isArray(s.registry.files)
  );
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
}
