/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for GitHub code scanning and other SARIF viewers.
 *
 * One run. The driver lists one rule per check (CHECKS order, so `ruleIndex` is stable); each result has its
 * location relative to %SRCROOT% (the folder of the analysed tsconfig.json, made relative once from the
 * engine's absolute paths), a fingerprint that survives line
 * moves, the data items and sink as properties, and its flow as one codeFlow (the steps, then the sink).
 * Pure and deterministic: results in the order of the findings, no timestamps, no durations; the only absolute
 * path is SRCROOT's own URI in `originalUriBaseIds`.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Location, Log, ReportingDescriptor, Result, ThreadFlowLocation } from 'sarif';
import { CHECKS } from '../results/run.js';
import { VERSION } from '../version.js';
import type { Finding } from '../checks/check.js';
import type { CheckRun } from '../results/result.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const REPOSITORY = 'https://github.com/privacy-lint/privacy-lint';
const SRCROOT = 'SRCROOT';
/** The key of our partialFingerprints entry; bump the version if the hashed fields ever change. */
const FINGERPRINT = 'privacyLint/v1';

export function formatSarif(run: CheckRun): string {
  const uri = artifactUri(run.root);
  const seen = new Map<string, number>();
  const log: Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'privacy-lint', informationUri: REPOSITORY, version: VERSION, semanticVersion: VERSION, rules: CHECKS.map(rule) },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(run.root) } },
        invocations: [{ executionSuccessful: true }],
        columnKind: 'utf16CodeUnits',
        results: run.findings.map((f) => result(f, uri, seen)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function rule(check: (typeof CHECKS)[number]): ReportingDescriptor {
  return {
    id: `privacy/${check.name}`,
    name: check.name,
    shortDescription: { text: check.description },
    helpUri: `${REPOSITORY}/blob/main/docs/rules/${check.name}.md`,
    defaultConfiguration: { level: check.severity },
    properties: { tags: ['privacy'], manifestKeys: [...check.manifestKeys] },
  };
}

function result(f: Finding, uri: (file: string) => ArtifactLocation, seen: Map<string, number>): Result {
  const ruleIndex = CHECKS.findIndex((c) => `privacy/${c.name}` === f.ruleId);
  const artifactLocation = uri(f.location.file);
  const sink: Location = {
    physicalLocation: {
      artifactLocation,
      region: { startLine: f.location.line, startColumn: f.location.column, endLine: f.location.endLine, endColumn: f.location.endColumn },
    },
  };
  // Line-insensitive, so an alert survives edits above it; the occurrence count keeps equal ones apart.
  const hash = createHash('sha256').update(`${f.ruleId}\0${artifactLocation.uri ?? ''}\0${f.message}`).digest('hex').slice(0, 32);
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: f.severity,
    message: { text: f.message },
    locations: [sink],
    partialFingerprints: { [FINGERPRINT]: `${hash}:${occurrence}` },
    properties: { dataItems: [...f.dataItems].sort(), ...(f.sink ? { sink: { ...f.sink } } : {}) },
    ...(f.flow.length > 0 ? { codeFlows: [{ threadFlows: [{ locations: threadFlow(f, sink, uri) }] }] } : {}),
  };
}

/** The flow's steps, each with its note, then the sink where the data arrives. */
function threadFlow(f: Finding, sink: Location, uri: (file: string) => ArtifactLocation): ThreadFlowLocation[] {
  const steps: ThreadFlowLocation[] = f.flow.map((s) => ({
    location: {
      physicalLocation: { artifactLocation: uri(s.location.file), region: { startLine: s.location.line, startColumn: s.location.column } },
      message: { text: s.note },
    },
  }));
  const arrives = f.sink ? `arrives at ${f.sink.name} (${f.sink.kind})` : f.message;
  return [...steps, { location: { ...sink, message: { text: arrives } } }];
}

/** An absolute path as a SRCROOT-relative URI ("/" separators, percent-encoded); outside root, a file URL. */
function artifactUri(root: string): (file: string) => ArtifactLocation {
  return (absolute) => {
    const fromRoot = relative(root, absolute);
    if (fromRoot === '' || /^\.\.(?:[\\/]|$)/.test(fromRoot) || isAbsolute(fromRoot)) return { uri: pathToFileURL(absolute).href };
    return { uri: fromRoot.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  };
}

function rootUri(root: string): string {
  const href = pathToFileURL(resolve(root)).href;
  return href.endsWith('/') ? href : `${href}/`;
}
