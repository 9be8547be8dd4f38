/**
 * The manifest's names for code, checked against the project: the handlers of `events.<id>.code`
 * ("path/to/file.ts#function", "file.ts#Class.method") and the functions of `security.maskers` and
 * `security.encryptors` ("maskPhone", "crypto.encryptField": a function of crypto.ts, or a method of class crypto).
 * `validate` cannot tell (it does not read the code); `check` and `report` can, and a name that matches nothing is
 * an error at its manifest line with the closest name the project has: otherwise the handler or masker would
 * silently not count, and the only symptom would be a finding at the code.
 *
 * Pure data in: the functions each project file declares (engine/project.ts declaredFunctions) and the event
 * handlers the engine found (the engine's own resolution, so nothing it matched is called unmatched).
 */
import { relative } from 'node:path';
import type { ManifestDiagnostic } from './diagnostics.js';
import type { Manifest } from './load.js';
import { closest } from './suggest.js';

export interface DeclaredFunctions {
  /** Absolute path. */
  file: string;
  /** `fn`, `Class.method`. */
  names: readonly string[];
}

export function codeNameDiagnostics(manifest: Manifest, functions: readonly DeclaredFunctions[], eventCodes: readonly string[], manifestDir: string): ManifestDiagnostic[] {
  const out: ManifestDiagnostic[] = [];
  const report = (path: Array<string | number>, message: string) =>
    out.push({ severity: 'error', file: manifest.file, ...manifest.source.positionOf(path), path, message, code: 'unknown-code-name' });
  const found = new Set(eventCodes);
  const base = (file: string) => file.replace(/\.[cm]?[jt]sx?$/, '');

  for (const [id, ev] of Object.entries(manifest.data.events ?? {})) {
    (ev?.code ?? []).forEach((code, i) => {
      if (found.has(code)) return;
      const [path = '', name = ''] = code.split('#');
      const want = base(path.replace(/^\.?\//, ''));
      const files = functions.filter((f) => !want || base(f.file) === want || base(f.file).endsWith(`/${want}`));
      if (files.some((f) => f.names.includes(name))) return;
      const shown = (f: DeclaredFunctions, n: string) => `${relative(manifestDir, f.file).split('\\').join('/')}#${n}`;
      const candidates = (files.length > 0 ? files : functions).flatMap((f) => f.names.map((n) => shown(f, n)));
      const hint = closest(code, candidates);
      const what = files.length === 0 ? `no project file matches "${path}"` : `${path} declares no function "${name}"`;
      report(['events', id, 'code', i], `"${code}" names no function of the project: ${what}${hint ? ` (did you mean "${hint}"?)` : '; write "path/to/file.ts#function" or "file.ts#Class.method"'}`);
    });
  }

  const names = functions.flatMap((f) => {
    const module = f.file.replace(/^.*\//, '').replace(/\.[cm]?[jt]sx?$/, '');
    return f.names.flatMap((n) => [n, `${module}.${n.replace(/^.*\./, '')}`]);
  });
  const known = new Set(names);
  const lastParts = new Set(names.map((n) => n.replace(/^.*\./, '')));
  const security = manifest.data.security;
  for (const key of ['maskers', 'encryptors'] as const) {
    (security?.[key] ?? []).forEach((name, i) => {
      if (name.includes('.') ? known.has(name) : lastParts.has(name)) return;
      const hint = closest(name, new Set(names));
      const what = key === 'maskers' ? 'masker' : 'encryptor';
      report(['security', key, i], `"${name}" names no function of the project, so nothing counts as this ${what}${hint ? ` (did you mean "${hint}"?)` : ': write "function", "module.function" (a function of module.ts) or "Class.method"'}`);
    });
  }
  return out;
}
