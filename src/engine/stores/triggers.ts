/**
 * Where deletions are started from: scheduled jobs (node-cron, cron's CronJob, @nestjs/schedule
 * `@Cron`/`@Interval`, bullmq repeatable jobs and their Worker, agenda `every` + `define` or `@Every`,
 * `setInterval`), event handlers (the manifest's `events[].code` and `@privacyEvent` functions) and
 * `@retention` functions. Each root names the function that runs and where it is set up.
 */
import type * as TS from 'typescript';
import type { StoreRegistry } from './registry.js';
import { fromMs } from './durations.js';
import type { Analysis } from '../analysis.js';
import { calleeName, type Fn, functionName, receiverOf, skipOuter, walk } from '../syntax.js';
import { fnTags } from '../tags.js';
import { functionOf, initializerOf, newPackage, numberOf, objectOf, prop, stringOf, target } from '../resolve.js';

export interface Root {
  kind: 'event' | 'job' | 'call';
  /** Event id, schedule, or function name. */
  name: string;
  /** Where it is set up (the schedule call, the decorator, the handler). */
  node: TS.Node;
  fn: Fn;
  note: string;
  /** Where the job's function is attached when set up elsewhere (a bullmq Worker, an agenda define). */
  via?: { node: TS.Node; note: string };
}

export interface Pending {
  queue?: string | undefined;
  names: string[];
  name: string;
  node: TS.Node;
  via: string;
}

/** What scanning files finds before jobs are linked across files: roots, bullmq Workers and repeats, agenda defines and everies. */
export interface RootScan {
  roots: Root[];
  workers: Array<{ queue?: string | undefined; fn: Fn; node: TS.Node }>;
  defined: Map<string, Array<{ fn: Fn; node: TS.Node }>>;
  repeats: Pending[];
  everies: Pending[];
}

