/**
 * Where a transfer goes: the host of the URL argument, resolved from literals, constants, template
 * strings, `new URL(path, base)`, an axios instance's `baseURL`, and env-var names when nothing else is
 * known. Relative URLs and the manifest's `controller.ownHosts` are first party.
 */
import type * as TS from 'typescript';
import type { SinkFact } from '../model.js';
import type { SinkSpec } from '../sinks/index.js';
import type { Context } from './context.js';
import type { CallTarget } from './targets.js';
import { skipOuter } from './targets.js';

export interface Destination {
  host?: string;
  env?: string;
  relative?: boolean;
}

export function sinkFact(cx: Context, sink: SinkSpec, call: TS.CallExpression, target: CallTarget): SinkFact {
  const fact: SinkFact = { kind: sink.kind, name: `${sink.name}.${target.member}`.replace(/^(\w+)\.\1$/, '$1') };
  if (target.package && (sink.kind === 'transfer' || sink.thirdParty)) fact.package = target.package;
  if (sink.thirdParty) fact.thirdParty = true;
  if (sink.party) fact.party = sink.party;
  if (sink.url === undefined) return fact;
  const urlArg = call.arguments[sink.url];
  let dest: Destination = urlArg ? destination(cx, urlArg, 0) : {};
  if (!dest.host && !dest.env) {
    const base = instanceBase(cx, call);
    if (base.host || base.env) dest = base;
  }
  if (dest.host) fact.host = dest.host;
  if (dest.env) fact.env = dest.env;
  if ((dest.relative && !dest.host) || (dest.host && isOwnHost(cx, dest.host))) fact.firstParty = true;
  return fact;
}

export function destination(cx: Context, e: TS.Expression, depth: number): Destination {
  const ts = cx.ts;
  if (depth > 6) return {};
  e = skipOuter(ts, e);
  if (ts.isStringLiteralLike(e)) return fromText(e.text);
  if (ts.isTemplateExpression(e)) {
    if (e.head.text !== '') return fromText(e.head.text);
    const first = e.templateSpans[0];
    return first ? destination(cx, first.expression, depth + 1) : {};
  }
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return destination(cx, e.left, depth + 1);
  if (ts.isNewExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'URL' && e.arguments?.length) {
    const [path, base] = e.arguments;
    const own = destination(cx, path!, depth + 1);
    return own.host || !base ? own : destination(cx, base, depth + 1);
  }
  if (ts.isPropertyAccessExpression(e)) {
    if (ts.isPropertyAccessExpression(e.expression) && e.expression.getText() === 'process.env') return { env: e.name.text };
    if (e.name.text === 'href' || e.name.text === 'toString') return destination(cx, e.expression, depth + 1);
  }
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'toString') {
    return destination(cx, e.expression.expression, depth + 1);
  }
  const init = initializerOf(cx, e);
  return init ? destination(cx, init, depth + 1) : {};
}

function fromText(text: string): Destination {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    const host = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(text)?.[1];
    return host ? { host: host.toLowerCase() } : {};
  }
  if (text.startsWith('/') || text.startsWith('.') || text === '') return { relative: true };
  return {};
}

/** The initializer of a const a name or property refers to, in project code. */
function initializerOf(cx: Context, e: TS.Expression): TS.Expression | undefined {
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

/** `const api = axios.create({ baseURL })` … `api.post('/x', data)`: the instance's base URL. */
function instanceBase(cx: Context, call: TS.CallExpression): Destination {
  const ts = cx.ts;
  const callee = skipOuter(ts, call.expression);
  if (!ts.isPropertyAccessExpression(callee)) return {};
  const init = initializerOf(cx, callee.expression);
  if (!init) return {};
  const create = skipOuter(ts, init);
  if (!ts.isCallExpression(create)) return {};
  const config = create.arguments[0] && skipOuter(ts, create.arguments[0]);
  if (!config || !ts.isObjectLiteralExpression(config)) return {};
  for (const p of config.properties) {
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && (p.name.text === 'baseURL' || p.name.text === 'prefixUrl')) {
      return destination(cx, p.initializer, 1);
    }
  }
  return {};
}

export function globMatches(glob: string, host: string): boolean {
  const g = glob.toLowerCase();
  if (g.startsWith('*.')) return host === g.slice(2) || host.endsWith(g.slice(1));
  return g === host;
}

function isOwnHost(cx: Context, host: string): boolean {
  return (cx.manifest.controller.ownHosts ?? []).some((g) => globMatches(g, host));
}
