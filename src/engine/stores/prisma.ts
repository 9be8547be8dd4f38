/**
 * Prisma: `model X { … }` blocks of schema.prisma are stores (the Program does not contain the schema, so it
 * is read as text through the caller's `ts.sys`, from where prismaSchemas finds it). Fields: the scalar fields, with `/// @personal id`
 * doc comments as annotations; `@relation(…, onDelete: Cascade)` is a cascade. Calls reach a model
 * through its client delegate: `prisma.member.deleteMany(…)`, `tx.member.update(…)`.
 */
import type * as TS from 'typescript';
import type { Adapter } from './adapter.js';
import { columnItems, itemsOfColumns } from './columns.js';
import type { StoreRegistry } from './registry.js';
import { classifyPatch } from './updates.js';
import { chainTop, skipOuter } from '../syntax.js';
import { objectOf, prop } from '../resolve.js';
import { personalTagInDocs } from '../tags.js';

const OPS = /^(create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|findUnique|findUniqueOrThrow|findFirst|findFirstOrThrow|findMany|count|aggregate|groupBy)$/;
const PRISMA = ['prisma'] as const;
const SCALARS = new Set(['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes', 'Unsupported']);

export const prisma: Adapter = {
  name: 'prisma',
  deletes: OPS,

  storeOf(r, call) {
    return delegateOf(r, call)?.store;
  },

  deletions(r, call) {
    const d = delegateOf(r, call);
    if (!d) return [];
    const node = chainTop(r.cx.ts, call);
    const what = `${d.text}.${d.op}`;
    if (d.op === 'delete' || d.op === 'deleteMany') return [{ store: d.store, kind: 'delete', node, what }];
    if (!/^(update|updateMany|updateManyAndReturn|upsert)$/.test(d.op)) return [];
    const args = objectOf(r.cx, call.arguments[0]);
    const kind = classifyPatch(r, d.store, prop(r.cx, args, d.op === 'upsert' ? 'update' : 'data'));
    return kind ? [{ store: d.store, kind, node, what }] : [];
  },
};

/** `<client>.<model>.<op>(…)` where `<model>` is a model of schema.prisma. */
function delegateOf(r: StoreRegistry, call: TS.CallExpression): { store: string; op: string; text: string } | undefined {
  const ts = r.cx.ts;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee) || !OPS.test(callee.name.text)) return undefined;
  const delegate = skipOuter(ts, callee.expression);
  if (!ts.isPropertyAccessExpression(delegate)) return undefined;
  const store = r.stores.named(delegate.name.text.toLowerCase(), PRISMA);
  return store ? { store: store.id, op: callee.name.text, text: delegate.getText().replace(/\s+/g, '') } : undefined;
}

/** Reads the schema files and adds their models to the registry. */
export function declarePrismaModels(r: StoreRegistry, files: readonly TS.SourceFile[]): void {
  const sys = r.cx.ts.sys as TS.System | undefined;
  if (!sys) return;
  const config = r.cx.program.getCompilerOptions().configFilePath;
  for (const { file, text } of prismaSchemas(sys, typeof config === 'string' ? config : undefined, files.map((f) => f.fileName)).schemas) parseSchema(r, file, text);
}

/** What reading the schemas needs of a file system (TypeScript's `ts.sys` has it). */
export type SchemaHost = Pick<TS.System, 'fileExists' | 'readFile' | 'directoryExists' | 'readDirectory'>;

export interface PrismaSchemas {
  /** The schema files found, with their text. */
  schemas: Array<{ file: string; text: string }>;
  /**
   * Everything the search looked at, present or not, with what it found: equal fingerprints mean the engine reads
   * the same schemas (a schema added where none was counts as a change, as does an edit).
   */
  fingerprint: string;
}

/**
 * The Prisma schemas of a project, found where the engine looks for them; the engine, `check --cache` and the editor
 * path all ask this one function, so a schema change is seen by all three exactly when the engine reads it. The
 * folders searched: the tsconfig's, and from the project files' common folder up to the nearest folder with a
 * package.json or tsconfig.json (at most four levels). In each: schema.prisma, prisma/schema.prisma, and the
 * multi-file prisma/schema/ folder.
 */
