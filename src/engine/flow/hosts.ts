/**
 * Where a transfer goes. The host of the URL argument, resolved from literals, constants, template
 * strings, `new URL(path, base)`, a config object (`{ url, baseURL }`, `{ hostname }`, `{ host }`), the
 * instance the call is made on (`axios.create({ baseURL })`, `got.extend({ prefixUrl })`,
 * `nodemailer.createTransport({ host })`, `https.request({ hostname })`), the verb call that starts a
 * builder chain (`superagent.post(url).send(data)`), and env-var names when nothing else is known.
 * Relative URLs and the manifest's `controller.ownHosts` are first party (`*.example.com` matches subdomains, not
 * the apex: catalog/host-glob.ts).
 *
 * Who receives it: the sink's party, else the catalog party of the host, else of the package. The package
 * is the one the project imported (`@sentry/node`, `@aws-sdk/client-ses`), not the one that happens to
 * declare the method (`@sentry/core`, `@smithy/smithy-client`), so manifests can name what they install.
 */
import type * as TS from 'typescript';
import { hostGlobMatches } from '../../catalog/host-glob.js';
import { partyForHost, partyForPackage } from '../../catalog/parties.js';
import type { SinkFact } from '../model.js';
import type { SinkSpec } from '../../catalog/sinks/index.js';
import type { Analysis, CallTarget } from '../analysis.js';
import { packageOfFile, projectTarget } from '../packages.js';
import { skipOuter } from '../syntax.js';

/** Where a request goes, as far as the code says: a host, the env var naming the endpoint, or a relative URL (the service's own API). */
export interface Endpoint {
  host?: string;
  env?: string;
  relative?: boolean;
}

/** Config keys naming the destination, most specific first. */
const URL_KEYS = ['url', 'baseURL', 'prefixUrl', 'origin', 'hostname', 'host'];
/** Calls that start an HTTP builder chain: `request.post(url)…send(data)`. */
const VERBS = /^(get|post|put|patch|del|delete|head|options)$/i;

export function sinkFact(cx: Analysis, sink: SinkSpec, call: TS.CallExpression, target: CallTarget): SinkFact {
  const fact: SinkFact = { kind: sink.kind, name: target.member ? `${sink.name}.${target.member}`.replace(/^(\w+)\.\1$/, '$1') : sink.name };
  const external = sink.kind === 'transfer' || sink.thirdParty === true;
  if (target.package && external) fact.package = callPackage(cx, call, target.package);
  if (sink.thirdParty) fact.thirdParty = true;
  if (sink.party) fact.party = sink.party;
  if (sink.kind === 'storage') { const s = cx.stores.storeOf(call); if (s) fact.store = s; }
  if (!external) return fact;

  // An SDK's package says who receives the data: its constructor arguments are keys and regions, not hosts.
  const packageParty = fact.package ? partyForPackage(fact.package)?.id : undefined;
  let dest: Endpoint = {};
  if (sink.url !== undefined) {
    const urlArg = call.arguments[sink.url];
    dest = urlArg ? endpointOf(cx, urlArg, 0) : {};
    if (!dest.host && !dest.env) dest = pick(dest, instanceBase(cx, call));
  } else if (sink.kind === 'transfer' && !sink.party && !packageParty) {
    dest = chainStart(cx, call);
    if (!dest.host && !dest.env) dest = pick(dest, instanceBase(cx, call));
  }
  if (dest.host) fact.host = dest.host;
  if (dest.env) fact.env = dest.env;
  if ((dest.relative && !dest.host) || (dest.host && isOwnHost(cx, dest.host))) fact.firstParty = true;
  if (!fact.party && !fact.firstParty) {
    const party = (fact.host ? partyForHost(fact.host)?.id : undefined) ?? packageParty;
    if (party) fact.party = party;
  }
  return fact;
}

/** A resolved destination over a relative one. */
function pick(first: Endpoint, second: Endpoint): Endpoint {
  return second.host || second.env ? second : first;
}

