/**
 * The service catalog: every ServiceSpec of the category files, and what the rest of the catalog derives from them
 * (parties and sink entries). Adding a service is adding an entry to its category's file.
 */
import type { SinkSpec } from '../sinks/types.js';
import { ADVERTISING } from './advertising.js';
import { AI } from './ai.js';
import { ANALYTICS } from './analytics.js';
import { AUTH } from './auth.js';
import { CLOUD } from './cloud.js';
import { CRM } from './crm.js';
import { EMAIL } from './email.js';
import { ERROR_TRACKING } from './error-tracking.js';
import { IDENTITY_VERIFICATION } from './identity-verification.js';
import { LOGGING } from './logging.js';
import { MESSAGING } from './messaging.js';
import { PAYMENTS } from './payments.js';
import { PUSH } from './push.js';
import { SEARCH } from './search.js';
import { SMS } from './sms.js';
import { STORAGE } from './storage.js';
import { SUPPORT } from './support.js';
import type { PartySpec, ServiceSpec } from './types.js';

export type { ServiceCall, ServiceSpec } from './types.js';

/** Every service of the category files, in the order of the PartyCategory union (docs/catalog.md is generated from it). */
export const SERVICES: readonly ServiceSpec[] = [
  ...ANALYTICS,
  ...ADVERTISING,
  ...ERROR_TRACKING,
  ...LOGGING,
  ...PAYMENTS,
  ...IDENTITY_VERIFICATION,
  ...MESSAGING,
  ...EMAIL,
  ...SMS,
  ...PUSH,
  ...CRM,
  ...SUPPORT,
  ...SEARCH,
  ...STORAGE,
  ...AUTH,
  ...CLOUD,
  ...AI,
];

/** A service as a party (the lookups by package and host in parties.ts). */
export function partyOf(s: ServiceSpec): PartySpec {
  return { id: s.id, name: partyName(s), category: s.category, country: s.country, packages: [...s.packages], hosts: [...s.hosts] };
}

/** A service's calls as sink entries. */
export function sinksOf(s: ServiceSpec): SinkSpec[] {
  return (s.calls ?? []).map((c) => ({
    name: s.id,
    kind: c.kind === 'log' ? 'log' : 'transfer',
    ...(c.kind === 'log' ? { thirdParty: true } : {}),
    party: s.id,
    packages: c.packages ?? s.packages.filter((p) => !p.includes('*')),
    member: new RegExp(`^(?:${c.members.map(escape).join('|')})$`),
    ...(c.container ? { container: new RegExp(c.container) } : {}),
    data: c.data,
  }));
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "Resend, Inc." rather than "Resend (Resend, Inc.)"; "Checkout.com" as is; "Algolia (Algolia SAS)" rather than a repeat. */
function partyName(s: ServiceSpec): string {
  if (!s.company || s.name.includes(s.company)) return s.name;
  if (s.company.startsWith(s.name)) return s.company;
  return `${s.name} (${s.company})`;
}
