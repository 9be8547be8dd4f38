/**
 * Prisma: `model X { … }` blocks of schema.prisma are stores (the Program does not contain the schema,
 * so it is read as text through the caller's `ts.sys`: next to the tsconfig, at the project root, under
 * prisma/, or the multi-file prisma/schema/ folder). Fields: the scalar fields, with `/// @personal id`
 * doc comments as annotations; `@relation(…, onDelete: Cascade)` is a cascade. Calls reach a model
 * through its client delegate: `prisma.member.deleteMany(…)`, `tx.member.update(…)`.
 */
import type * as TS from 'typescript';
import type { Adapter } from './adapter.js';
import { columnItems, itemsOfColumns } from './columns.js';
import type { StoreRegistry } from './registry.js';
import { classifyPatch } from './updates.js';
import type { Analysis } from '../analysis.js';
import { chainTop, skipOuter } from '../syntax.js';
import { objectOf, prop } from '../resolve.js';

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
  for (const { file, text } of schemaFiles(r.cx, files)) parseSchema(r, file, text);
}

function schemaFiles(cx: Analysis, files: readonly TS.SourceFile[]): Array<{ file: string; text: string }> {
  const sys = cx.ts.sys as TS.System | undefined;
  if (!sys || files.length === 0) return [];
  const dirs = new Set<string>();
  const config = cx.program.getCompilerOptions().configFilePath;
  if (typeof config === 'string') dirs.add(config.replace(/\/[^/]*$/, ''));
  let common = files[0]!.fileName.replace(/\/[^/]*$/, '');
  for (const f of files) while (!f.fileName.startsWith(`${common}/`) && common.includes('/')) common = common.replace(/\/[^/]*$/, '');
  for (let dir = common, i = 0; i < 4 && dir; i++, dir = dir.replace(/\/[^/]*$/, '')) {
    dirs.add(dir);
    if (sys.fileExists(`${dir}/package.json`) || sys.fileExists(`${dir}/tsconfig.json`)) break;
  }
  const out = new Map<string, string>();
  for (const dir of dirs) {
    const candidates = [`${dir}/schema.prisma`, `${dir}/prisma/schema.prisma`];
    if (sys.directoryExists(`${dir}/prisma/schema`)) candidates.push(...sys.readDirectory(`${dir}/prisma/schema`, ['.prisma'], undefined, undefined, 2));
    for (const f of candidates) {
      if (out.has(f) || !sys.fileExists(f)) continue;
      const text = sys.readFile(f);
      if (text !== undefined) out.set(f, text);
    }
  }
  return [...out].map(([file, text]) => ({ file, text }));
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
          const annotated = docs.join(' ').match(/@personal\s+([\w\s,.-]+)/)?.[1]?.split(/[,\s]+/).filter((s) => s.length > 0);
          const dbName = /@map\(\s*"([^"]+)"/.exec(rest)?.[1];
          columns.set(fname, columnItems(cx, { name: fname, owner: name, ...(annotated ? { annotated } : {}), ...(dbName ? { dbName } : {}) }));
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
