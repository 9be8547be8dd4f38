/**
 * Members a dependency declares, judged by their names on an owner about a person (issue #13): used for property
 * reads (sources.ts) and for what a library object holds by its type (type-labels.ts).
 */
import type * as TS from 'typescript';
import { ownerEvidence } from '../../catalog/kinds.js';
import type { Analysis } from '../analysis.js';
import type { ItemHit } from '../items.js';
import { packageOfFile } from '../packages.js';
import { containerOf } from '../syntax.js';

/**
 * A member a dependency declares (Stripe's `Customer.email`, next-auth's `session.user.email`, an SDK's `User.phone`),
 * judged by its name as a project member is, but only on an owner about a person: the type declaring it, the type it
 * is read from, or the property it is read through (`session.user`). A library's neutral or technical types
 * (`ConnectionOptions.password`, `Transport.host`) hold no guess. TypeScript's lib and Node's types are never owners.
 */
export function libraryMemberItems(cx: Analysis, sym: TS.Symbol, owners: ReadonlyArray<string | undefined>): ItemHit[] {
  const name = sym.getName();
  // most members' names suggest nothing: asked first, since the answer is memoised per name
  if (!(sym.flags & cx.ts.SymbolFlags.Property) || cx.items.forName(name, '').length === 0) return [];
  const decl = sym.valueDeclaration ?? sym.declarations?.[0];
  if (!decl) return [];
  const pkg = packageOfFile(cx.program, decl.getSourceFile());
  if (!pkg || pkg === 'lib' || pkg === 'node' || pkg === 'undici-types') return [];
  const names = [...new Set([containerOf(cx.ts, decl), ...owners].filter((o): o is string => !!o && !o.startsWith('__')))];
  const evidence = names.map(ownerEvidence);
  if (!evidence.includes('person') || evidence.includes('not-person')) return [];
  return cx.items.forName(name, `${names[0]}.${name} (${pkg})`, true, { names, strongSibling: false });
}

