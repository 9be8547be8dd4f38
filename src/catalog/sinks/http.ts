import type { SinkSpec } from './types.js';

/**
 * HTTP clients: a transfer to the host of the URL argument (first party when relative or own); hosts.ts
 * resolves it, also from a config object (`{ url, baseURL }`, `{ hostname }`), an instance's `baseURL` or
 * `prefixUrl`, and the verb call that starts a builder chain (superagent). A party is recognised by host.
 * The callable defaults (`axios(config)`, `got(url, opts)`, `ky(url, opts)`) match on the name the package
 * declares them with; an instance called directly (`api(config)` after `axios.create()`) goes through its
 * type's call signature, whose member name is ''.
 */
export const HTTP_SINKS: readonly SinkSpec[] = [
  // fetch: the DOM/Node global and undici's own
  { name: 'fetch', kind: 'transfer', packages: ['lib', 'undici-types', 'node', 'undici'], member: /^fetch$/, data: [1], url: 0 },

  // axios: verbs on the default export and on instances, request(config), axios(config) and axios(url, config)
  { name: 'axios', kind: 'transfer', packages: ['axios'], member: /^(post|put|patch)$/, container: /^Axios/, data: [1, 2], url: 0 },
  { name: 'axios', kind: 'transfer', packages: ['axios'], member: /^(get|delete|head|options)$/, container: /^Axios/, data: [1], url: 0 },
  { name: 'axios', kind: 'transfer', packages: ['axios'], member: /^request$/, container: /^Axios/, data: [0], url: 0 },
  { name: 'axios', kind: 'transfer', packages: ['axios'], member: /^(axios)?$/, data: [0, 1], url: 0 },

  // got: got.post(url, { json }), got(url, options); got.extend({ prefixUrl }) instances
  { name: 'got', kind: 'transfer', packages: ['got'], member: /^(post|put|patch|get|delete)$/, container: /^GotRequestFunction$/, data: [1], url: 0 },
  { name: 'got', kind: 'transfer', packages: ['got'], member: /^(got)?$/, data: [1], url: 0 },

  // ky: ky.post(url, { json }), ky(url, options); ky.create({ prefixUrl }) instances
  { name: 'ky', kind: 'transfer', packages: ['ky'], member: /^(post|put|patch|get|delete)$/, container: /^KyInstance$/, data: [1], url: 0 },
  { name: 'ky', kind: 'transfer', packages: ['ky'], member: /^(ky)?$/, data: [1], url: 0 },

  // undici: request(url, { method, body }) (fetch is above)
  { name: 'undici', kind: 'transfer', packages: ['undici'], member: /^(request|stream)$/, data: [1], url: 0 },

  // node:http(s): the request line and headers (options or URL); the body goes through the returned ClientRequest
  { name: 'http', kind: 'transfer', packages: ['node'], member: /^(request|get)$/, data: [0, 1], url: 0 },
  { name: 'http', kind: 'transfer', packages: ['node'], member: /^(write|end)$/, container: /^Writable$/, receiver: /^ClientRequest$/, data: [0] },

  // superagent: request.post(url).send(data): the data in send()/query()/field(), the URL where the chain starts
  { name: 'superagent', kind: 'transfer', packages: ['superagent'], member: /^(send|query|field)$/, container: /^(SARequest|RequestBase|Request)$/, data: 'all' },
];
