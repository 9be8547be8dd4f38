/**
 * Column-level encryption, on the flow's side: what arrives in the columns an ORM encrypts on write
 * (stores/encryption.ts says which) is a ciphertext although the code passes the clear value. `encryptFields`
 * marks the written object's fields, `encryptedTypeLabels` the members the written value's type declares.
 */
import type * as TS from 'typescript';
import type { Analysis, EncryptedColumns } from '../analysis.js';
import type { Clean } from '../model.js';
import { skipOuter } from '../syntax.js';
import { type Val, join, sanitize, withFields } from '../value.js';
import { typeLabels, typeName } from './type-labels.js';

/** The written value with the fields of encrypted columns sanitized (a row's own fields; an array literal's rows are flattened before). */
export function encryptFields(cx: Analysis, v: Val, cols: EncryptedColumns, at: TS.Node): Val {
  if (!v.fields) return v;
  const fields = new Map<string, Val>();
  for (const [k, f] of v.fields) {
    const clean = cols.get(k);
    fields.set(k, clean ? sanitize(f, clean, cx.step(at, encryptedNote(k, clean))) : f);
  }
  return { ...withFields(fields), labels: v.labels, params: v.params };
}

/** What the written expression's type declares, the encrypted columns' members marked encrypted. */
export function encryptedTypeLabels(cx: Analysis, expr: TS.Expression, cols: EncryptedColumns): Val {
  const ts = cx.ts;
  const e = skipOuter(ts, expr);
  const step = (k: string, clean: Clean) => cx.step(e, encryptedNote(k, clean));
  const type = cx.checker.getTypeAtLocation(e);
  if (cx.checker.isArrayType(type) && !ts.isArrayLiteralExpression(e)) {
    // rows typed as an array (`repo.save(customers)`): each column of the row type, encrypted or not
    const row = cx.checker.getTypeArguments(type as TS.TypeReference)[0];
    const parts = (row?.getProperties() ?? []).map((prop) => {
      const own = cx.labelsOf(cx.items.forSymbol(prop, typeName(row!)), e);
      const clean = cols.get(prop.getName());
      return clean ? sanitize(own, clean, step(prop.getName(), clean)) : own;
    });
    return join(...parts);
  }
  const paths = [...cols.keys()].map((k) => [k]);
  const parts: Val[] = [typeLabels(cx, expr, paths)];
  if (ts.isObjectLiteralExpression(e)) {
    for (const p of e.properties) {
      const key = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? p.name.getText() : undefined;
      const clean = key !== undefined ? cols.get(key) : undefined;
      if (!clean || key === undefined) continue;
      const value = ts.isPropertyAssignment(p) ? p.initializer : (p as TS.ShorthandPropertyAssignment).name;
      parts.push(sanitize(typeLabels(cx, value), clean, step(key, clean)));
    }
  } else if (!ts.isArrayLiteralExpression(e)) {
    for (const [col, clean] of cols) {
      const prop = type.getProperty(col);
      if (prop) parts.push(sanitize(cx.labelsOf(cx.items.forSymbol(prop, typeName(type)), e), clean, step(col, clean)));
    }
  }
  return join(...parts);
}

function encryptedNote(column: string, clean: Clean): string {
  return clean.by === 'prisma-field-encryption' ? `column ${column} encrypted by prisma-field-encryption` : `column ${column} encrypted by its transformer (${clean.by})`;
}