export function endpointOf(cx: Analysis, e: TS.Expression, depth: number): Endpoint {
  const ts = cx.ts;
  if (depth > 6) return {};
  e = skipOuter(ts, e);
  if (ts.isStringLiteralLike(e)) return fromText(e.text);
  if (ts.isTemplateExpression(e)) {
    if (e.head.text !== '') return fromText(e.head.text);
    const first = e.templateSpans[0];
    return first ? endpointOf(cx, first.expression, depth + 1) : {};
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return endpointOf(cx, e.left, depth + 1);
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.length) {
    const [path, base] = e.arguments;
    const own = endpointOf(cx, path!, depth + 1);
    return own.host || !base ? own : endpointOf(cx, base, depth + 1);
  }
  if (ts.isObjectLiteralExpression(e)) return fromConfig(cx, e, depth);
  if (ts.isPropertyAccessExpression(e)) {
    if (ts.isPropertyAccessExpression(e.expression) && e.expression.getText() === 'process.env') return { env: e.name.text };
    if (e.name.text === 'href' || e.name.text === 'toString') return endpointOf(cx, e.expression, depth + 1);
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString') {
    return endpointOf(cx, e.expression.expression, depth + 1);
  }
  const init = initializerOf(cx, e);
  return init ? endpointOf(cx, init, depth + 1) : {};
}

/** `{ url: '/x', baseURL: 'https://…' }`, `{ hostname: 'api.x.com', path }`: the most telling key wins. */
function fromConfig(cx: Analysis, config: TS.ObjectLiteralExpression, depth: number): Endpoint {
  const ts = cx.ts;
  let found: Endpoint = {};
  for (const key of URL_KEYS) {
    const prop = config.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name.getText() === key);
    if (!prop) continue;
    const value = ts.isPropertyAssignment(prop) ? prop.initializer : (prop as TS.ShorthandPropertyAssignment).name;
    const bare = key === 'hostname' || key === 'host';
    const d = bare ? bareHost(cx, value, depth + 1) : endpointOf(cx, value, depth + 1);
    found = pick(found, d);
    if (found.host || found.env) return found;
    if (d.relative) found = d;
  }
  return found;
}

/** `hostname: 'api.x.com'` (no scheme), or a constant or env var holding it. */
function bareHost(cx: Analysis, e: TS.Expression, depth: number): Endpoint {
  const ts = cx.ts;
  const v = skipOuter(ts, e);
  if (ts.isStringLiteralLike(v)) return /^[a-z0-9.-]+(:\d+)?$/i.test(v.text) ? { host: v.text.replace(/:\d+$/, '').toLowerCase() } : fromText(v.text);
  const init = initializerOf(cx, v);
  return init ? bareHost(cx, init, depth + 1) : endpointOf(cx, v, depth);
}

function fromText(text: string): Endpoint {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(text)?.[1];
    return host ? { host: host.toLowerCase() } : {};
  }
  if (text.startsWith('/') || text.startsWith('.') || text === '') return { relative: true };
  return {};
}

/** The initializer of a const a name or property refers to, in project code. */
function initializerOf(cx: Analysis, e: TS.Expression): TS.Expression | undefined {
  const ts = cx.ts;
  const node = ts.isPropertyAccessExpression(e) ? e.name : ts.isIdentifier(e) ? e : undefined;
  if (!node) return undefined;
  let sym = cx.checker.getSymbolAtLocation(node);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = cx.checker.getAliasedSymbol(sym);
  const decl = sym?.valueDeclaration;
  if (!decl || !cx.isProjectFile(decl.getSourceFile())) return undefined;
  if ((ts.isVariableDeclaration(decl) || ts.isPropertyAssignment(decl) || ts.isPropertyDeclaration(decl)) && decl.initializer) return decl.initializer;
  return undefined;
}

/**
 * The instance a method is called on (or that is called), when a call or `new` made it: `axios.create({ baseURL })`,
 * `got.extend({ prefixUrl })`, `nodemailer.createTransport({ host })`, `https.request({ hostname })`,
 * `new Pool('https://…')`. Its first argument is read as a URL or a config object.
 */
