/**
 * Updates that count as retention evidence: setting personal columns to null (or a fixed placeholder, or
 * `$unset`) anonymises; setting a `deletedAt`-style flag is a soft delete (the row stays). Any other
 * update is not a deletion.
 */
import type * as TS from 'typescript';
import type { Deletion } from '../model.js';
import type { StoreRegistry } from './registry.js';
import type { Analysis } from '../analysis.js';
import { propName, skipOuter } from '../syntax.js';
import { objectOf } from '../resolve.js';

const SOFT_FLAG = /^(deleted_?at|deleted_?on|is_?deleted|deleted|removed_?at|is_?removed|archived_?at|withdrawn_?at)$/i;

/** What an update's patch object does to a store's rows. */
export function classifyPatch(r: StoreRegistry, store: string, patch: TS.Expression | undefined): Deletion['kind'] | undefined {
  const cx = r.cx;
  const ts = cx.ts;
  const obj = objectOf(cx, patch);
  if (!obj) return undefined;
  let anonymised = false;
  let flagged = false;
  for (const p of obj.properties) {
    const key = propName(ts, p);
    if (!key) continue;
    const value = ts.isPropertyAssignment(p) ? skipOuter(ts, p.initializer) : undefined;
    if (key === '$set' && value) {
      const inner = classifyPatch(r, store, value);
      anonymised ||= inner === 'anonymise';
      flagged ||= inner === 'soft-delete';
      continue;
    }
    if (key === '$unset' && value && ts.isObjectLiteralExpression(value)) {
      anonymised ||= value.properties.some((q) => personal(r, store, propName(ts, q)));
      continue;
    }
    if (!value) continue;
    if (SOFT_FLAG.test(key) && !isFalsy(cx, value)) flagged = true;
    else if (isPlaceholder(cx, value) && personal(r, store, key)) anonymised = true;
  }
  return anonymised ? 'anonymise' : flagged ? 'soft-delete' : undefined;
}

function personal(r: StoreRegistry, store: string, key: string | undefined): boolean {
  if (!key) return false;
  const items = r.columnItems(store, key) ?? r.cx.items.forName(key, key).map((h) => h.item);
  return items.length > 0;
}

/** null, undefined, '', a string literal, or `sql\`NULL\``: a value that holds nothing about the person. */
function isPlaceholder(cx: Analysis, e: TS.Expression): boolean {
  const ts = cx.ts;
  if (e.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(e) && e.text === 'undefined') return true;
  if (ts.isStringLiteralLike(e)) return true;
  if (ts.isTaggedTemplateExpression(e) && ts.isNoSubstitutionTemplateLiteral(e.template)) return /^\s*null\s*$/i.test(e.template.text);
  return false;
}

function isFalsy(cx: Analysis, e: TS.Expression): boolean {
  const ts = cx.ts;
  return e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword || (ts.isNumericLiteral(e) && e.text === '0');
}