export function prismaSchemas(sys: SchemaHost, configFile: string | undefined, projectFiles: readonly string[]): PrismaSchemas {
  const probed: string[] = [];
  if (projectFiles.length === 0) return { schemas: [], fingerprint: '[]' };
  const dirs = new Set<string>();
  if (configFile !== undefined) dirs.add(configFile.replace(/\/[^/]*$/, ''));
  let common = projectFiles[0]!.replace(/\/[^/]*$/, '');
  for (const f of projectFiles) while (!f.startsWith(`${common}/`) && common.includes('/')) common = common.replace(/\/[^/]*$/, '');
  for (let dir = common, i = 0; i < 4 && dir; i++, dir = dir.replace(/\/[^/]*$/, '')) {
    dirs.add(dir);
    const stop = sys.fileExists(`${dir}/package.json`) || sys.fileExists(`${dir}/tsconfig.json`);
    probed.push(`${dir}/package.json|tsconfig.json:${stop}`);
    if (stop) break;
  }
  const out = new Map<string, string>();
  for (const dir of dirs) {
    const candidates = [`${dir}/schema.prisma`, `${dir}/prisma/schema.prisma`];
    const folder = sys.directoryExists(`${dir}/prisma/schema`);
    if (folder) candidates.push(...sys.readDirectory(`${dir}/prisma/schema`, ['.prisma'], undefined, undefined, 2));
    probed.push(`${dir}/prisma/schema/:${folder}`);
    // package.json's "prisma": { "schema": "db/schema.prisma" } (a file, or a folder of .prisma files), as Prisma reads it
    const configured = packageSchema(sys, dir);
    if (configured !== undefined) {
      const path = configured.startsWith('/') ? configured : `${dir}/${configured.replace(/^\.\//, '')}`.replace(/\/+$/, '');
      const isFolder = sys.directoryExists(path);
      probed.push(`${dir}/package.json prisma.schema ${configured}:${isFolder ? 'folder' : 'file'}`);
      if (isFolder) candidates.push(...sys.readDirectory(path, ['.prisma'], undefined, undefined, 2));
      else candidates.push(path);
    }
    for (const f of candidates) {
      if (out.has(f)) continue;
      const text = sys.fileExists(f) ? sys.readFile(f) : undefined;
      probed.push(`${f}:${text === undefined ? 'absent' : 'present'}`);
      if (text !== undefined) out.set(f, text);
    }
  }
  const schemas = [...out].map(([file, text]) => ({ file, text }));
  return { schemas, fingerprint: JSON.stringify([probed, schemas]) };
}

/** The `prisma.schema` path a folder's package.json sets, if any. */
function packageSchema(sys: SchemaHost, dir: string): string | undefined {
  const file = `${dir}/package.json`;
  const text = sys.fileExists(file) ? sys.readFile(file) : undefined;
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as { prisma?: { schema?: unknown } };
    const schema = data?.prisma?.schema;
    return typeof schema === 'string' && schema.trim() !== '' ? schema.trim() : undefined;
  } catch {
    return undefined;
  }
}

interface Relation {
  child: string;
  parent: string;
  line: number;
  column: number;
  length: number;
}

function parseSchema(r: StoreRegistry, file: string, text: string): void {
  const cx = r.cx;
  const lines = text.split(/\r?\n/);
  const models = new Set<string>();
  for (const l of lines) {
    const m = /^\s*model\s+(\w+)\s*\{/.exec(l);
    if (m) models.add(m[1]!);
  }
  const relations: Relation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\s*)model\s+(\w+)\s*\{/.exec(lines[i]!);
    if (!head) continue;
    const name = head[2]!;
    const columns = new Map<string, string[]>();
    const aliases: string[] = [];
    // The model's field names, so that a bare `name` is judged with its siblings (a User's, not a Role's).
    const siblings: string[] = [];
    for (let j = i + 1; j < lines.length && !/^\s*\}/.test(lines[j]!); j++) {
      const f = /^\s*(\w+)\s+\w+/.exec(lines[j]!);
      if (f && !lines[j]!.trim().startsWith('@@') && !lines[j]!.trim().startsWith('//')) siblings.push(f[1]!);
    }
    let docs: string[] = [];
    let end = i;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      end = j;
      if (/^\s*\}/.test(line)) break;
      const doc = /^\s*\/\/\/(.*)$/.exec(line);
      if (doc) {
        docs.push(doc[1]!);
        continue;
      }
      const map = /^\s*@@map\(\s*"([^"]+)"/.exec(line);
      if (map) aliases.push(map[1]!);
      const field = /^\s*(\w+)\s+(\w+)(\[\])?\??(.*)$/.exec(line);
      if (field && !line.trim().startsWith('@@')) {
        const [, fname, type, , rest] = field as unknown as [string, string, string, string | undefined, string];
        if (models.has(type)) {
          if (/onDelete\s*:\s*Cascade/.test(rest)) relations.push({ child: name, parent: type, line: j + 1, column: line.search(/\S/) + 1, length: line.trimEnd().length });
        } else if (SCALARS.has(type) || !models.has(type)) {
          const annotated = personalTagInDocs(docs.join(' '));
          const dbName = /@map\(\s*"([^"]+)"/.exec(rest)?.[1];
          columns.set(fname, columnItems(cx, { name: fname, owner: name, siblings, ...(annotated ? { annotated } : {}), ...(dbName ? { dbName } : {}) }));
        }
      }
      docs = [];
    }
    const location = { file, line: i + 1, column: head[1]!.length + 1, endLine: end + 1, endColumn: (lines[end] ?? '').length + 1 };
    r.add({ id: `prisma:${name}`, kind: 'prisma', name, location, items: itemsOfColumns(columns), columns }, ...aliases);
  }
  for (const rel of relations) {
    r.cascades.push({
      child: `prisma:${rel.child}`,
      parent: `prisma:${rel.parent}`,
      location: { file, line: rel.line, column: rel.column, endLine: rel.line, endColumn: rel.length + 1 },
      how: '@relation(…, onDelete: Cascade)',
    });
  }
}
