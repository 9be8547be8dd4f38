/**
 * SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for GitHub code scanning and other SARIF viewers.
 *
 * One run. URIs are relative to the repository's root, named `%SRCROOT%` in `originalUriBaseIds` (GitHub's
 * upload expects paths from the repository root; in a monorepo the tsconfig's folder is not it). The driver
 * lists one rule per check (CHECKS order, so `ruleIndex` is stable) with its short and full description, its
 * help as Markdown from the rule's page (rule-help.ts), its docs address at this release, its default level and
 * its `security-severity`. Each result has its location, the fingerprint the baseline uses too
 * (results/fingerprint.ts), the data items and sink as properties, and its flow as one codeFlow (the steps,
 * then the sink). Files that could not be analysed are tool execution notifications. `automationDetails.id`
 * names the analysed project, so two projects of one repository are two categories in code scanning.
 * Pure and deterministic: results in the order of the findings, no timestamps, no durations; the only absolute
 * path is %SRCROOT%'s own URI.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Location, Log, Notification, ReportingDescriptor, Result, Run, ThreadFlowLocation } from 'sarif';
import { CHECKS } from '../results/run.js';
import { fingerprints } from '../results/fingerprint.js';
import { VERSION } from '../version.js';
import { REPOSITORY_URL, ruleDocsUrl } from '../links.js';
import type { Check, Finding } from '../checks/check.js';
import type { CheckRun } from '../results/result.js';
import { posixRelative } from '../paths.js';
import { ruleHelp } from './rule-help.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The uriBaseId of every location: the repository's root (GitHub's documentation uses this name). */
export const SRCROOT = '%SRCROOT%';
/** The key of our partialFingerprints entry; bump the version if the hashed fields ever change. */
export const FINGERPRINT = 'privacyLint/v1';
/** The notification of a file that could not be analysed. */
export const NOT_ANALYSED = 'privacy-lint/file-not-analysed';

export function formatSarif(run: CheckRun): string {
  const uri = artifactUri(run.root);
  const prints = fingerprints(run.findings, run.root);
  const notAnalysed = (run.stats.notAnalysed ?? []).map((n) => notification(n, uri(resolve(run.cwd, n.file))));
  const sarifRun: Run = {
    tool: {
      driver: {
        name: 'privacy-lint',
        informationUri: REPOSITORY_URL,
        version: VERSION,
        semanticVersion: VERSION,
        rules: CHECKS.map(rule),
        ...(notAnalysed.length > 0 ? { notifications: [{ id: NOT_ANALYSED, shortDescription: { text: 'A file of the project could not be analysed; its findings are missing.' } }] } : {}),
      },
    },
    automationDetails: { id: automationId(run) },
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(run.root) } },
    invocations: [{ executionSuccessful: true, ...(notAnalysed.length > 0 ? { toolExecutionNotifications: notAnalysed } : {}) }],
    columnKind: 'utf16CodeUnits',
    results: run.findings.map((f, i) => result(f, prints[i]!, uri, run.baseline !== undefined)),
  };
  const log: Log = { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [sarifRun] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function rule(check: Check): ReportingDescriptor {
  const help = ruleHelp(check.name);
  const url = ruleDocsUrl(check.name);
  return {
    id: `privacy/${check.name}`,
    name: check.name,
    shortDescription: { text: check.description },
    fullDescription: { text: help?.summary || check.description },
    helpUri: url,
    help: { text: `${help?.summary || check.description} See ${url}`, ...(help ? { markdown: help.markdown } : {}) },
    defaultConfiguration: { level: check.severity },
    properties: { tags: ['privacy', 'security'], 'security-severity': check.securitySeverity.toFixed(1), manifestKeys: [...check.manifestKeys] },
  };
}

function result(f: Finding, fingerprint: string, uri: (file: string) => ArtifactLocation, baseline: boolean): Result {
  const ruleIndex = CHECKS.findIndex((c) => `privacy/${c.name}` === f.ruleId);
  const sink: Location = {
    physicalLocation: {
      artifactLocation: uri(f.location.file),
      region: { startLine: f.location.line, startColumn: f.location.column, endLine: f.location.endLine, endColumn: f.location.endColumn },
    },
  };
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: f.severity,
    message: { text: f.message },
    locations: [sink],
    partialFingerprints: { [FINGERPRINT]: fingerprint },
    // With a baseline, what is reported is what the baseline does not know.
    ...(baseline ? { baselineState: 'new' as const } : {}),
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

function notification(n: { file: string; reason: string }, artifactLocation: ArtifactLocation): Notification {
  return {
    level: 'warning',
    message: { text: `${n.file} was not analysed: ${n.reason}. Its findings are missing from this run.` },
    locations: [{ physicalLocation: { artifactLocation } }],
    descriptor: { id: NOT_ANALYSED },
  };
}

/** `privacy-lint/` for a project at the repository's root, `privacy-lint/packages/api/` for one below it. */
function automationId(run: CheckRun): string {
  const folder = run.tsconfig ? posixRelative(run.root, dirname(run.tsconfig)) : '';
  return folder === '' || folder.startsWith('..') ? 'privacy-lint/' : `privacy-lint/${folder}/`;
}

/** An absolute path as a %SRCROOT%-relative URI ("/" separators, percent-encoded); outside the root, a file URL. */
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
