/**
 * Source catalog: members of library types that hold personal data by what they are, whatever the
 * manifest calls the item (`req.ip` is an IP address). Each entry names a built-in kind; the manifest's
 * items of that kind receive the label. Annotated and name-matched sources are in items.ts.
 */
export interface PropertySourceSpec {
  packages: readonly string[];
  container?: RegExp;
  member: RegExp;
  /** A built-in kind id (src/catalog/kinds.ts). */
  kind: string;
}

export const PROPERTY_SOURCES: readonly PropertySourceSpec[] = [
  { packages: ['express-serve-static-core', 'express'], container: /^Request$/, member: /^ips?$/, kind: 'ip_address' },
  { packages: ['fastify'], container: /^FastifyRequest/, member: /^ips?$/, kind: 'ip_address' },
  { packages: ['node'], container: /^Socket$/, member: /^remoteAddress$/, kind: 'ip_address' },
  { packages: ['express-serve-static-core', 'express'], container: /^Request$/, member: /^cookies$/, kind: 'cookie' },
];

/**
 * Library types whose keys are the fields a client sent (a parsed query string): a key read through their index
 * signature (`url.parse(req.url, true).query.email`, Express's `req.query.phone`) is judged by its name, as an
 * untyped body's is. `process.env` is a `Dict` too, but not one of these: configuration, not personal data.
 */
export interface NamedInputSpec {
  packages: readonly string[];
  type: RegExp;
}

export const NAMED_INPUT_TYPES: readonly NamedInputSpec[] = [
  { packages: ['node'], type: /^ParsedUrlQuery$/ },
  { packages: ['qs'], type: /^ParsedQs$/ },
];

/**
 * Packages a code generator writes from the project's own schema: their types are the app's data model, not a
 * library's, so their members are judged as the project's own declarations are (items.ts evidence rules, owners
 * included), not as a dependency's (flow/library-members.ts: only on an owner about a person). prisma-client-js writes
 * the client for prisma/schema.prisma to node_modules/.prisma/client (`User`, `Invoice` with `billingEmail`).
 */
export const GENERATED_MODEL_PACKAGES: readonly string[] = ['.prisma'];
