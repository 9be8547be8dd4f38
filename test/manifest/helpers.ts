import { formatDiagnostic } from '../../src/manifest/diagnostics.js';
import { parseManifest } from '../../src/manifest/load.js';

/** A small valid manifest; tests change one thing in it. Line numbers are given in the comments. */
export const BASE = `version: 1
controller:
  name: Example Co
  jurisdictions: [KR]
dataItems:
  - id: email
    class: ordinary
    kind: email
  - id: password
    class: credential
    kind: password
events:
  membership_withdrawal:
    code: ["src/users.ts#withdraw"]
purposes:
  - id: membership
    basis: contract
    items: { required: [email, password] }
retention:
  - id: membership
    items: [email, password]
    end: { event: membership_withdrawal }
processors:
  - id: mailer
    name: Mailer Inc
    items: [email]
    country: KR
    recognise: { hosts: [api.mailer.example] }
officer:
  - { role: privacy officer, name: Kim, email: privacy@example.com }
`;

/** BASE with `from` replaced by `to` (which must occur exactly once). */
export function edit(from: string, to: string, text = BASE): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`edit: "${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function errorsOf(text: string, file = 'privacy.yaml'): string[] {
  return parseManifest(text, file)
    .diagnostics.filter((d) => d.severity === 'error')
    .map(formatDiagnostic);
}

export function warningsOf(text: string, file = 'privacy.yaml'): string[] {
  return parseManifest(text, file)
    .diagnostics.filter((d) => d.severity === 'warning')
    .map(formatDiagnostic);
}
