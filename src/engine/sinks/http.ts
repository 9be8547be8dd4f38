import type { SinkSpec } from './types.js';

/** HTTP clients: a transfer to the host of the URL argument (first party when relative or own). */
export const HTTP_SINKS: readonly SinkSpec[] = [
  { name: 'fetch', kind: 'transfer', packages: ['lib', 'undici-types', 'node'], member: /^fetch$/, data: [1], url: 0 },
  { name: 'axios', kind: 'transfer', packages: ['axios'], member: /^(post|put|patch)$/, container: /^Axios/, data: [1, 2], url: 0 },
  { name: 'axios', kind: 'transfer', packages: ['axios'], member: /^(get|delete|head|options)$/, container: /^Axios/, data: [1], url: 0 },
  { name: 'axios', kind: 'transfer', packages: ['axios'], member: /^request$/, container: /^Axios/, data: [0], url: 0 },
  { name: 'got', kind: 'transfer', packages: ['got'], member: /^(post|put|patch|get)$/, data: [1], url: 0 },
  { name: 'ky', kind: 'transfer', packages: ['ky'], member: /^(post|put|patch|get)$/, data: [1], url: 0 },
];
