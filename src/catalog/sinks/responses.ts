import type { SinkSpec } from './types.js';

/**
 * Responses: what a handler returns to the client. Only a credential matters here (no-plaintext-password: a
 * response echoing the request's password back); the collection and transfer rules do not read responses.
 * What a response carries by its type is judged as a store's write is (flow/calls.ts): a request body, a parameter
 * or a parsed input are known by their types; an entity loaded from a store or an object built in the handler by
 * what was put in it.
 */
export const RESPONSE_SINKS: readonly SinkSpec[] = [
  // Express: res.json(body), res.send(body), res.jsonp(body), also after res.status(…)
  { name: 'express', kind: 'response', packages: ['express-serve-static-core', 'express'], member: /^(json|jsonp|send)$/, container: /^Response$/, data: [0] },
  // Fastify: reply.send(payload)
  { name: 'fastify', kind: 'response', packages: ['fastify'], member: /^send$/, container: /^FastifyReply$/, data: [0] },
];
