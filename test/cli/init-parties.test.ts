/**
 * `privacy-lint init` proposes a processor for every catalogued SDK it sees, social login included: an import path a
 * party names (`next-auth/providers/google`) is that party although its package (next-auth) is none. Where prompts,
 * chat messages or documents go to an AI provider, it drafts a user-content item (fixtures/init-ai).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDraft } from '../../src/init/draft.js';
import { renderDraft } from '../../src/init/render.js';
import { openProject, scanProject, type Scan } from '../../src/init/scan.js';

const AI_APP = new URL('../../fixtures/init-ai/', import.meta.url).pathname;

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

describe('init: what users write, sent to an AI provider', () => {
  const scanned = scanProject(openProject(join(AI_APP, 'tsconfig.json')), AI_APP);

  it('sees each AI SDK call given content that is not a literal, and nothing else', () => {
    expect(scanned.aiContent).toEqual([
      { file: 'src/assistant.ts', line: 10, label: 'openai.chat.completions.create({ messages })' },
      { file: 'src/assistant.ts', line: 11, label: 'generateText({ prompt })' },
      { file: 'src/assistant.ts', line: 12, label: 'streamText({ messages })' },
      { file: 'src/assistant.ts', line: 13, label: 'anthropic.messages.create({ messages })' },
    ]);
  });

  it('drafts one user_content item with its places, and the AI processors', () => {
    const draft = planDraft(scanned, { names: [] });
    const item = draft.items.find((i) => i.id === 'user_content');
    expect(item?.places.map((p) => p.line)).toEqual([10, 11, 12, 13]);
    expect(draft.parties.map((p) => p.party.id)).toEqual(['anthropic', 'openai', 'slack', 'vercel_ai_sdk']);
    const text = renderDraft(draft);
    expect(text).toContain('- id: user_content\n    label: Content users write or upload');
    expect(text).toContain('TODO: what users write or upload may hold any personal data');
  });

  it('a project without such calls drafts no user_content item', () => {
    expect(planDraft(scan('openai'), { names: [] }).items.map((i) => i.id)).toEqual([]);
  });
});