/** The roots set up in `files`, and the parts of jobs that join.ts links across files (a repeat to its Worker, an agenda `every` to its `define`). */
export function scanRoots(cx: Analysis, files: readonly TS.SourceFile[]): RootScan {
  const ts = cx.ts;
  const roots: Root[] = [];
  const workers: Array<{ queue?: string | undefined; fn: Fn; node: TS.Node }> = [];
  const defined = new Map<string, Array<{ fn: Fn; node: TS.Node }>>();
  const repeats: Pending[] = [];
  const everies: Pending[] = [];
  // A schedule the code computes (`cron.schedule(isProd ? a : b, …)`, a `let` set by branches) is still a job.
  const job = (name: string | undefined, node: TS.Node, fn: Fn | undefined, via: string) => {
    if (fn) roots.push({ kind: 'job', name: name ?? 'on a schedule computed at run time', node, fn, note: `scheduled ${name ?? 'on a schedule computed at run time'} (${via})` });
  };
  const every = (ms: number | undefined) => (ms === undefined ? undefined : `every ${fromMs(ms) ?? `${ms}ms`}`);

  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && mayScheduleJob(ts, node)) {
      const t = target(cx, node);
      const a = node.arguments;
      if (t.package === 'node-cron' && (t.member === 'schedule' || t.member === 'createTask')) job(stringOf(cx, a[0]), node, functionOf(cx, a[1]), 'node-cron');
      else if (t.package === 'cron' && t.member === 'from') {
        const o = objectOf(cx, a[0]);
        job(stringOf(cx, prop(cx, o, 'cronTime')), node, functionOf(cx, prop(cx, o, 'onTick')), 'cron');
      } else if ((t.package === 'node' || t.package === 'lib') && t.member === 'setInterval') job(every(numberOf(cx, a[1])), node, functionOf(cx, a[0]), 'setInterval');
      else if (t.package === 'bullmq' && (t.member === 'add' || t.member === 'upsertJobScheduler')) {
        const repeat = t.member === 'add' ? objectOf(cx, prop(cx, objectOf(cx, a[2]), 'repeat')) : objectOf(cx, a[1]);
        const name = stringOf(cx, prop(cx, repeat, 'pattern')) ?? every(numberOf(cx, prop(cx, repeat, 'every')));
        const recv = receiverOf(ts, node);
        if (repeat && name) repeats.push({ queue: recv && queueName(cx, recv), names: [], name, node, via: 'bullmq repeat' });
      } else if (t.package === 'agenda' && t.member === 'every') {
        const name = stringOf(cx, a[0]) ?? every(numberOf(cx, a[0]));
        const names = a[1] && ts.isArrayLiteralExpression(skipOuter(ts, a[1])) ? (skipOuter(ts, a[1]) as TS.ArrayLiteralExpression).elements.map((e) => stringOf(cx, e)) : [stringOf(cx, a[1])];
        if (name) everies.push({ names: names.filter((n): n is string => !!n), name, node, via: 'agenda every' });
      } else if (t.package === 'agenda' && t.member === 'define') {
        const name = stringOf(cx, a[0]);
        const fn = functionOf(cx, a[1]) ?? functionOf(cx, a[2]);
        if (name && fn) defined.set(name, [...(defined.get(name) ?? []), { fn, node }]);
      }
    } else if (ts.isNewExpression(node)) {
      const name = calleeName(ts, node);
      const pkg = name === 'CronJob' || name === 'Worker' ? newPackage(cx, node) : undefined;
      if (pkg === 'cron' && name === 'CronJob') job(stringOf(cx, node.arguments?.[0]), node, functionOf(cx, node.arguments?.[1]), 'cron');
      if (pkg === 'bullmq' && name === 'Worker') {
        const fn = functionOf(cx, node.arguments?.[1]);
        if (fn) workers.push({ queue: stringOf(cx, node.arguments?.[0]), fn, node });
      }
    } else if (ts.isMethodDeclaration(node) && node.body) {
      for (const d of ts.getDecorators(node) ?? []) {
        if (!ts.isCallExpression(d.expression)) continue;
        const t = target(cx, d.expression);
        const a = d.expression.arguments;
        if (t.package === '@nestjs/schedule' && t.member === 'Cron') job(stringOf(cx, a[0]), d, node, '@nestjs/schedule @Cron');
        if (t.package === '@nestjs/schedule' && t.member === 'Interval') job(every(numberOf(cx, a[a.length - 1])), d, node, '@nestjs/schedule @Interval');
        if (t.package === 'agenda' && t.member === 'Every') job(stringOf(cx, a[0]) ?? every(numberOf(cx, a[0])), d, node, 'agenda @Every');
      }
    }
    if (ts.isFunctionLike(node) && (node as Fn).body) {
      const fn = node as Fn;
      for (const id of fnTags(ts, fn, 'privacyEvent')) roots.push({ kind: 'event', name: id, node: fn, fn, note: `handles ${id} (@privacyEvent)` });
      const retention = fnTags(ts, fn, 'retention');
      if (retention.length > 0) roots.push({ kind: 'call', name: functionName(ts, fn), node: fn, fn, note: `@retention ${retention.join(', ')}` });
    }
  };
  for (const sf of files) walk(ts, sf, visit);
  return { roots, workers, defined, repeats, everies };
}

/** A call by a name the job schedulers above use (plain names always: an import may rename them); others are not resolved. */
function mayScheduleJob(ts: typeof TS, call: TS.CallExpression): boolean {
  const callee = skipOuter(ts, call.expression);
  return !ts.isPropertyAccessExpression(callee) || SCHEDULING.test(callee.name.text);
}

const SCHEDULING = /^(schedule|createTask|from|setInterval|add|upsertJobScheduler|every|define)$/;

/** The queue a bullmq `queue.add` is called on: `new Queue('retention')` held by a const or a field. */
function queueName(cx: Analysis, recv: TS.Expression): string | undefined {
  const init = initializerOf(cx, recv);
  const x = init && skipOuter(cx.ts, init);
  return x && cx.ts.isNewExpression(x) ? stringOf(cx, x.arguments?.[0]) : undefined;
}

/**
 * "src/users/users.service.ts#withdraw", "users.service.ts#UsersService.withdraw", "#withdraw", and a function an
 * object literal holds: "…#userController.deleteProfile" (`export const userController = {
 * deleteProfile: async (req, res) => … }`), "routes.ts#default.remove" (`export default { … }`). A class's method
 * may be inherited (`UserService.forceDelete` of `class UserService extends BaseService<User>`): the base class's
 * method, with the stores the class binds the base's type parameters to (`binds`, from `registry`).
 */
