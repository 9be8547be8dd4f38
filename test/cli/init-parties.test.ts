/**
 * `privacy-lint init` proposes a processor for every catalogued SDK it sees, social login included: an import path a
 * party names (`next-auth/providers/google`) is that party although its package (next-auth) is none.
 */
import { describe, expect, it } from 'vitest';
import { planDraft } from '../../src/init/draft.js';
import type { Scan } from '../../src/init/scan.js';

const scan = (...specifiers: string[]): Scan => ({
  files: ['src/app.ts'],
  sightings: [],
  imports: specifiers.map((specifier, i) => ({ specifier, file: 'src/app.ts', line: i + 1 })),
  skipped: [],
});

describe('init: processors from imports', () => {
  it('social login providers, mail and AI SDKs each propose their party', () => {
    const draft = planDraft(
      scan('next-auth/providers/google', 'next-auth/providers/kakao', '@auth/core/providers/github', 'passport-facebook', 'openai', 'ai', '@sendgrid/mail', 'postmark'),
      { names: [] },
    );
    expect(draft.parties.map((p) => [p.party.id, p.packages])).toEqual([
      ['github', ['@auth/core/providers/github']],
      ['google', ['next-auth/providers/google']],
      ['kakao', ['next-auth/providers/kakao']],
      ['meta', ['passport-facebook']],
      ['openai', ['openai']],
      ['postmark', ['postmark']],
      ['sendgrid', ['@sendgrid/mail']],
      ['vercel_ai_sdk', ['ai']],
    ]);
  });

  it('the library itself, and a provider that is no third party, propose nothing', () => {
    expect(planDraft(scan('next-auth', 'next-auth/react', 'next-auth/providers/credentials', 'next-auth/providers/email', 'nodemailer'), { names: [] }).parties).toEqual([]);
  });
});
