/**
 * Orders of the Model's pieces that do not depend on the order the checker was queried in: locations (files
 * by localeCompare, as the Model has always been sorted), flow steps and labels (notes and ids by code unit).
 */
import type { Label, Location, Step } from '../model.js';

export function compareLocations(a: Location, b: Location): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
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
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
