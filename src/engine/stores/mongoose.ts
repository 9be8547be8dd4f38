/**
 * Mongoose: `model('Member', schema)` makes the schema (`new Schema({ … })`, the store's location) a
 * store named by the model; fields are the definition's keys (nested paths included) and, with
 * `new Schema<IMember>`, the interface's members with their annotations. A TTL is a field's `expires`
 * or a `schema.index({ f: 1 }, { expireAfterSeconds })`. Calls reach the store through the model const,
 * `new Model(doc)`, or a value typed `Model<IMember>` / `HydratedDocument<IMember>`.
 */
import type * as TS from 'typescript';
import type { Location } from '../model.js';
import type { Adapter } from './adapter.js';
import { columnItems, itemsOfColumns } from './columns.js';
import { fromMs, fromMsText } from './durations.js';
import type { StoreRegistry } from './registry.js';
import { classifyPatch } from './updates.js';
import { calleeName, calleeText, chainTop, propName, receiverOf, skipOuter } from '../syntax.js';
import { newPackage, numberOf, objectOf, prop, stringOf, symbolOf, target } from '../resolve.js';

const DELETE = /^(deleteOne|deleteMany|findByIdAndDelete|findOneAndDelete|findByIdAndRemove|findOneAndRemove|remove)$/;
const UPDATE = /^(updateOne|updateMany|update|findByIdAndUpdate|findOneAndUpdate|replaceOne)$/;

interface SchemaInfo {
  node: TS.NewExpression;
  columns: Map<string, string[]>;
  ttls: Array<{ location: Location; duration?: string }>;
  typeSym?: TS.Symbol;
}

/** Schemas by their `new Schema(…)` and by the const holding one. */
type Schemas = Map<TS.Node | TS.Symbol, SchemaInfo>;

/** A Mongoose adapter for one analysis: it keeps the schemas it saw until `model()` names them. */
export function mongoose(): Adapter {
  const schemas: Schemas = new Map();
  return {
    name: 'mongoose',
    deletes: new RegExp(`${DELETE.source}|${UPDATE.source}`),

    declare(r, node) {
      const cx = r.cx;
      const ts = cx.ts;
      if (ts.isNewExpression(node) && calleeName(ts, node) === 'Schema' && newPackage(cx, node) === 'mongoose') {
        const info = schemaInfo(r, node);
        schemas.set(node, info);
        if (ts.isVariableDeclaration(node.parent)) {
          const sym = symbolOf(cx, node.parent.name);
          if (sym) schemas.set(sym, info);
        }
        return;
      }
      if (!ts.isCallExpression(node) || !/^(index|model)$/.test(calleeName(ts, node))) return;
      const t = target(cx, node);
      if (t.package !== 'mongoose') return;
      if (t.member === 'index') {
        const recv = receiverOf(ts, node);
        const secs = numberOf(cx, prop(cx, objectOf(cx, node.arguments[1]), 'expireAfterSeconds'));
        if (recv && secs !== undefined) {
          r.defer(() => {
            const info = schemaOf(r, schemas, recv);
            const duration = fromMs(secs * 1000);
            info?.ttls.push({ location: cx.location(chainTop(ts, node)), ...(duration ? { duration } : {}) });
          });
        }
        return;
      }
      if (t.member === 'model' && node.arguments.length >= 2) {
        const name = stringOf(cx, node.arguments[0]);
        const schemaArg = node.arguments[1]!;
        if (!name) return;
        // After every schema and index() call is known (declared in any order across files).
        r.defer(() => r.defer(() => {
          const info = schemaOf(r, schemas, schemaArg);
          if (!info) return;
          const id = `mongoose:${name}`;
          const collection = stringOf(cx, node.arguments[2]);
          r.add({ id, kind: 'mongoose', name, location: cx.location(info.node), items: itemsOfColumns(info.columns), columns: info.columns }, ...(collection ? [collection] : []));
          if (ts.isVariableDeclaration(node.parent)) r.name(symbolOf(cx, node.parent.name), id);
          r.name(info.typeSym, id);
          for (const ta of node.typeArguments ?? []) {
            const type = cx.checker.getTypeFromTypeNode(ta);
            r.name(type.getSymbol(), id);
            r.name(type.aliasSymbol, id); // `type UserDocument = Document & {…}`: an intersection has no symbol of its own
          }
          for (const ttl of info.ttls) r.ttls.push({ store: id, ...ttl });
        }));
      }
    },

    storeOf(r, call, t) {
      return t.package === 'mongoose' ? modelOf(r, call) : undefined;
    },

    deletions(r, call, t) {
      if (t.package !== 'mongoose') return [];
      const del = DELETE.test(t.member);
      if (!del && !UPDATE.test(t.member)) return [];
      const store = modelOf(r, call);
      if (!store) {
        // `this.model.deleteOne(…)` in `class BaseRepository<T>` with `model: Model<T>`: whatever binds T.
        const recv = del ? receiverOf(r.cx.ts, call) : undefined;
        const param = recv && r.typeParamOf(r.cx.checker.getTypeAtLocation(recv));
        return param ? [{ store: param, param: true, kind: 'delete', node: chainTop(r.cx.ts, call), what: calleeText(r.cx.ts, call) }] : [];
      }
      const node = chainTop(r.cx.ts, call);
      const what = calleeText(r.cx.ts, call);
      if (del) return [{ store, kind: 'delete', node, what }];
      const kind = classifyPatch(r, store, call.arguments[1]);
      return kind ? [{ store, kind, node, what }] : [];
    },
  };
}

