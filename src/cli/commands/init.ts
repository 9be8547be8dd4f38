/**
 * `privacy-lint init`: drafts privacy.yaml from what the code shows (src/init/ does the work), checks
 * that the draft validates, writes it without overwriting unless --force, and says what to do next.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { posixRelative } from '../../paths.js';
import { plural } from '../../words.js';
import { formatDiagnostic } from '../../manifest/diagnostics.js';
import { parseManifest } from '../../manifest/load.js';
import { planDraft } from '../../init/draft.js';
import { readDependencies } from '../../init/packages.js';
import { countTodos, renderDraft } from '../../init/render.js';
import { openProject, scanProject } from '../../init/scan.js';
import { formatProblem, loadProjects } from '../../engine/project.js';
import { jurisdictionHints } from '../../init/hints.js';
import { commandFlags } from '../args.js';
import { ConfigError, EXIT, UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { displayPath, projectPath } from '../paths.js';

export const initHelp = `Usage: privacy-lint init [--project tsconfig.json] [--output privacy.yaml] [--force]

Drafts a privacy manifest from what the code shows: data items from field names and @personal tags,
processors from the third-party SDKs in package.json and imports. Everything only a person can
answer (the law the service is under, purposes, retention, the organisation, the privacy officer) is
left as a "# TODO:" mark with a value that validates; "validate" reports every TODO as a policy gap
until it is answered and its mark deleted.

Options:
  --project FILE   the tsconfig.json of the project to scan (default ./tsconfig.json; a folder means its tsconfig.json)
  --output FILE    where to write the draft (default ./privacy.yaml)
  --force          overwrite the output file if it exists
Exit code: 0 when the draft was written, 2 on a usage or configuration error.
`;

export async function init(argv: string[], io: Io): Promise<number> {
  const values = commandFlags('init', argv, {
    project: { type: 'string' },
    output: { type: 'string' },
    force: { type: 'boolean' },
  }, initHelp, io);
  if (!values) return EXIT.ok;
  const tsconfig = projectPath(io.cwd, values.project);
  const output = resolve(io.cwd, values.output ?? 'privacy.yaml');
  const shownOutput = displayPath(io.cwd, output);
  if (!values.force && existsSync(output)) {
    throw new UsageError(`${shownOutput} already exists; pass --force to overwrite it, or --output FILE`);
  }

  const root = dirname(tsconfig);
  const loaded = loadProjects([tsconfig]);
  if (loaded.problems.length > 0) throw new ConfigError([...loaded.problems.map((p) => formatProblem({ ...p, file: displayPath(io.cwd, p.file) })), 'Fix the tsconfig (tsc reports it the same way), or pass --project FILE.']);
  const fileNames = loaded.projects.flatMap((p) => p.parsed.fileNames);
  const project = openTsconfig(io.cwd, tsconfig, [...new Set(fileNames)]);
  const opened = new Set(project.getSourceFiles().map((sf) => sf.getFilePath() as string));
  for (const f of fileNames.filter((x) => !opened.has(x) && !/\.d\.[cm]?ts$/.test(x))) {
    io.err(`privacy-lint: warning: ${displayPath(io.cwd, f)}: nested too deeply for TypeScript's parser (tsc cannot compile it either); its names are not in the draft\n`);
  }
  const scan = scanProject(project, root);
  for (const s of scan.skipped) io.err(`privacy-lint: warning: ${displayPath(io.cwd, resolve(root, s.file))}: ${s.reason}\n`);
  const deps = readDependencies(root);
  if (deps.file !== undefined && deps.problem !== undefined) {
    io.err(`${displayPath(io.cwd, deps.file)}: ${deps.problem}; dependencies are taken from imports only\n`);
  }
  const packageJson = deps.file === undefined ? undefined : posixRelative(root, deps.file);
  const draft = planDraft(scan, deps, packageJson);
  const text = renderDraft(draft, jurisdictionHints(project));

  const check = parseManifest(text, shownOutput);
  const errors = check.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`privacy-lint init drafted an invalid manifest (a bug in privacy-lint):\n${errors.map(formatDiagnostic).join('\n')}`);
  }

  try {
    writeFileSync(output, text, { flag: values.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${shownOutput} already exists; pass --force to overwrite it, or --output FILE`);
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOTDIR') {
      throw new ConfigError([`${shownOutput}: cannot be written (${code}); pass --output FILE in a writable folder`]);
    }
    throw e;
  }

  const overseas = draft.parties.filter((p) => p.party.country !== 'KR').length;
  io.err(
    `scanned ${plural(scan.files.length, 'file')} of ${displayPath(io.cwd, tsconfig)}: ` +
      `${plural(draft.items.length, 'data item')}, ${plural(draft.parties.length, 'processor')} (${overseas} overseas)\n` +
      `wrote ${shownOutput}: a draft with ${plural(countTodos(text), 'TODO')} and ${plural(check.diagnostics.length, 'policy gap')}\n` +
      `next: edit ${shownOutput}, then run "privacy-lint validate"\n`,
  );
  return EXIT.ok;
}

/** --project as a tsconfig path: a folder means its tsconfig.json; a missing file is a one-line error. */
function openTsconfig(cwd: string, tsconfig: string, fileNames: readonly string[]): ReturnType<typeof openProject> {
  try {
    return openProject(tsconfig, fileNames);
  } catch (e) {
    // ts-morph throws on a tsconfig it cannot read or parse: a configuration problem, not a bug.
    const first = (e as Error).message.split('\n')[0];
    throw new ConfigError([`${displayPath(cwd, tsconfig)}: cannot be read as a tsconfig (${first}); fix it or pass --project FILE`]);
  }
}
