/**
 * TypeORM: an `@Entity()` class is a store (columns: its properties, with their annotations, brands and
 * `match.types` as `Class.member`). Calls reach it through a `Repository<Entity>` (however obtained:
 * `getRepository(Entity)`, `@InjectRepository(Entity)`), the EntityManager (`manager.delete(Entity, …)`),
 * active records (`Entity.delete(…)`, `entity.remove()`) and query builders (`.delete().from(Entity)`).
 * A custom repository (`class UserRepository extends Repository<User>`, TypeORM 0.2's `@EntityRepository(User)`)
 * reaches the entity its base binds. `@ManyToOne(() => Parent, { onDelete: 'CASCADE' })` is a cascade.
 */
import type * as TS from 'typescript';
import type { Adapter } from './adapter.js';
import { columnItems, itemsOfColumns } from './columns.js';
import { isCascade } from './drizzle.js';
import type { StoreRegistry } from './registry.js';
import { classifyPatch } from './updates.js';
import { packageOfFile } from '../packages.js';
import { calleeName, calleeText, chainCalls, chainTop, receiverOf, skipOuter } from '../syntax.js';
import { objectOf, prop, stringOf, symbolOf, target } from '../resolve.js';

const DELETE = /^(delete|deleteAll|remove|clear)$/;
const SOFT = /^(softDelete|softRemove)$/;
const RELATION = /^(ManyToOne|OneToOne|OneToMany|ManyToMany)$/;

export const typeorm: Adapter = {
  name: 'typeorm',
  deletes: new RegExp(`${DELETE.source}|${SOFT.source}|^(set|update|updateAll)$`),

  declare(r, node) {
    const cx = r.cx;
    const ts = cx.ts;
    if (!ts.isClassDeclaration(node) || !node.name) return;
    const entity = decorators(r, node).find((d) => d.member === 'Entity');
    if (!entity) return;
    const cls = node.name.text;
    const opts = entity.call.arguments[0];
    const table = stringOf(cx, opts) ?? stringOf(cx, prop(cx, objectOf(cx, opts), 'name'));
    const id = `typeorm:${cls}`;
    const classSym = symbolOf(cx, node.name);
    const columns = new Map<string, string[]>();
    if (classSym) {
      for (const p of cx.checker.getDeclaredTypeOfSymbol(classSym).getProperties()) {
        const decl = p.valueDeclaration;
        if (!decl || !(ts.isPropertyDeclaration(decl) || ts.isParameter(decl)) || !cx.isProjectFile(decl.getSourceFile())) continue;
        const related = decorators(r, decl).find((d) => RELATION.test(d.member));
        if (related) {
          r.defer(() => relation(r, id, related.call));
          continue;
        }
        columns.set(p.getName(), columnItems(cx, { name: p.getName(), symbol: p, owner: cls, valueType: () => cx.checker.getTypeOfSymbol(p) }));
      }
    }
    r.add({ id, kind: 'typeorm', name: table ?? cls, location: cx.location(node), items: itemsOfColumns(columns), columns }, cls);
    r.name(classSym, id);
  },

  storeOf(r, call, t) {
    if (t.package !== 'typeorm') return undefined;
    return storeOfTypeormCall(r, call, t.container);
  },

  deletions(r, call, t) {
    if (t.package !== 'typeorm') return [];
    const ts = r.cx.ts;
    const kind = DELETE.test(t.member) ? 'delete' : SOFT.test(t.member) ? 'soft-delete' : undefined;
    const patchArg = t.member === 'set' ? 0
      : t.member === 'update' ? (t.container === 'EntityManager' ? 2 : 1)
      : t.member === 'updateAll' ? (t.container === 'EntityManager' ? 1 : 0)
      : undefined;
    if (!kind && patchArg === undefined) return [];
    const top = chainTop(ts, call);
    const store = chainCalls(ts, top).map((c) => storeOfTypeormCall(r, c, target(r.cx, c).container)).find((s) => s);
    if (!store) {
      // `this.repository.delete(id)` in `class BaseService<T>` with `repository: Repository<T>`: whatever binds T.
      const recv = kind ? receiverOf(ts, call) : undefined;
      const param = recv && (r.typeParamOf(r.cx.checker.getTypeAtLocation(recv)) ?? custom(r, recv, (t) => r.typeParamOf(t)));
      return param ? [{ store: param, param: true, kind: kind!, node: top, what: calleeText(ts, call) }] : [];
    }
    const what = `${calleeText(ts, call)}`;
    if (kind) return [{ store, kind, node: top, what }];
    const patched = classifyPatch(r, store, call.arguments[patchArg!]);
    return patched ? [{ store, kind: patched, node: top, what }] : [];
  },
};