function modelOf(r: StoreRegistry, call: TS.CallExpression): string | undefined {
  const ts = r.cx.ts;
  const recv = receiverOf(ts, call);
  if (!recv) return undefined;
  const x = skipOuter(ts, recv);
  if (ts.isNewExpression(x)) return r.ofExpression(x.expression);
  return r.ofExpression(x) ?? r.ofType(r.cx.checker.getTypeAtLocation(x));
}

function schemaOf(r: StoreRegistry, s: Schemas, e: TS.Expression): SchemaInfo | undefined {
  const ts = r.cx.ts;
  const x = skipOuter(ts, e);
  if (ts.isNewExpression(x)) return s.get(x);
  const sym = symbolOf(r.cx, x);
  return sym ? s.get(sym) : undefined;
}

function schemaInfo(r: StoreRegistry, node: TS.NewExpression): SchemaInfo {
  const cx = r.cx;
  const ts = cx.ts;
  const columns = new Map<string, string[]>();
  const ttls: SchemaInfo['ttls'] = [];
  const typeNode = node.typeArguments?.[0];
  const iface = typeNode ? cx.checker.getTypeFromTypeNode(typeNode) : undefined;
  const owner = iface?.getSymbol()?.getName();
  const walk = (obj: TS.ObjectLiteralExpression | undefined, prefix: string): void => {
    for (const p of obj?.properties ?? []) {
      const key = propName(ts, p);
      if (!key || !ts.isPropertyAssignment(p)) continue;
      const value = objectOf(cx, p.initializer);
      if (value && !prop(cx, value, 'type') && !prop(cx, value, 'ref')) {
        walk(value, `${prefix}${key}.`);
        continue;
      }
      const symbol = cx.checker.getSymbolAtLocation(p.name);
      columns.set(prefix + key, columnItems(cx, { name: key, ...(symbol ? { symbol } : {}), ...(owner ? { owner } : {}) }));
      const expires = prop(cx, value, 'expires');
      if (expires) {
        const n = numberOf(cx, expires);
        const s = stringOf(cx, expires);
        const duration = n !== undefined ? fromMs(n * 1000) : s ? fromMsText(s) : undefined;
        ttls.push({ location: cx.location(expires.parent), ...(duration ? { duration } : {}) });
      }
    }
  };
  walk(objectOf(cx, node.arguments?.[0]), '');
  for (const p of iface?.getProperties() ?? []) {
    if (!p.valueDeclaration || !cx.isProjectFile(p.valueDeclaration.getSourceFile())) continue;
    const own = columnItems(cx, { name: p.getName(), symbol: p, ...(owner ? { owner } : {}), valueType: () => cx.checker.getTypeOfSymbol(p) });
    columns.set(p.getName(), [...new Set([...(columns.get(p.getName()) ?? []), ...own])].sort());
  }
  const typeSym = iface?.getSymbol();
  return { node, columns, ttls, ...(typeSym ? { typeSym } : {}) };
}
