import { describe, expect, it } from 'vitest';
import { hostGlob, hostGlobMatches, hostGlobScore } from '../../src/catalog/host-glob.js';
import { partyForHost } from '../../src/catalog/parties.js';
import { Policy } from '../../src/checks/policy.js';
import type { ManifestData } from '../../src/manifest/schema.js';

describe('host globs: one matcher for the catalog, ownHosts and recognise.hosts', () => {
  it('an exact glob names one host', () => {
    expect(hostGlobMatches('api.example.com', 'api.example.com')).toBe(true);
    expect(hostGlobMatches('api.example.com', 'x.api.example.com')).toBe(false);
    expect(hostGlobMatches('api.example.com', 'example.com')).toBe(false);
  });

  it('a leading *. matches subdomains, not the apex', () => {
    expect(hostGlobMatches('*.example.com', 'api.example.com')).toBe(true);
    expect(hostGlobMatches('*.example.com', 'example.com')).toBe(false);
  });

  it('a leading *. matches any number of labels', () => {
    expect(hostGlobMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(hostGlobMatches('*.example.com', 'o1.ingest.us.example.com')).toBe(true);
  });

  it('never matches a host that merely ends with the same characters', () => {
    expect(hostGlobMatches('*.example.com', 'evilexample.com')).toBe(false);
    expect(hostGlobMatches('*.example.com', 'api.evilexample.com')).toBe(false);
    expect(hostGlobMatches('*.example.com', 'example.com.evil.io')).toBe(false);
    expect(hostGlobMatches('example.com', 'evilexample.com')).toBe(false);
    // The dots are literal, not regex wildcards.
    expect(hostGlobMatches('*.example.com', 'api.examplexcom')).toBe(false);
    expect(hostGlobMatches('api.example.com', 'apixexample.com')).toBe(false);
  });

  it('an inner * label matches exactly one label', () => {
    expect(hostGlobMatches('email.*.amazonaws.com', 'email.eu-west-1.amazonaws.com')).toBe(true);
    expect(hostGlobMatches('email.*.amazonaws.com', 'email.amazonaws.com')).toBe(false);
    expect(hostGlobMatches('email.*.amazonaws.com', 'email.a.b.amazonaws.com')).toBe(false);
    expect(hostGlobMatches('*.s3.*.amazonaws.com', 'bucket.s3.us-east-1.amazonaws.com')).toBe(true);
    expect(hostGlobMatches('*.s3.*.amazonaws.com', 's3.us-east-1.amazonaws.com')).toBe(false);
  });

  it('a * inside a label is not a wildcard', () => {
    expect(hostGlobMatches('api-*.example.com', 'api-eu.example.com')).toBe(false);
  });

  it('is case-insensitive in the glob and the host, and ignores a trailing dot', () => {
    expect(hostGlobMatches('*.Example.COM', 'API.example.com')).toBe(true);
    expect(hostGlobMatches('API.Example.com', 'api.EXAMPLE.com')).toBe(true);
    expect(hostGlobMatches('*.example.com', 'api.example.com.')).toBe(true);
    expect(hostGlobMatches('example.com.', 'example.com')).toBe(true);
  });

  it('scores an exact host above any glob, and a longer glob above a shorter one', () => {
    expect(hostGlobScore('api.example.com', 'api.example.com')).toBe(10_000);
    expect(hostGlobScore('*.example.com', 'api.example.com')).toBe('.example.com'.length);
    expect(hostGlobScore('*.example.com', 'example.com')).toBeUndefined();
    expect(hostGlobScore('firestore.googleapis.com', 'firestore.googleapis.com')!).toBeGreaterThan(hostGlobScore('*.googleapis.com', 'firestore.googleapis.com')!);
  });

  it('compiles each glob once', () => {
    expect(hostGlob('*.cached.example')).toBe(hostGlob('*.cached.example'));
  });

  it('the catalog follows the same rules', () => {
    expect(partyForHost('o1.ingest.us.sentry.io')?.id).toBe('sentry');
    expect(partyForHost('sentry.io')?.id).toBe('sentry'); // listed as its own exact host
    expect(partyForHost('posthog.com')).toBeUndefined(); // only *.posthog.com is listed
    expect(partyForHost('evilsentry.io')).toBeUndefined();
    expect(partyForHost('email.eu-west-1.amazonaws.com')?.id).toBe('aws_ses');
  });

  it("a recipient's recognise.hosts follows the same rules", () => {
    const manifest = {
      version: 1,
      controller: { name: 'Test' },
      dataItems: [],
      processors: [{ id: 'crm', name: 'CRM', task: 'CRM', items: [], recognise: { hosts: ['*.crm.example'] } }],
    } as unknown as ManifestData;
    const policy = new Policy(manifest);
    const to = (host: string) => policy.destination({ kind: 'transfer', name: 'fetch', host }).declared?.id;
    expect(to('eu.api.crm.example')).toBe('crm');
    expect(to('API.crm.example')).toBe('crm');
    expect(to('crm.example')).toBeUndefined();
    expect(to('evilcrm.example')).toBeUndefined();
  });
});
