/**
 * Column-level encryption, on the flow's side: what arrives in the columns an ORM encrypts on write
 * (stores/encryption.ts says which) is a ciphertext although the code passes the clear value. `encryptFields`
 * marks the written object's fields, `encryptedTypeLabels` the members the written value's type declares. A transform
 * that depends on another column (`when`) applies when the written value gives that column, by its fields or its type
 * (a whole entity instance declares every column: the code may have set it anywhere before the save).
 */
import type * as TS from 'typescript';
import type { Analysis, ColumnTransform, EncryptedColumns } from '../analysis.js';
import { skipOuter } from '../syntax.js';
import type { Step } from '../model.js';
import { EMPTY, type Val, field, join, restrict, sanitize, step, withFields } from '../value.js';
import { typeLabels, typeName } from './type-labels.js';

/**
 * The written value with the fields of encrypted columns sanitized (a row's own fields; an array literal's rows are
 * flattened before). `expr`, the written expression, tells by its type whether a column a transform depends on is given.
 * With `placeholders`, a parameter standing for the whole row (`save(member)` in `create(member: Member)`: each caller
 * fills it with the entity it built) has its columns sanitized too, so the caller's `member.password = body.password`
 * arrives hashed; the rest of the row passes as it is.
 */
export function encryptFields(cx: Analysis, v: Val, cols: EncryptedColumns, at: TS.Node, expr?: TS.Expression, placeholders = false): Val {
  const whole = placeholders ? v.params.filter((p) => !p.clean) : [];
  if (!v.fields && whole.length === 0) return v;
  const fields = new Map<string, Val>();
  const type = expr ? cx.checker.getTypeAtLocation(skipOuter(cx.ts, expr)) : undefined;
  const given = (column: string) => !!v.fields?.has(column) || !!type?.getProperty(column);
  const applies = (t: ColumnTransform) => !t.when || given(t.when);
  for (const [k, f] of v.fields ?? []) {
    const t = cols.get(k);
    fields.set(k, t && applies(t) ? transformed(f, t, cx.step(at, t.note)) : f);
  }
  if (whole.length === 0) return { ...withFields(fields), labels: v.labels, params: v.params };
  const row: Val = { labels: [], params: whole };
  const hooked = [...cols].filter(([, t]) => applies(t));
  for (const [k, t] of hooked) fields.set(k, join(fields.get(k) ?? EMPTY, transformed(field(row, k, cx.step(at, `.${k}`)), t, cx.step(at, t.note))));
  const rest = restrict(row, { omit: hooked.map(([k]) => k) });
  return { ...withFields(fields), labels: v.labels, params: [...v.params.filter((p) => p.clean), ...rest.params] };
}

/** What the written expression's type declares, the encrypted columns' members marked encrypted. */
export function encryptedTypeLabels(cx: Analysis, expr: TS.Expression, cols: EncryptedColumns): Val {
  const ts = cx.ts;
  const e = skipOuter(ts, expr);
  const put = (own: Val, t: ColumnTransform) => transformed(own, t, cx.step(e, t.note));
  const type = cx.checker.getTypeAtLocation(e);
  if (cx.checker.isArrayType(type) && !ts.isArrayLiteralExpression(e)) {
    // rows typed as an array (`repo.save(customers)`): each column of the row type, encrypted or not
    const row = cx.checker.getTypeArguments(type as TS.TypeReference)[0];
    const parts = (row?.getProperties() ?? []).map((prop) => {
      const own = cx.labelsOf(cx.items.forSymbol(prop, typeName(row!)), e);
      const t = cols.get(prop.getName());
      return t ? put(own, t) : own;
    });
    return join(...parts);
  }
  const paths = [...cols.keys()].map((k) => [k]);
  const parts: Val[] = [typeLabels(cx, expr, paths)];
  if (ts.isObjectLiteralExpression(e)) {
    const keys = new Set(type.getProperties().map((p) => p.getName()));
    for (const p of e.properties) {
      const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? p.name.getText() : undefined;
      const t = key !== undefined ? cols.get(key) : undefined;
      if (!t || (t.when && !keys.has(t.when))) continue;
      const value = ts.isPropertyAssignment(p) ? p.initializer : (p as TS.ShorthandPropertyAssignment).name;
      parts.push(put(typeLabels(cx, value), t));
    }
  } else if (!ts.isArrayLiteralExpression(e)) {
    for (const [col, t] of cols) {
      const prop = type.getProperty(col);
      if (prop) parts.push(put(cx.labelsOf(cx.items.forSymbol(prop, typeName(type)), e), t));
    }
  }
  return join(...parts);
}

/** A written value as the column's transform leaves it: through the hook's path (its hash call), then marked clean. */
function transformed(v: Val, t: ColumnTransform, at: Step): Val {
  let out = v;
  for (const s of t.via ?? []) out = step(out, s);
  return sanitize(out, t.clean, at);
}