function storeOfTypeormCall(r: StoreRegistry, c: TS.CallExpression, container: string | undefined): string | undefined {
  const cx = r.cx;
  const recv = receiverOf(cx.ts, c);
  const arg0 = c.arguments[0];
  const viaReceiver = recv && (r.ofExpression(recv) ?? r.ofType(cx.checker.getTypeAtLocation(recv)) ?? injected(r, recv) ?? custom(r, recv, (t) => r.ofType(t)));
  if (viaReceiver) return viaReceiver;
  if (!arg0) return undefined;
  const byArg = r.ofExpression(arg0);
  if (byArg) return byArg;
  return container === 'EntityManager' ? r.ofType(cx.checker.getTypeAtLocation(arg0)) : undefined;
}

/**
 * A custom repository: the receiver's class extends `Repository<Member>` (or TreeRepository, MongoRepository),
 * directly or through project classes (`class UserRepository extends BaseRepository<User>`). `of` reads the entity
 * type: its store, or the type parameter of a generic base that stands for it.
 */
function custom(r: StoreRegistry, recv: TS.Expression, of: (t: TS.Type) => string | undefined): string | undefined {
  const entity = r.baseTypeArguments(r.cx.checker.getTypeAtLocation(recv), (sym) => REPOSITORY.test(sym.getName()) && isTypeorm(r, sym))?.[0];
  return entity && of(entity);
}

const REPOSITORY = /^(Repository|TreeRepository|MongoRepository)$/;

function isTypeorm(r: StoreRegistry, sym: TS.Symbol): boolean {
  const file = sym.declarations?.[0]?.getSourceFile();
  return !!file && packageOfFile(r.cx.program, file) === 'typeorm';
}

/** `@InjectRepository(Member) private readonly repo: Repository<Member>` (NestJS), when the type says less. */
function injected(r: StoreRegistry, recv: TS.Expression): string | undefined {
  const ts = r.cx.ts;
  const decl = symbolOf(r.cx, skipOuter(ts, recv))?.valueDeclaration;
  if (!decl || !(ts.isParameter(decl) || ts.isPropertyDeclaration(decl))) return undefined;
  for (const d of ts.getDecorators(decl) ?? []) {
    if (ts.isCallExpression(d.expression) && calleeName(ts, d.expression) === 'InjectRepository') return r.ofExpression(d.expression.arguments[0]);
  }
  return undefined;
}

/** `@ManyToOne(() => Member, (m) => m.reservations, { onDelete: 'CASCADE' })` on a property of `child`. */
function relation(r: StoreRegistry, child: string, call: TS.CallExpression): void {
  const cx = r.cx;
  const ts = cx.ts;
  const opts = call.arguments.map((a) => objectOf(cx, a)).find((o) => o);
  if (!isCascade(stringOf(cx, prop(cx, opts, 'onDelete')))) return;
  const type = call.arguments[0] && skipOuter(ts, call.arguments[0]);
  const ref = type && ts.isArrowFunction(type) && !ts.isBlock(type.body) ? type.body : type;
  const parent = ref && (r.ofExpression(ref) ?? (stringOf(cx, ref) ? r.ofTableName(stringOf(cx, ref)!, ['typeorm'])?.id : undefined));
  if (parent) r.cascades.push({ child, parent, location: cx.location(call.parent), how: `@${calleeName(ts, call)}(…, { onDelete: 'CASCADE' })` });
}

interface Deco {
  member: string;
  call: TS.CallExpression;
}

function decorators(r: StoreRegistry, node: TS.HasDecorators): Deco[] {
  const ts = r.cx.ts;
  const out: Deco[] = [];
  for (const d of ts.getDecorators(node) ?? []) {
    if (!ts.isCallExpression(d.expression)) continue;
    const t = target(r.cx, d.expression);
    if (t.package === 'typeorm') out.push({ member: t.member, call: d.expression });
  }
  return out;
}
