/**
 * What arrives at a sink call: the arguments, fields or receiver its catalog entry selects, with what their types
 * hold; for a store only the columns it has, through the ORM's encryption; for a log minus what the logger redacts.
 */
import type * as TS from 'typescript';
import { BUILDERS, type BuilderSpec } from '../../catalog/builders.js';
import { SINKS, type SinkSpec } from '../../catalog/sinks/index.js';
import { requestLogData } from './access-log.js';
import { loggerRedaction, type RedactPath, redactVal } from './redaction.js';
import { EMPTY, type Val, field, flatten, join, throughParam, withFields } from '../value.js';
import type { Analysis, CallTarget, EncryptedColumns } from '../analysis.js';
import type { Evaluator } from './frame.js';
import { encryptFields, encryptedTypeLabels } from './encryption.js';
import { typeLabels } from './type-labels.js';
import { enclosingFunction, propertyNameText, skipOuter } from '../syntax.js';
import { target } from '../resolve.js';

/** The value arriving at a sink: the selected arguments (or fields of them, or the receiver), deep. */
export function sinkData(frame: Evaluator, sink: SinkSpec, call: TS.CallExpression, args: Val[], receiver: Val, receiverExpr: TS.Expression | undefined, enc?: EncryptedColumns, store?: string): Val {
  const cx = frame.cx;
  const ts = cx.ts;
  // What a value holds by its type, for a store only when the code does not show what it holds (writtenByType).
  const storage = sink.kind === 'storage';
  // Of a parameter's value, a guess its callers decide (Label.via).
  const byType = (e: TS.Expression, v: Val, redact: readonly RedactPath[] = []): Val =>
    throughParam(
      sink.kind === 'response' ? respondedByType(frame, e)
      : !storage ? typeLabels(cx, e, redact) : writtenByType(frame, e) ? typeLabels(cx, e, redact, { storage }) : parametersByType(frame, v),
      v,
      undefined,
      'typed',
    );
  // Columns the ORM encrypts on write (TypeORM transformers, prisma-field-encryption): see stores/encryption.ts and flow/encryption.ts
  const written = (value: Val, e: TS.Expression): Val => {
    const v = storage ? onlyColumns(cx, withoutRelations(cx, value, e), store) : value;
    const cols = enc && columnsFor(cx, enc, e, store);
    return cols ? join(flatten(encryptFields(cx, v, cols, call, e, true)), writtenByType(frame, e) ? throughParam(encryptedTypeLabels(cx, e, cols), v, undefined, 'typed') : EMPTY) : join(flatten(v), byType(e, v));
  };
  const selectors = sink.data === 'all' ? call.arguments.map((_, i) => i) : sink.data;
  // A transfer carries its URL too: a query string or a path built from the data (`?email=${user.email}`,
  // `url.searchParams.set('phone', p)`) leaves with the request. The URL's value only, not its type's members.
  const url = sink.kind === 'transfer' && sink.url !== undefined && !selectors.includes(sink.url) ? flatten(args[sink.url] ?? EMPTY) : EMPTY;
  const redaction = sink.kind === 'log' ? loggerRedaction(cx, call) : undefined;
  const redact = redaction?.paths ?? [];
  return join(
    url,
    // an HTTP access logger: what the middleware the call makes logs for every request (flow/access-log.ts)
    sink.requestLog ? requestLogData(frame, sink, call) : EMPTY,
    ...selectors.map((sel) => {
      if (sel === 'receiver') return receiverExpr ? written(receiver, receiverExpr) : EMPTY;
      const index = typeof sel === 'number' ? sel : sel.arg;
      const expr = call.arguments?.[index];
      if (!expr) return EMPTY;
      if (typeof sel === 'number') {
        if (enc || storage) return written(args[index] ?? EMPTY, expr);
        return join(flatten(redactVal(args[index] ?? EMPTY, redact, cx, call, redaction?.by)), byType(expr, args[index] ?? EMPTY, redact));
      }
      const obj = skipOuter(ts, expr);
      const prop = ts.isObjectLiteralExpression(obj)
        ? obj.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && sameField(propertyNameText(ts, p.name), sel.field))
        : undefined;
      const valueExpr = prop && (ts.isPropertyAssignment(prop) ? prop.initializer : ts.isShorthandPropertyAssignment(prop) ? prop.name : undefined);
      const key = [...(args[index]?.fields?.keys() ?? [])].find((k) => sameField(k, sel.field)) ?? sel.field;
      const fieldVal = field(args[index] ?? EMPTY, key, cx.step(expr, `.${sel.field}`));
      return valueExpr ? written(fieldVal, valueExpr) : flatten(enc ? encryptFields(cx, fieldVal, enc, call) : fieldVal);
    }),
  );
}

