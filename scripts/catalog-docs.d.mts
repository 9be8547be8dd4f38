import type { PartySpec } from '../src/catalog/services/types.js';
import type { ServiceSpec } from '../src/catalog/services/index.js';
import type { SinkSpec } from '../src/catalog/sinks/types.js';

export declare const CATEGORIES: [string, string][];
export declare function catalogDoc(parties: readonly PartySpec[], services: readonly ServiceSpec[], sinks: readonly SinkSpec[]): string;
