import { CLIENT_SINKS } from './storage-client.js';
import { KV_SINKS } from './storage-kv.js';
import { ORM_SINKS } from './storage-orm.js';
import { SQL_SINKS } from './storage-sql.js';
import type { SinkSpec } from './types.js';

/**
 * Storage sinks, gathered for sinks/index.ts: persistent stores the service writes (kind 'storage':
 * storage-orm.ts, storage-sql.ts, storage-kv.ts) and storage on the user's device (kind 'client-storage':
 * storage-client.ts). Each entry is exercised by a fixture, fixtures/engine/storage-<ecosystem>/.
 */
export const STORAGE_SINKS: readonly SinkSpec[] = [...ORM_SINKS, ...SQL_SINKS, ...KV_SINKS];

export const CLIENT_STORAGE_SINKS: readonly SinkSpec[] = CLIENT_SINKS;