/**
 * The transforms that apply to the written expression. A hook runs whatever the row is made of, with one exception:
 * TypeORM runs an entity's listeners only for an instance of the entity's class (EntityListenerMetadata.isAllowed
 * compares `entity.constructor`), so a value typed otherwise (a DTO parameter) is written as given. An object literal
 * keeps them (`save({ password })`: judged as before, docs/engine.md).
 */
function columnsFor(cx: Analysis, enc: EncryptedColumns, e: TS.Expression, store: string | undefined): EncryptedColumns | undefined {
  const x = skipOuter(cx.ts, e);
  if (cx.ts.isObjectLiteralExpression(x) || ![...enc.values()].some((t) => t.instancesOnly)) return enc;
  const type = cx.checker.getNonNullableType(cx.checker.getTypeAtLocation(x));
  const row = cx.checker.isArrayType(type) ? cx.checker.getTypeArguments(type as TS.TypeReference)[0] : type; // `save(members)`
  if (store && row && cx.stores.storeOfType(row) === store) return enc;
  const kept = new Map([...enc].filter(([, t]) => !t.instancesOnly));
  return kept.size > 0 ? kept : undefined;
}

/** A field a sink selects, by name: exactly, or ignoring case for a header's name (`'set-cookie'`, `'Set-Cookie'`). */
function sameField(name: string | undefined, wanted: string): boolean {
  return name === wanted || (name !== undefined && wanted.includes('-') && name.toLowerCase() === wanted.toLowerCase());
}

/**
 * Whether what an expression writes to a store is known only by its type (value-level facts, issue #12): a
 * parameter, a field, a module's variable, a library's result (`schema.parse(body)`): the code here does not show
 * what it holds, so its type's personal members stand for it. Not so for what the function builds or loads itself:
 * an object built here (a literal, `new`, an ORM's create/build, a project function's result) holds the fields that
 * were set, and an entity loaded from a store (`findOne`) and saved again stores nothing new but what was assigned.
 */
export function writtenByType(frame: Evaluator, e: TS.Expression): boolean {
  return valueOrigin(frame, e) === 'typed';
}

/**
 * Where the value of `e` comes from, as far as its syntax in this function tells: a `literal` the code builds (an
 * object literal, `new`: its value holds what was set), the result of a project function or a builder (`built`: its
 * value holds what its summary saw, which may be less than its type), `loaded` from a store (a read's result: what
 * was judged when it was written), or `typed` (a parameter, a field, a library call's result: only its type says
 * what it holds).
 */
export function valueOrigin(frame: Evaluator, e: TS.Expression): 'literal' | 'built' | 'loaded' | 'typed' {
  const ts = frame.cx.ts;
  let x = skipOuter(ts, e);
  while (ts.isAwaitExpression(x)) x = skipOuter(ts, x.expression);
  if (ts.isIdentifier(x)) {
    // `{ user }`: the variable, not the property the shorthand declares
    const checker = frame.cx.checker;
    const sym = ts.isShorthandPropertyAssignment(x.parent) && x.parent.name === x ? checker.getShorthandAssignmentValueSymbol(x.parent) : checker.getSymbolAtLocation(x);
    const decl = sym?.valueDeclaration;
    if (!decl || !ts.isVariableDeclaration(decl) || !decl.initializer || enclosingFunction(ts, decl) !== frame.fn) return 'typed';
    x = skipOuter(ts, decl.initializer);
    while (ts.isAwaitExpression(x)) x = skipOuter(ts, x.expression);
  }
  if (ts.isObjectLiteralExpression(x) || ts.isNewExpression(x)) return 'literal';
  if (!ts.isCallExpression(x)) return ts.isIdentifier(x) || ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x) ? 'typed' : 'literal';
  const t = target(frame.cx, x);
  if (isStoreRead(t)) return 'loaded';
  return t.body || (isBuilder(t) && !builderOf(t)!.validates) ? 'built' : 'typed';
}

