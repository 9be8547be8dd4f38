// What the module templates share: field types, the `@personal` annotations, the expect markers.
import { MISTAKES } from './plan.mjs';

/** The marker put at the end of the line where a deliberate mistake should give a finding. */
export const EXPECT = (kind) => ` // expect: ${MISTAKES[kind].rule}`;

export function tsType(x) {
  if (x.values) return x.values.map((v) => `'${v}'`).join(' | ');
  return { text: 'string', int: 'number', date: 'string', timestamp: 'Date', bool: 'boolean' }[x.type];
}

export const hashProp = (x) => `${x.prop}Hash`;

export const dtoOptional = (x) => x.optional || x.inputOptional;

/** `/** @personal x *\/` above a property, when the plan says so (with the typo, for the bad-annotation mistake). */
export function annotation(x, indent = '  ', { typo = false } = {}) {
  const out = [];
  if (typo && x.typo) {
    out.push(`${indent}// expect-next-annotation: ${MISTAKES['bad-annotation'].rule}`);
    out.push(`${indent}/** @personal ${x.typo} */`);
    return out;
  }
  if (x.doc && x.annotate) return [`${indent}/**`, `${indent} * ${x.doc}`, `${indent} * @personal ${x.item}`, `${indent} */`];
  if (x.doc) return [`${indent}/** ${x.doc} */`];
  if (x.annotate && x.item) return [`${indent}/** @personal ${x.item} */`];
  return out;
}

/** The body of `toEView(row)`: the view's fields copied from the row (the mapper file's and the service's own). */
export const viewFromRow = (c) => ['  return {', '    id: row.id,', c.view.map((x) => `    ${x.prop}: row.${x.prop},`), '    createdAt: row.createdAt,', '  };'];
