import type { SinkSpec } from './types.js';

/**
 * Storage on the user's device (kind 'client-storage'): storage for the password and encryption rules,
 * without a store declaration (no retention). `document.cookie = …` and `localStorage.x = …` are
 * assignment sinks (`assign: true`).
 */
export const CLIENT_SINKS: readonly SinkSpec[] = [
  // Web Storage: localStorage / sessionStorage .setItem(key, value)
  { name: 'webStorage', kind: 'client-storage', packages: ['lib'], member: /^setItem$/, container: /^Storage$/, data: [1] },
  // Cookie Store API: cookieStore.set(name, value) or set({ name, value, … })
  { name: 'cookieStore', kind: 'client-storage', packages: ['lib'], member: /^set$/, container: /^CookieStore$/, data: [1, { arg: 0, field: 'value' }] },
  // document.cookie = 'name=value; …'
  { name: 'document.cookie', kind: 'client-storage', packages: ['lib'], member: /^cookie$/, container: /^Document$/, data: [0], assign: true },
  // localStorage.key = value, localStorage['key'] = value (Storage's index signature)
  { name: 'webStorage', kind: 'client-storage', packages: ['lib'], member: /^\[\]$/, container: /^Storage$/, data: [0], assign: true },
  // IndexedDB: objectStore.put(value, key?) / add(value, key?)
  { name: 'indexedDB', kind: 'client-storage', packages: ['lib'], member: /^(put|add)$/, container: /^IDBObjectStore$/, data: [0] },
  // Express: res.cookie(name, value, options): the value is kept by the browser
  { name: 'express', kind: 'client-storage', packages: ['express-serve-static-core', 'express'], member: /^cookie$/, container: /^Response$/, data: [1] },
  // A Set-Cookie response header is a cookie too: Node's res.setHeader('Set-Cookie', v) (Express's res inherits it),
  // res.writeHead(status, [message,] { 'Set-Cookie': v }), Express's res.set/header('Set-Cookie', v)
  { name: 'node http', kind: 'client-storage', packages: ['node'], member: /^setHeader$/, container: /^OutgoingMessage$/, argument: { index: 0, text: /^set-cookie$/i }, data: [1] },
  { name: 'node http', kind: 'client-storage', packages: ['node'], member: /^writeHead$/, container: /^ServerResponse$/, data: [{ arg: 1, field: 'Set-Cookie' }, { arg: 2, field: 'Set-Cookie' }] },
  { name: 'express', kind: 'client-storage', packages: ['express-serve-static-core', 'express'], member: /^(set|header)$/, container: /^Response$/, argument: { index: 0, text: /^set-cookie$/i }, data: [1] },
  // AngularJS's $cookies service (injected by name: engine/angular.ts): put(key, value), putObject(key, object)
  { name: 'angularjs', kind: 'client-storage', packages: ['angular'], member: /^(put|putObject)$/, container: /^\$cookies$/, data: [1] },
];