/**
 * What a response carries by its type: a request body, a parameter or a parsed input (`res.send(req.body)`), inside
 * an object literal too (`res.json({ ...body, ok: true })`, `{ error, input: body }`); not an entity loaded from a
 * store or an object the handler built (their values say what they hold: a profile without the password is fine).
 */
function respondedByType(frame: Evaluator, e: TS.Expression): Val {
  const ts = frame.cx.ts;
  const x = skipOuter(ts, e);
  if (ts.isObjectLiteralExpression(x)) {
    return join(
      ...x.properties.map((p) =>
        ts.isPropertyAssignment(p) ? respondedByType(frame, p.initializer)
        : ts.isShorthandPropertyAssignment(p) ? respondedByType(frame, p.name)
        : ts.isSpreadAssignment(p) ? respondedByType(frame, p.expression)
        : EMPTY,
      ),
    );
  }
  return writtenByType(frame, x) ? typeLabels(frame.cx, x) : EMPTY;
}

/**
 * A written value without the fields that hold another store's entity (`{ member, startedAt }` with `member: Member`):
 * a relation stores a key to a row kept elsewhere, not a copy of that row's personal columns.
 */
function withoutRelations(cx: Analysis, v: Val, e: TS.Expression): Val {
  if (!v.fields) return v;
  const type = cx.checker.getTypeAtLocation(e);
  const fields = new Map([...v.fields].filter(([k]) => {
    const prop = type.getProperty(k);
    return !prop || !cx.stores.storeOfType(cx.checker.getNonNullableType(cx.checker.getTypeOfSymbol(prop)));
  }));
  return fields.size === v.fields.size ? v : { ...withFields(fields), labels: v.labels, params: v.params };
}

/** A written row without the fields its store has no column for (`{ ...form }` with the form's password, into a sessions table). */
function onlyColumns(cx: Analysis, v: Val, store: string | undefined): Val {
  if (!v.fields || !store) return v;
  let changed = false;
  const fields = new Map<string, Val>();
  for (const [k, f] of v.fields) {
    // a MongoDB update operator (`{ $set: { phone } }`) holds the columns; a dotted path (`'profile.phone'`) is its first segment's
    const kept = k.startsWith('$') ? onlyColumns(cx, f, store) : cx.stores.isColumn(store, k.split('.')[0]!) ? f : undefined;
    if (kept !== f) changed = true;
    if (kept) fields.set(k, kept);
  }
  return changed ? { ...withFields(fields), labels: v.labels, params: v.params } : v;
}

/**
 * What the parameters a built value is made of hold by their types: `repo.save(repo.create(dto))` stores the DTO's
 * personal fields (the parameter's type), not every column of the entity.
 */
function parametersByType(frame: Evaluator, v: Val): Val {
  const params = frame.fn?.parameters ?? [];
  const whole = [...new Set(v.params.filter((p) => p.path.length === 0).map((p) => p.index))];
  return join(...whole.map((i) => params[i]).filter((p) => p !== undefined && frame.cx.ts.isIdentifier(p.name)).map((p) => typeLabels(frame.cx, p!.name as TS.Identifier, [], { storage: true })));
}

/** A read of an ORM's rows (`findOne`, `findUnique`, `findByPk`…): an entity loaded, not data collected. */
function isStoreRead(t: CallTarget): boolean {
  return !!t.package && ORM_PACKAGES.has(t.package) && /^(find|get|load|reload|preload|fetch)/.test(t.member);
}

export const ORM_PACKAGES = new Set(SINKS.filter((s) => s.kind === 'storage').flatMap((s) => s.packages));

/** An ORM's entity factory (catalog/builders.ts): its result holds what it was given. */
export function isBuilder(t: CallTarget): boolean {
  return builderOf(t) !== undefined;
}

export function builderOf(t: CallTarget): BuilderSpec | undefined {
  if (!t.package) return undefined;
  return BUILDERS.find((b) => b.packages.includes(t.package!) && b.member.test(t.member) && (!b.container || (t.container !== undefined && b.container.test(t.container))));
}
