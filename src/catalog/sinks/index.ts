import { ACCESS_LOG_SINKS } from './access-logs.js';
import { FIREBASE_SINKS } from './firebase.js';
import { GTAG_SINKS } from './gtag.js';
import { HTTP_SINKS } from './http.js';
import { INTERCOM_SINKS } from './intercom.js';
import { LOG_SINKS } from './logs.js';
import { RESPONSE_SINKS } from './responses.js';
import { SDK_SINKS } from './sdks.js';
import { CLIENT_STORAGE_SINKS, STORAGE_SINKS } from './storage.js';
import { TRACKER_SINKS } from './trackers.js';
import { SERVICES, sinksOf } from '../services/index.js';
import type { SinkSpec } from './types.js';

export type { SinkSpec } from './types.js';

/** Every sink the engine knows; one file per ecosystem. */
export const SINKS: readonly SinkSpec[] = [...LOG_SINKS, ...ACCESS_LOG_SINKS, ...TRACKER_SINKS, ...HTTP_SINKS, ...SDK_SINKS, ...STORAGE_SINKS, ...CLIENT_STORAGE_SINKS, ...FIREBASE_SINKS, ...INTERCOM_SINKS, ...GTAG_SINKS, ...RESPONSE_SINKS, ...SERVICES.flatMap(sinksOf)];
