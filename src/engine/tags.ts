/**
 * The privacy tags written in JSDoc: `@personal`, `@privacyEvent`, `@retention`. One reading for all of them
 * (the engine, `init`, the ESLint rules and schema.prisma's `///` comments): the tag names one id or several
 * separated by commas, and whatever follows the ids is a description, as in any JSDoc tag:
 *   `@personal email`                                   -> email
 *   `@personal name, phone`                             -> name, phone
 *   `@personal email the member's contact address`      -> email
 *   `@personal name, phone for the booking`             -> name, phone
 * (the description starts at the first word that does not follow a comma).
 */
import type * as TS from 'typescript';

/** The ids at the start of a tag's text: comma-separated, each one word; the rest is a description. */
export function tagIds(text: string): string[] {
  const head = /^\s*([^\s,]+(?:\s*,\s*[^\s,]+)*)/.exec(text)?.[1];
  return head ? head.split(',').map((id) => id.trim()) : [];
}

/** The text of a JSDoc tag (its comment), '' when it has none. */
export function tagText(ts: typeof TS, tag: TS.JSDocTag): string {
  const c = tag.comment;
  if (c === undefined) return '';
  return typeof c === 'string' ? c : ts.getTextOfJSDocComment(c) ?? '';
}

/** The ids of `@personal` tags on a declaration (and on the JSDoc of its variable statement). */
export function personalTags(ts: typeof TS, node: TS.Node): string[] {
  return ts
    .getJSDocTags(node)
    .filter((t) => t.tagName.text === 'personal')
    .flatMap((t) => tagIds(tagText(ts, t)));
}

/** The ids of `@personal` in schema.prisma's `///` doc comments of a field (undefined when it has none). */
export function personalTagInDocs(docs: string): string[] | undefined {
  const at = /@personal\b/.exec(docs);
  return at ? tagIds(docs.slice(at.index + at[0].length)) : undefined;
}

/** Ids of the tags named `tag` on a function or on the declaration holding it (`const f = () => …`). */
export function fnTags(ts: typeof TS, fn: TS.Node, tag: string): string[] {
  const nodes: TS.Node[] = [fn];
  if (fn.parent && (ts.isVariableDeclaration(fn.parent) || ts.isPropertyAssignment(fn.parent) || ts.isPropertyDeclaration(fn.parent))) nodes.push(fn.parent);
  // A callback registered by a statement carrying the doc: `/** @retention x */ agenda.define('purge', async () => …)`
  let up: TS.Node | undefined = fn.parent;
  while (up && (ts.isCallExpression(up) || ts.isAwaitExpression(up) || ts.isParenthesizedExpression(up))) up = up.parent;
  if (up && fn.parent && ts.isCallExpression(fn.parent) && ts.isExpressionStatement(up)) nodes.push(up);
  const out: string[] = [];
  for (const n of nodes) {
    for (const t of ts.getJSDocTags(n)) {
      if (t.tagName.text === tag) out.push(...tagIds(tagText(ts, t)).filter((s) => /^[\w.-]+$/.test(s)));
    }
  }
  return [...new Set(out)];
}
