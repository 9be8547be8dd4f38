/**
 * Abstract values: what the engine knows a value carries. Field-sensitive: an object literal keeps a
 * value per field, so `{ id, email }` read as `.id` carries nothing personal. Inside a function summary,
 * parameters are placeholders (ParamRef) that call sites replace with the arguments' values.
 */
import type { Clean, Label, Step } from './model.js';

/** ParamRef.index of `arguments`: every argument of the call. */
export const ALL_ARGUMENTS = -2;

export interface ParamRef {
  /** The parameter's position, THIS for the object a method is called on, or ALL_ARGUMENTS. */
  index: number;
  /** Fields read from the parameter: `dto.contact.phone` -> ['contact', 'phone']. */
  path: readonly string[];
  steps: readonly Step[];
  clean?: Clean;
  /**
   * Which fields of the value at `path` it stands for: all but `omit` (a rest element `{ password, ...rest }`,
   * lodash `omit`), or only `only` (lodash `pick`). Reading a field of it checks the field and drops the restriction.
   */
  omit?: readonly string[];
  only?: readonly string[];
}

export interface Val {
  labels: readonly Label[];
  params: readonly ParamRef[];
  fields?: ReadonlyMap<string, Val>;
}

/** The placeholder index of `this` in a method's summary: each call fills it with the receiver (`n.notify()` -> `n`). */
export const THIS = -1;

export const EMPTY: Val = Object.freeze({ labels: [], params: [] });

export function isEmpty(v: Val): boolean {
  return v.labels.length === 0 && v.params.length === 0 && (!v.fields || v.fields.size === 0);
}

export function join(...vals: Val[]): Val {
  const present = vals.filter((v) => !isEmpty(v));
  if (present.length === 0) return EMPTY;
  if (present.length === 1) return present[0]!;
  const fields = new Map<string, Val>();
  for (const v of present) for (const [k, f] of v.fields ?? []) fields.set(k, fields.has(k) ? join(fields.get(k)!, f) : f);
  return {
    labels: uniqueLabels(present.flatMap((v) => v.labels)),
    params: uniqueParams(present.flatMap((v) => v.params)),
    ...(fields.size > 0 ? { fields } : {}),
  };
}

/** Everything the value holds, fields included, as one flat value (for strings built from it, logs, JSON). */
export function flatten(v: Val, depth = 0): Val {
  if (!v.fields || depth > 8) return v.fields ? { labels: v.labels, params: v.params } : v;
  return join({ labels: v.labels, params: v.params }, ...[...v.fields.values()].map((f) => flatten(f, depth + 1)));
}

/** The value of field `name` read from `v`. */
export function field(v: Val, name: string, step: Step): Val {
  const own = v.fields?.get(name);
  const params = v.params
    .filter((p) => !p.omit?.includes(name) && (!p.only || p.only.includes(name)))
    .map(({ omit: _o, only: _p, ...p }) => ({ ...p, path: [...p.path, name], steps: [...p.steps, step] }));
  return join(own ?? EMPTY, { labels: [], params });
}

/** The value with only some of its fields: all but `omit`, or only `only`. Labels of the value as a whole stay. */
export function restrict(v: Val, keys: { omit?: readonly string[]; only?: readonly string[] }): Val {
  const keep = (k: string) => !keys.omit?.includes(k) && (!keys.only || keys.only.includes(k));
  const fields = new Map([...(v.fields ?? [])].filter(([k]) => keep(k)));
  const params = v.params.map((p) => {
    const omit = [...new Set([...(p.omit ?? []), ...(keys.omit ?? [])])];
    const only = keys.only ? (p.only ? p.only.filter((k) => keys.only!.includes(k)) : keys.only).filter((k) => !omit.includes(k)) : p.only;
    return { ...p, ...(omit.length > 0 ? { omit } : {}), ...(only ? { only } : {}) };
  });
  return join(withFields(fields), { labels: v.labels, params });
}

export function withFields(fields: Map<string, Val>): Val {
  for (const [k, f] of fields) if (isEmpty(f)) fields.delete(k);
  return fields.size === 0 ? EMPTY : { labels: [], params: [], fields };
}

/** Appends a step to every label and parameter (the value moved). */
export function step(v: Val, s: Step): Val {
  if (isEmpty(v)) return v;
  const fields = v.fields ? new Map([...v.fields].map(([k, f]) => [k, step(f, s)] as const)) : undefined;
  return {
    labels: v.labels.map((l) => ({ ...l, steps: [...l.steps, s] })),
    params: v.params.map((p) => ({ ...p, steps: [...p.steps, s] })),
    ...(fields ? { fields } : {}),
  };
}

/** The value after a sanitizer: every label (and placeholder) marked clean. */
export function sanitize(v: Val, clean: Clean, s: Step): Val {
  const flat = flatten(v);
  return {
    labels: flat.labels.map((l) => ({ ...l, clean, steps: [...l.steps, s] })),
    params: flat.params.map((p) => ({ ...p, clean, steps: [...p.steps, s] })),
  };
}

/**
 * Labels a declaration or a type gives a value that comes from a parameter placeholder, so that each call site
 * decides them against its argument (calls.ts instantiate): a member read through it (`dto.password`, `this.email`:
 * `name` is the member), or the parameter itself (a parameter named `password`, what its type `User` holds). Not
 * for a base that holds data of its own.
 */
export function throughParam(source: Val, base: Val, name?: string, typed?: 'typed'): Val {
  if (source.labels.length === 0 || base.labels.length > 0) return source;
  // a member the function set itself holds what was set; the parameter with members set (`user.id = id`) is still
  // the caller's for the others
  if (name !== undefined && base.fields?.has(name)) return source;
  const p = base.params[0];
  if (!p) return source;
  if (name === undefined ? p.omit || p.only : p.omit?.includes(name) || (p.only && !p.only.includes(name))) return source;
  const via = { index: p.index, path: name === undefined ? p.path : [...p.path, name], ...(typed ? { typed: true as const } : {}) };
  return { ...source, labels: source.labels.map((l) => (l.via ? l : { ...l, via })) };
}

/** The labels as a value outside the function that made them sees them: a guess through a parameter holds as said. */
export function settled(labels: readonly Label[]): Label[] {
  return labels.map((l) => (l.via ? withoutVia(l) : l));
}

export function withoutVia(l: Label): Label {
  const { via: _via, ...rest } = l;
  return rest;
}

function uniqueLabels(labels: Label[]): Label[] {
  const seen = new Map<string, Label>();
  for (const l of labels) {
    const key = `${l.item}|${l.clean?.kind ?? ''}|${l.clean?.by ?? ''}|${l.via ? `${l.via.index}:${l.via.path.join('.')}` : ''}|${l.loaded ? 'loaded' : ''}`;
    if (!seen.has(key)) seen.set(key, l);
  }
  return [...seen.values()];
}

function uniqueParams(params: ParamRef[]): ParamRef[] {
  const seen = new Map<string, ParamRef>();
  for (const p of params) {
    const key = `${p.index}|${p.path.join('.')}|${p.clean?.kind ?? ''}|${p.clean?.by ?? ''}|${p.omit?.join(',') ?? ''}|${p.only?.join(',') ?? '*'}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}
