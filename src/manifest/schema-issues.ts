/**
 * Turns zod's validation issues into manifest diagnostics a privacy officer can act on: the value
 * that was wrong, what was expected, and a "did you mean" where a typo is likely.
 */
import type { z } from 'zod';
import type { KeyPath, ManifestDiagnostic } from './diagnostics.js';
import type { ManifestSource } from './source.js';
import { didYouMean, quoteList } from './suggest.js';

type Issue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

interface Draft {
  path: KeyPath;
  message: string;
  code: string;
  atKey?: boolean;
}

export function schemaDiagnostics(
  issues: readonly Issue[],
  root: AnySchema,
  data: unknown,
  source: ManifestSource,
): ManifestDiagnostic[] {
  const drafts = issues.flatMap((issue) => describe(issue, [], root, data));
  return mergeMisspelledKeys(drafts).map((d) => {
    const pos = d.atKey ? source.positionOfKey(d.path) : source.positionOf(d.path);
    return { severity: 'error', file: source.file, ...pos, path: d.path, message: d.message, code: d.code };
  });
}

function describe(issue: Issue, prefix: KeyPath, root: AnySchema, data: unknown): Draft[] {
  const path = [...prefix, ...(issue.path as Array<string | number>)];
  const value = valueAt(data, path);
  if (value === undefined && issue.code !== 'unrecognized_keys' && isMissingKey(data, path)) {
    const key = path[path.length - 1];
    return [{ path: path.slice(0, -1), code: 'missing-key', message: `missing required key "${String(key)}"` }];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = objectKeys(root, path);
      return issue.keys.map((key) => ({
        path: [...path, key],
        atKey: true,
        code: 'unknown-key',
        message: `unknown key "${key}"${didYouMean(key, known)}`,
      }));
    }
    case 'invalid_type': {
      return [{ path, code: 'wrong-type', message: `expected ${typeName(issue.expected)}, got ${show(value)}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (options.length === 1) {
        return [{ path, code: 'wrong-value', message: `expected ${JSON.stringify(issue.values[0])}, got ${show(value)}` }];
      }
      const hint = typeof value === 'string' ? didYouMean(value, options) : '';
      if (options.length > 8) {
        return [{ path, code: 'wrong-value', message: `${show(value)} is not one of the ${options.length} allowed values${hint}; docs/manifest.md lists them` }];
      }
      return [{ path, code: 'wrong-value', message: `${show(value)} is not one of ${quoteList(options)}${hint}` }];
    }
    case 'invalid_format':
      return [{ path, code: 'wrong-format', message: `${show(value)} ${issue.message}` }];
    case 'too_small':
      if (issue.origin === 'array') {
        return [{ path, code: 'too-few', message: `must list at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}` }];
      }
      return [{ path, code: 'too-small', message: `${show(value)} must be at least ${String(issue.minimum)}` }];
    case 'invalid_union':
      return describeUnion(issue, path, root, data);
    default:
      return [{ path, code: issue.code, message: issue.message }];
  }
}

/** A union failed: report the branch that came closest, or the forms that were possible. */
function describeUnion(issue: z.core.$ZodIssueInvalidUnion, path: KeyPath, root: AnySchema, data: unknown): Draft[] {
  const wrongShape = (errs: Issue[]) =>
    errs.some((e) => e.path.length === 0 && (e.code === 'invalid_type' || e.code === 'invalid_value'));
  const candidates = issue.errors.filter((errs) => !wrongShape(errs));
  if (candidates.length > 0) {
    const best = candidates.reduce((a, b) => (b.length < a.length ? b : a));
    return best.flatMap((e) => describe(e, path, root, data));
  }
  const forms = issue.errors.flatMap((errs) =>
    errs
      .filter((e) => e.path.length === 0)
      .map((e) => (e.code === 'invalid_value' ? e.values.map((v) => JSON.stringify(v)).join(' or ') : typeName((e as { expected: string }).expected))),
  );
  const value = valueAt(data, path);
  return [{ path, code: 'wrong-type', message: `expected ${[...new Set(forms)].join(' or ')}, got ${show(value)}` }];
}

/** An unknown key whose suggestion is the very key reported missing is one mistake: say it once. */
function mergeMisspelledKeys(drafts: Draft[]): Draft[] {
  const missing = new Map<string, Draft>();
  for (const d of drafts) if (d.code === 'missing-key') missing.set(`${JSON.stringify(d.path)}|${d.message}`, d);
  const dropped = new Set<Draft>();
  for (const d of drafts) {
    if (d.code !== 'unknown-key') continue;
    const suggestion = /did you mean "([^"]+)"/.exec(d.message)?.[1];
    if (!suggestion) continue;
    const m = missing.get(`${JSON.stringify(d.path.slice(0, -1))}|missing required key "${suggestion}"`);
    if (m) {
      dropped.add(m);
      d.message += `; "${suggestion}" is required`;
    }
  }
  return drafts.filter((d) => !dropped.has(d));
}

function typeName(expected: string): string {
  switch (expected) {
    case 'object':
      return 'a mapping (key: value)';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // YAML values JSON has no words for: .inf/.nan and !!binary (JSON.stringify would say null and a mapping).
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan (not a number)' : `${value < 0 ? '-' : ''}.inf (infinity)`;
  if (value instanceof Uint8Array) return 'binary data (!!binary)';
  if (typeof value === 'object') return 'a mapping';
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…"` : s;
}

/** The key at the end of `path` is absent from an object that exists. */
function isMissingKey(data: unknown, path: KeyPath): boolean {
  if (path.length === 0 || typeof path[path.length - 1] !== 'string') return false;
  const parent = valueAt(data, path.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) && !(String(path[path.length - 1]) in parent);
}

function valueAt(data: unknown, path: KeyPath): unknown {
  let cur = data;
  for (const part of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[part];
  }
  return cur;
}

/** The keys the schema allows for the object at `path` (all union branches together). */
function objectKeys(root: AnySchema, path: KeyPath): string[] {
  let schemas: AnySchema[] = [root];
  for (const part of path) schemas = schemas.flatMap((s) => child(unwrap(s), part));
  const keys = new Set<string>();
  for (const s of schemas.flatMap(unwrap)) {
    const def = s._zod.def as { type: string; shape?: Record<string, unknown> };
    if (def.type === 'object' && def.shape) for (const k of Object.keys(def.shape)) keys.add(k);
  }
  return [...keys].sort();
}

/** Optional, nullable, lazy and union wrappers opened to the schemas they hold. */
function unwrap(s: AnySchema): AnySchema[] {
  const def = s._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return unwrap(def.innerType as AnySchema);
    case 'lazy':
      return unwrap((def.getter as () => AnySchema)());
    case 'union':
      return (def.options as AnySchema[]).flatMap(unwrap);
    default:
      return [s];
  }
}

function child(s: AnySchema[], part: string | number): AnySchema[] {
  return s.flatMap((schema) => {
    const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'object' && typeof part === 'string') {
      const shape = def.shape as Record<string, AnySchema>;
      return shape[part] ? [shape[part]] : [];
    }
    if (def.type === 'array' && typeof part === 'number') return [def.element as AnySchema];
    if (def.type === 'record') return [def.valueType as AnySchema];
    return [];
  });
}

