import { describe, expect, it } from 'vitest';
import { ARTICLES, LAWS, articleText, cite, jurisdictionsOf, type Topic } from '../../src/law/articles.js';

describe('the table of articles', () => {
  it('writes citations in English and in Korean', () => {
    expect(cite('retention', ['KR'])).toBe('PIPA Art 21(1), Art 30(1)2');
    expect(cite('retention', ['KR'], 'ko')).toBe('「개인정보 보호법」 제21조제1항, 제30조제1항제2호');
    expect(cite('overseas', ['KR'], 'ko')).toBe('「개인정보 보호법」 제28조의8제1항');
    expect(cite('retention', ['EU'])).toBe('GDPR Art 13(2)(a)');
    expect(cite('retention', ['EU'], 'ko')).toBe('GDPR 제13조제2항(a)');
    expect(cite('retention', ['KR', 'EU'])).toBe('PIPA Art 21(1), Art 30(1)2; GDPR Art 13(2)(a)');
    expect(cite('destruction', ['KR'])).toBe('PIPA Art 21; PIPA Enforcement Decree Art 16');
    expect(cite('password', ['KR'])).toBe('PIPA security standards Art 7(1)');
    expect(articleText({ law: 'pipa', art: '24-2', para: 1 }, 'en')).toBe('Art 24-2(1)');
  });

  it('cites only the laws of the jurisdictions asked for, and nothing without one', () => {
    for (const topic of Object.keys(ARTICLES) as Topic[]) {
      expect(cite(topic, ['EU']), topic).not.toMatch(/PIPA|개인정보 보호법/);
      expect(cite(topic, ['KR']), topic).not.toMatch(/GDPR|ePrivacy/);
      expect(cite(topic, []), topic).toBe('');
      expect(cite(topic, ['US-CA']), topic).toBe('');
    }
  });

  it('has a Korean article for every topic, and an EU one for every topic but the Korea-only ones', () => {
    const koreaOnly = ['separateStorage', 'accessLog'];
    for (const topic of Object.keys(ARTICLES) as Topic[]) {
      expect(cite(topic, ['KR']), topic).not.toBe('');
      if (!koreaOnly.includes(topic)) expect(cite(topic, ['EU']), topic).not.toBe('');
    }
    for (const law of Object.values(LAWS)) expect(law.name.ko).not.toBe('');
  });

  it('reads the manifest\'s jurisdictions: absent is KR, unspecified is none', () => {
    expect(jurisdictionsOf(undefined)).toEqual(['KR']);
    expect(jurisdictionsOf('unspecified')).toEqual([]);
    expect(jurisdictionsOf(['EU', 'KR'])).toEqual(['EU', 'KR']);
  });
});