export function resolveCode(cx: Analysis, files: readonly TS.SourceFile[], code: string, registry?: StoreRegistry): Array<{ fn: Fn; binds?: Record<string, string> }> {
  const ts = cx.ts;
  const [path = '', name = ''] = code.split('#');
  const want = path.replace(/^\.?\//, '').replace(/\.[cm]?[jt]sx?$/, '');
  const [first, second] = name.split('.');
  const out: Array<{ fn: Fn; binds?: Record<string, string> }> = [];
  for (const sf of files) {
    const base = sf.fileName.replace(/\.[cm]?[jt]sx?$/, '');
    if (want && !(base === want || base.endsWith(`/${want}`))) continue;
    walk(ts, sf, (n) => {
      if (second === undefined) {
        if (ts.isFunctionDeclaration(n) && n.name?.text === first && n.body) out.push({ fn: n });
        if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === first) {
          const fn = functionOf(cx, n.initializer);
          if (fn) out.push({ fn });
        }
      } else if (ts.isVariableDeclaration(n) || ts.isExportAssignment(n)) {
        const obj = objectNamed(ts, n, first ?? '');
        if (obj) out.push(...objectMethods(cx, obj, second));
      } else if (ts.isClassLike(n) && n.name?.text === first) {
        const before = out.length;
        for (const m of n.members) {
          if (ts.isMethodDeclaration(m) && m.body && m.name.getText() === second) out.push({ fn: m });
          if (ts.isPropertyDeclaration(m) && m.name.getText() === second) {
            const fn = functionOf(cx, m.initializer);
            if (fn) out.push({ fn });
          }
        }
        if (out.length === before && n.heritageClauses) out.push(...inherited(cx, n, second, registry));
      }
    });
  }
  return out;
}

/** The object literal `const name = { … }` holds, or `export default { … }`'s as `default`. */
function objectNamed(ts: typeof TS, n: TS.Node, name: string): TS.ObjectLiteralExpression | undefined {
  const init = ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === name ? n.initializer
    : ts.isExportAssignment(n) && !n.isExportEquals && name === 'default' ? n.expression
    : undefined;
  const x = init && skipOuter(ts, init);
  return x && ts.isObjectLiteralExpression(x) ? x : undefined;
}

/** The functions an object literal's property `member` holds: `member: async (req, res) => …`, `member: function …`, `async member() {…}`. */
function objectMethods(cx: Analysis, obj: TS.ObjectLiteralExpression, member: string): Array<{ fn: Fn }> {
  const ts = cx.ts;
  const out: Array<{ fn: Fn }> = [];
  for (const p of obj.properties) {
    const name = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) || ts.isPrivateIdentifier(p.name)) ? p.name.text : undefined;
    if (name !== member) continue;
    const fn = ts.isMethodDeclaration(p) && p.body ? p : ts.isPropertyAssignment(p) ? functionOf(cx, p.initializer) : undefined;
    if (fn) out.push({ fn });
  }
  return out;
}

/** A method a class inherits from a project base class, with the stores the class binds the base's type parameters to. */
function inherited(cx: Analysis, cls: TS.ClassLikeDeclaration, member: string, registry: StoreRegistry | undefined): Array<{ fn: Fn; binds?: Record<string, string> }> {
  const ts = cx.ts;
  const sym = cls.name && cx.checker.getSymbolAtLocation(cls.name);
  if (!sym) return [];
  const type = cx.checker.getDeclaredTypeOfSymbol(sym);
  const out: Array<{ fn: Fn; binds?: Record<string, string> }> = [];
  for (const d of type.getProperty(member)?.declarations ?? []) {
    if (!cx.isProjectFile(d.getSourceFile())) continue;
    const fn = ts.isMethodDeclaration(d) && d.body ? d : ts.isPropertyDeclaration(d) ? functionOf(cx, d.initializer) : undefined;
    if (!fn) continue;
    const owner = d.parent && ts.isClassLike(d.parent) ? d.parent : undefined;
    const binds = owner && registry ? registry.classBindings(type, owner) : undefined;
    out.push({ fn, ...(binds ? { binds } : {}) });
  }
  return out;
}
