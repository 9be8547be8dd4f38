/**
 * `check --changed-since`: which findings touch a change. A finding does when a line of its location (the sink
 * call, the store, the tag) or of any step of its flow changed, or when it involves a manifest entry that
 * changed: a changed entry naming data items (a data item, a purpose, a recipient, a retention rule…) selects
 * the findings about those items; a changed setting naming none (security.maskers, controller.ownHosts, events,
 * rules) selects the findings of the rules that read it (their manifestKeys). The analysis itself is the whole
 * project's (cached with --cache): only the report is narrowed, so a flow from an unchanged file into a changed
 * one is found.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { Check, Finding } from '../checks/check.js';
import type { Manifest } from '../manifest/load.js';

/** Absolute file -> changed line ranges (inclusive; a new file is [1, Infinity]). */
export type LineChanges = Map<string, Array<[number, number]>>;

/** What changed in the manifest: the items of changed entries, and the settings that changed without naming any. */
export interface ManifestChanges {
  items: Set<string>;
  /** Dotted key paths ("security.maskers", "rules.privacy/no-personal-data-in-logs"). */
  settings: string[];
}

export function touchesChange(f: Finding, changes: LineChanges): boolean {
  const hit = (file: string, from: number, to: number) => changes.get(file)?.some(([a, b]) => a <= to && from <= b) ?? false;
  return hit(f.location.file, f.location.line, f.location.endLine) || f.flow.some((s) => hit(s.location.file, s.location.line, s.location.endLine));
}

/** The findings in the change: in changed lines, or about changed manifest entries. */
export function inChange(findings: readonly Finding[], changes: LineChanges, manifest: ManifestChanges, checks: readonly Check[]): Finding[] {
  const byRule = new Map(checks.map((c) => [`privacy/${c.name}`, c]));
  const readsChanged = (f: Finding) => {
    const check = byRule.get(f.ruleId);
    if (!check) return false;
    return manifest.settings.some((s) => s === `rules.${f.ruleId}` || s === `rules.${check.name}` || check.manifestKeys.some((k) => overlaps(keyPath(k), s)));
  };
  return findings.filter((f) => touchesChange(f, changes) || f.dataItems.some((i) => manifest.items.has(i)) || readsChanged(f));
}

/** The manifest entries on changed lines (`lines`: the manifest file's changed ranges). */
export function manifestChanges(m: Manifest, lines: ReadonlyArray<[number, number]>): ManifestChanges {
  const ids = new Set(m.data.dataItems.map((i) => i.id));
  const out: ManifestChanges = { items: new Set(), settings: [] };
  const root = m.source.document.contents;
  if (!isMap(root)) return out;
  const lineOf = (offset: number) => m.source.positionOfOffset(offset).line;
  const changed = (from: number, to: number) => lines.some(([a, b]) => a <= lineOf(to) && lineOf(from) <= b);
  for (const pair of root.items) {
    const section = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const value = pair.value as Node | null;
    const keyNode = pair.key as Node | null;
    const from = keyNode?.range?.[0] ?? 0;
    const to = value?.range?.[1] ?? keyNode?.range?.[1] ?? from;
    if (!changed(from, Math.max(from, to - 1))) continue;
    // One level down: the entries of a list, the keys of a mapping; a scalar section is one setting.
    const entries: Array<{ path: string; node: Node | null; from: number; to: number }> = [];
    if (isSeq(value)) {
      for (const item of value.items as Node[]) if (item?.range) entries.push({ path: section, node: item, from: item.range[0], to: item.range[1] });
    } else if (isMap(value)) {
      for (const p of value.items) {
        const k = p.key as Node | null;
        const v = p.value as Node | null;
        const a = k?.range?.[0] ?? 0;
        entries.push({ path: `${section}.${isScalar(p.key) ? String(p.key.value) : String(p.key)}`, node: v, from: a, to: v?.range?.[1] ?? k?.range?.[1] ?? a });
      }
    } else entries.push({ path: section, node: value, from, to });
    for (const e of entries) {
      if (!changed(e.from, Math.max(e.from, e.to - 1))) continue;
      const named = scalars(e.node).filter((s) => ids.has(s));
      if (named.length > 0) for (const id of named) out.items.add(id);
      else out.settings.push(e.path);
    }
  }
  return out;
}

/** Every string value under a node. */
function scalars(node: Node | null | undefined): string[] {
  if (!node) return [];
  if (isScalar(node)) return typeof node.value === 'string' ? [node.value] : [];
  if (isSeq(node)) return (node.items as Node[]).flatMap(scalars);
  if (isMap(node)) return node.items.flatMap((p) => scalars(p.value as Node | null));
  return [];
}

/** "dataItems[].class: credential" -> "dataItems.class". */
function keyPath(key: string): string {
  return key.replace(/:.*$/, '').replace(/\[\]/g, '').trim();
}

/** One dotted path is the other, or contains it. */
function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}
