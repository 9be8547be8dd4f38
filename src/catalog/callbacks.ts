/**
 * Callback parameters whose type a framework fixes by position, for code without the framework's types: an Express
 * route handler's `(req, res, next)` are a Request and a Response, whatever they are called. Without types the
 * engine knows a callback's parameters only by the package of the call they are passed to (`app.get(path, (req, res)
 * => …)` with `app = require('express')()`); this gives them the declaring type the catalog's entries name
 * (`res.cookie` is a Response's), as @types/express would. Data, read by resolve.ts (declarationOrigin).
 */
export interface CallbackParametersSpec {
  packages: readonly string[];
  /** The method the callback is passed to (`app.get`, `router.post`, `app.use`). */
  member: RegExp;
  /** The declaring type of each parameter, by position. */
  containers: readonly string[];
}

export const CALLBACK_PARAMETERS: readonly CallbackParametersSpec[] = [
  { packages: ['express'], member: /^(get|post|put|patch|delete|del|all|use|options|head)$/, containers: ['Request', 'Response'] },
];
