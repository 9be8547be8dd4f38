import { kindById } from '../catalog/kinds.js';
import type { DataItem } from './schema.js';

export type Handling = 'stored' | 'transit_only' | 'never';

/** The item's handling: its own, else its kind's default (kr.rrn: never), else stored. */
export function effectiveHandling(item: Pick<DataItem, 'handling' | 'kind'>): Handling {
  return item.handling ?? (item.kind ? kindById(item.kind)?.handling : undefined) ?? 'stored';
}