function instanceBase(cx: Analysis, call: TS.CallExpression): Endpoint {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  // `api.post(…)`, or the instance called itself: `api({ url: '/x', data })`
  const receiver = ts.isPropertyAccessExpression(callee) ? skipOuter(ts, callee.expression) : ts.isIdentifier(callee) ? callee : undefined;
  if (!receiver) return {};
  const init = ts.isCallExpression(receiver) || ts.isNewExpression(receiver) ? receiver : initializerOf(cx, receiver);
  if (!init) return {};
  const made = skipOuter(ts, init);
  if (!ts.isCallExpression(made) && !ts.isNewExpression(made)) return {};
  const first = made.arguments?.[0];
  return first ? endpointOf(cx, first, 1) : {};
}

/** `superagent.post(url).set(…).send(data)`: the URL of the verb call where the chain starts. */
function chainStart(cx: Analysis, call: TS.CallExpression): Endpoint {
  const ts = cx.ts;
  let e = skipOuter(ts, call.expression);
  while (ts.isPropertyAccessExpression(e) || ts.isCallExpression(e)) {
    if (ts.isCallExpression(e)) {
      const callee = skipOuter(ts, e.expression);
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : '';
      const url = e.arguments[0];
      if (VERBS.test(name) && url) return endpointOf(cx, url, 1);
      e = skipOuter(ts, callee);
    } else e = skipOuter(ts, e.expression);
  }
  return {};
}

/**
 * The package the project imported for this call: follow the callee's root (through project consts,
 * fields and `new`) to an import of a package; else the package declaring the receiver's type; else the
 * package declaring the callee. Node's and TypeScript's own declarations keep "node" and "lib".
 */
function callPackage(cx: Analysis, call: TS.CallExpression, declaring: string): string {
  if (declaring === 'node' || declaring === 'lib') return declaring;
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  const receiver = ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee) ? callee.expression : undefined;
  const imported = importedPackage(cx, callee, 0);
  if (imported) return imported;
  if (receiver) {
    const decl = cx.checker.getTypeAtLocation(receiver).getSymbol()?.declarations?.[0];
    const pkg = decl ? packageOfFile(cx.program, decl.getSourceFile()) : undefined;
    if (pkg && pkg !== 'lib' && pkg !== 'node') return pkg;
  }
  return declaring;
}

function importedPackage(cx: Analysis, e: TS.Expression, depth: number): string | undefined {
  const ts = cx.ts;
  if (depth > 5) return undefined;
  let root = skipOuter(ts, e);
  while (ts.isPropertyAccessExpression(root) || ts.isElementAccessExpression(root) || ts.isCallExpression(root) || ts.isNewExpression(root) || ts.isAwaitExpression(root)) {
    if (ts.isPropertyAccessExpression(root) && root.expression.kind === ts.SyntaxKind.ThisKeyword) break;
    root = skipOuter(ts, root.expression);
  }
  const node = ts.isPropertyAccessExpression(root) ? root.name : ts.isIdentifier(root) ? root : undefined;
  const sym = node ? cx.checker.getSymbolAtLocation(node) : undefined;
  for (const decl of sym?.declarations ?? []) {
    let p: TS.Node | undefined = decl;
    while (p && !ts.isImportDeclaration(p) && !ts.isSourceFile(p)) p = p.parent;
    if (p && ts.isImportDeclaration(p) && ts.isStringLiteral(p.moduleSpecifier)) {
      const spec = p.moduleSpecifier.text;
      if (spec.startsWith('.') || spec.startsWith('/') || spec.startsWith('node:') || projectTarget(ts, cx.checker, sym!)) return undefined;
      return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
    }
  }
  const init = ts.isIdentifier(root) || ts.isPropertyAccessExpression(root) ? initializerOf(cx, root) : undefined;
  return init ? importedPackage(cx, init, depth + 1) : undefined;
}

/** `controller.ownHosts`, by the host-glob rules every host glob follows (catalog/host-glob.ts). */
function isOwnHost(cx: Analysis, host: string): boolean {
  return (cx.manifest.controller.ownHosts ?? []).some((g) => hostGlobMatches(g, host));
}
