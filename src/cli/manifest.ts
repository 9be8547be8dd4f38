/** The manifest as the commands load it: schema, references, and the `rules:` names (results/levels.ts). */
import { ManifestError } from '../manifest/diagnostics.js';
import { loadManifest, type Manifest } from '../manifest/load.js';
import { ruleLevelDiagnostics } from '../results/levels.js';
import { manifestPath } from './paths.js';

/** Loads the manifest of --manifest (or the default); any error is a ManifestError (exit 2). */
export function commandManifest(cwd: string, flag: string | undefined): Manifest {
  const manifest = loadManifest(manifestPath(cwd, flag));
  const problems = ruleLevelDiagnostics(manifest);
  if (problems.length > 0) throw new ManifestError([...problems, ...manifest.warnings]);
  return manifest;
}
