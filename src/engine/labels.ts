/**
 * Labels and places: how several paths of one item to one sink make one label, and the one ordering rule for
 * everything that is sorted by where it is (flows, deletions, findings, flow steps, labels, the report's places).
 * The orders depend neither on the order the checker was queried in nor on the machine: files, notes and ids in
 * code-unit order (localeCompare would follow the process's locale).
 */
import type { Label, Location, Step } from './model.js';

/** Where something starts: file, then line, then column (engine locations, and the report's relative places). */
export function comparePlaces(a: Pick<Location, 'file' | 'line' | 'column'>, b: Pick<Location, 'file' | 'line' | 'column'>): number {
  return cmp(a.file, b.file) || a.line - b.line || a.column - b.column;
}

/** A place, then where it ends. */
export function compareLocations(a: Location, b: Location): number {
  return comparePlaces(a, b) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

/**
 * A total order of one flow's labels: item id, then where the value was found (the first step), then the cleaning
 * (mergeLabels keeps one label per item and cleaning, so these keys already decide), then the rest of the label.
 */
export function compareLabels(a: Label, b: Label): number {
  return (
    cmp(a.item, b.item) ||
    compareSteps(a.steps[0], b.steps[0]) ||
    cmp(a.clean?.kind ?? '', b.clean?.kind ?? '') ||
    cmp(a.clean?.by ?? '', b.clean?.by ?? '') ||
    cmp(a.how, b.how) ||
    a.steps.length - b.steps.length ||
    a.steps.reduce((c, s, i) => c || compareSteps(s, b.steps[i]), 0)
  );
}

export function compareSteps(a: Step | undefined, b: Step | undefined): number {
  if (!a || !b) return (a ? 1 : 0) - (b ? 1 : 0);
  return compareLocations(a.location, b.location) || cmp(a.note, b.note);
}

/** Code-unit order: the same on every machine and locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Several paths to one sink call make one hit: one label per item and cleaning, the longest path kept. */
export function mergeLabels(into: Label[], labels: readonly Label[]): void {
  for (const l of labels) {
    const at = into.findIndex((h) => h.item === l.item && h.clean?.kind === l.clean?.kind && h.clean?.by === l.clean?.by && h.unless === l.unless);
    if (at < 0) into.push(l);
    // Keep the path that shows where it came from; of two as long, the first in label order, not in query order.
    else if (l.steps.length > into[at]!.steps.length || (l.steps.length === into[at]!.steps.length && compareLabels(l, into[at]!) < 0)) into[at] = l;
  }
}
