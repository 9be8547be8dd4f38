/**
 * The engine's entry point: a ts.Program and a manifest in, the Model out. No fs, no console, no
 * process: the CLI and the ESLint rules hand in the Program they have, with the `ts` module that
 * created it (typescript-eslint's copy and ts-morph's bundled copy must never be mixed).
 */
import type * as TS from 'typescript';
import type { ManifestData } from '../manifest/schema.js';
import { Context } from './flow/context.js';
import { Frame } from './flow/evaluator.js';
import { functionWithBody, unresolvedPackages } from './flow/targets.js';
import { ItemResolver } from './items.js';
import { collectAnnotations } from './annotations.js';
import { collectSuppressions } from './suppressions.js';
import type { Flow, Model } from './model.js';
import { retentionEvidence } from './stores/index.js';

export interface AnalyzeOptions {
  program: TS.Program;
  manifest: ManifestData;
  /** The TypeScript module that created `program`. */
  ts: typeof TS;
  /** Which files are the project's own (default: not declaration files, not under node_modules, inside `rootDir`). */
  rootDir?: string;
}

export function analyze(options: AnalyzeOptions): Model {
  const { program, manifest, ts } = options;
  const checker = program.getTypeChecker();
  const root = options.rootDir?.replace(/\/?$/, '/');
  const isProjectFile = (sf: TS.SourceFile) =>
    !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/') && (root === undefined || sf.fileName.startsWith(root));
  const items = new ItemResolver(ts, checker, manifest);
  const cx = new Context(ts, program, checker, items, manifest, isProjectFile);

  const files = program.getSourceFiles().filter(isProjectFile);
  const skipped: Model['skipped'] = [];
  for (const sf of files) {
    const syntax = program.getSyntacticDiagnostics(sf);
    if (syntax.length > 0) {
      const d = syntax[0]!;
      const pos = d.start === undefined ? undefined : sf.getLineAndCharacterOfPosition(d.start);
      const where = pos ? `:${pos.line + 1}:${pos.character + 1}` : '';
      skipped.push({ file: sf.fileName, reason: `syntax error${where}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')} (analysed as far as it parses)` });
    }
    try {
      new Frame(cx, undefined, true).run(sf);
      const visit = (node: TS.Node): void => {
        if (ts.isFunctionLike(node)) {
          const fn = functionWithBody(ts, node) ?? (hasBody(ts, node) ? node : undefined);
          if (fn) cx.summary(fn);
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
    } catch (e) {
      skipped.push({ file: sf.fileName, reason: `internal error: ${(e as Error).message}` });
    }
  }

  const flows: Flow[] = [...cx.hits.values()].map((h) => ({ sink: h.sink, location: cx.location(h.call), labels: h.labels }));
  flows.sort((a, b) => a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column);
  const { stores, deletions, skipped: unreadable } = retentionEvidence(cx, flows);
  skipped.push(...unreadable);
  return { flows, annotations: collectAnnotations(ts, files), suppressions: collectSuppressions(files), stores, deletions, files: files.map((f) => f.fileName).sort(), skipped, unresolvedPackages: unresolvedPackages(ts, checker, files) };
}

function hasBody(ts: typeof TS, node: TS.SignatureDeclaration): node is TS.SignatureDeclaration & { body: TS.Node } {
  return (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) && node.body !== undefined;
}
