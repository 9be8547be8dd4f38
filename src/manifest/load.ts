/**
 * Loading a manifest: read -> parse YAML with positions -> validate against the schema -> check
 * references between sections -> list the policy gaps. Problems come back as diagnostics with
 * file:line:column, never as stack traces.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ManifestDiagnostic, ManifestError, compareDiagnostics } from './diagnostics.js';
import { policyGaps } from './gaps.js';
import { referenceDiagnostics } from './references.js';
import { schemaDiagnostics } from './schema-issues.js';
import { ManifestSchema, type ManifestData } from './schema.js';
import { ManifestSource } from './source.js';
import { type Document, visit } from 'yaml';

export const MANIFEST_NAMES = ['privacy.yaml', 'privacy.yml', 'privacy.json'] as const;

export interface Manifest {
  /** The file as the caller named it (used in diagnostics). */
  readonly file: string;
  readonly data: ManifestData;
  /** Positions of every key and value, for pointing findings at manifest entries. */
  readonly source: ManifestSource;
  /** Policy gaps (warnings); errors never reach a Manifest. */
  readonly warnings: readonly ManifestDiagnostic[];
}

export interface ParseResult {
  manifest?: Manifest;
  /** Errors and warnings, sorted by position. */
  diagnostics: ManifestDiagnostic[];
}

/** Validates manifest text. Never throws for bad input: problems are diagnostics. */
export function parseManifest(text: string, file = 'privacy.yaml'): ParseResult {
  const source = new ManifestSource(file, text);
  const doc = source.document;
  const error = (line: number, column: number, message: string, code: string): ManifestDiagnostic =>
    ({ severity: 'error', file, line, column, path: [], message, code });

  if (doc.errors.length > 0) {
    // Duplicate keys are independent mistakes; after any other syntax error the rest usually follow from it.
    const first = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    const shown = [...doc.errors.filter((e) => e.code === 'DUPLICATE_KEY'), ...(first ? [first] : [])];
    const diagnostics = shown.map((e) => {
      const pos = source.positionOfOffset(e.pos[0]);
      return error(pos.line, pos.column, yamlMessage(e.code, e.message), 'syntax');
    });
    return { diagnostics: diagnostics.sort(compareDiagnostics) };
  }
  if (doc.contents === null || text.trim() === '') {
    return {
      diagnostics: [error(1, 1, 'the manifest is empty: start with "version: 1" (run "privacy-lint init" to draft one)', 'empty')],
    };
  }
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // yaml's guard against an alias bomb ("billion laughs"): aliases expanding past 100 values.
    if (!(e instanceof ReferenceError)) throw e;
    const at = firstAlias(doc);
    const pos = at === undefined ? { line: 1, column: 1 } : source.positionOfOffset(at);
    return { diagnostics: [error(pos.line, pos.column, 'YAML aliases (*name) here expand to too many values (more than 100): a manifest needs no aliases; write the values out', 'alias-bomb')] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { diagnostics: [error(1, 1, 'the manifest must be a mapping of sections (version, controller, dataItems, …)', 'wrong-type')] };
  }

  const parsed = ManifestSchema.safeParse(raw);
  const errors = [
    ...(parsed.success ? [] : schemaDiagnostics(parsed.error.issues, ManifestSchema, raw, source)),
    ...referenceDiagnostics(raw, source),
  ];
  if (!parsed.success || errors.length > 0) return { diagnostics: errors.sort(compareDiagnostics) };

  const warnings = policyGaps(parsed.data, source).sort(compareDiagnostics);
  return { manifest: { file, data: parsed.data, source, warnings }, diagnostics: warnings };
}

/** The offset of the document's first alias (*name). */
function firstAlias(doc: Document): number | undefined {
  let at: number | undefined;
  visit(doc, {
    Alias(_, node) {
      at = node.range?.[0];
      return visit.BREAK;
    },
  });
  return at;
}

/** Reads and validates a manifest file; throws ManifestError (with every diagnostic) when it has errors. */
export function loadManifest(file: string): Manifest {
  const result = readManifest(file);
  if (!result.manifest) throw new ManifestError(result.diagnostics);
  return result.manifest;
}

/** Like parseManifest, for a file: a missing or unreadable file is a diagnostic too. */
export function readManifest(file: string): ParseResult {
  const missing = (message: string): ParseResult => ({
    diagnostics: [{ severity: 'error', file, path: [], message, code: 'not-found' }],
  });
  if (!existsSync(file)) {
    return missing('no such file; write one with "privacy-lint init", or pass --manifest PATH');
  }
  if (statSync(file).isDirectory()) {
    const inside = MANIFEST_NAMES.map((n) => join(file, n)).find((p) => existsSync(p));
    if (inside) return readManifest(inside);
    return missing(`is a directory with no ${MANIFEST_NAMES.join(', ')} in it; pass the manifest file with --manifest PATH`);
  }
  // A FIFO or a device (/dev/zero) would block or never end: only a regular file is read.
  if (!statSync(file).isFile()) return missing('is not a regular file (a pipe or a device?); pass the manifest file with --manifest PATH');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return missing(`cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: read on, the names would be replacement characters. Said at the first bad byte.
    const loose = new TextDecoder('utf-8').decode(bytes);
    const before = loose.slice(0, loose.indexOf('\uFFFD')).split('\n');
    return { diagnostics: [{ severity: 'error', file, line: before.length, column: before.at(-1)!.length + 1, path: [], message: 'the manifest is not UTF-8 text: save it as UTF-8', code: 'encoding' }] };
  }
  return parseManifest(text.replace(/^\uFEFF/, ''), file);
}

/** The nearest privacy.yaml (or .yml, .json) in `start` or a folder above it. */
export function findManifest(start: string): string | undefined {
  let dir = resolve(start);
  for (;;) {
    for (const name of MANIFEST_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** yaml's messages, made to read as one line with the fix where the code tells it. */
function yamlMessage(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'duplicate key: a key may appear only once in a mapping';
    case 'MULTIPLE_DOCS':
      return 'a second YAML document ("---") here: the manifest is one document; remove the "---" line and merge the two parts';
    case 'TAB_AS_INDENT':
      return 'tab used for indentation: YAML indents with spaces';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return `YAML syntax error: ${first}; check the indentation and the ":" after each key`;
    default:
      return `YAML syntax error: ${first}`;
  }
}
