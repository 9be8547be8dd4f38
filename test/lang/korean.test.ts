import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/catalog/kinds.js';
import { DATA_CLASSES } from '../../src/catalog/kinds.js';
import { CLASS_LABELS_KO, KIND_LABELS_KO, ending, isKorean, josa, particle } from '../../src/lang/korean.js';

describe('josa: the particle follows the final sound of the word before it', () => {
  it.each([
    // Hangul: a final consonant or not; ㄹ takes 로, not 으로
    ['이메일 주소', '을/를', '이메일 주소를'],
    ['비밀번호', '이/가', '비밀번호가'],
    ['주민등록번호', '은/는', '주민등록번호는'],
    ['전화번호', '과/와', '전화번호와'],
    ['생년월일', '을/를', '생년월일을'],
    ['계좌', '으로/로', '계좌로'],
    ['서울', '으로/로', '서울로'],
    ['부산', '으로/로', '부산으로'],
    ['이름', '과/와', '이름과'],
    ['쿠키', '이나/나', '쿠키나'],
    ['위치정보', '이라/라', '위치정보라'],
    ['이용 기록', '이라/라', '이용 기록이라'],
    // digits by their Korean reading
    ['privacy-lint 0.1.0', '이/가', 'privacy-lint 0.1.0이'],
    ['파일 1', '을/를', '파일 1을'],
    ['파일 2', '을/를', '파일 2를'],
    ['3', '으로/로', '3으로'],
    ['7', '으로/로', '7로'],
    ['10', '이/가', '10이'],
    ['365', '은/는', '365는'],
    // Latin words and acronyms as Korean reads them
    ['`email`', '을/를', '`email`을'],
    ['`phone`', '을/를', '`phone`을'],
    ['`name`', '과/와', '`name`과'],
    ['`password`', '을/를', '`password`를'],
    ['`card_number`', '을/를', '`card_number`를'],
    ['`bank_account`', '이/가', '`bank_account`가'],
    ['`marketing_source`', '을/를', '`marketing_source`를'],
    ['Sentry', '은/는', 'Sentry는'],
    ['Google', '으로/로', 'Google로'],
    ['KR', '으로/로', 'KR로'],
    ['US', '으로/로', 'US로'],
    ['GDPR', '은/는', 'GDPR은'],
    ['URL', '을/를', 'URL을'],
    ['SMS', '을/를', 'SMS를'],
    ['NAVER Cloud Corp.', '은/는', 'NAVER Cloud Corp.는'],
    // quotes, brackets and a gloss do not count
    ['‘회원 탈퇴’', '이/가', '‘회원 탈퇴’가'],
    ['「개인정보 보호법」', '과/와', '「개인정보 보호법」과'],
    ['이메일 주소(email)', '을/를', '이메일 주소(email)를'],
    ['Sentry (Functional Software, Inc.)', '은/는', 'Sentry (Functional Software, Inc.)는'],
    ['Toss Payments Co., Ltd.', '이/가', 'Toss Payments Co., Ltd.가'],
  ] as const)('%s + %s -> %s', (word, pair, expected) => {
    expect(josa(word, pair)).toBe(expected);
  });

  it('never writes both forms', () => {
    for (const word of ['이메일', '`x`', '!!', '', '(…)', 'Sentry']) {
      for (const pair of ['이/가', '을/를', '은/는', '과/와', '으로/로'] as const) expect(particle(word, pair)).not.toMatch(/[()/]/);
    }
  });

  it('reads the final consonant of every Hangul syllable', () => {
    expect(ending('가')).toEqual({ batchim: false, rieul: false });
    expect(ending('각')).toEqual({ batchim: true, rieul: false });
    expect(ending('갈')).toEqual({ batchim: true, rieul: true });
    expect(ending('힣')).toEqual({ batchim: true, rieul: false });
    expect(ending('…')).toBeUndefined();
  });
});

describe('Korean labels', () => {
  it('every built-in kind has a Korean label, written in Korean', () => {
    const missing = KINDS.filter((k) => !KIND_LABELS_KO[k.id] || !isKorean(KIND_LABELS_KO[k.id]!)).map((k) => k.id);
    expect(missing).toEqual([]);
    expect(Object.keys(KIND_LABELS_KO).sort()).toEqual(KINDS.map((k) => k.id).sort());
  });

  it('every data class has a Korean label', () => {
    expect(DATA_CLASSES.filter((c) => !isKorean(CLASS_LABELS_KO[c] ?? ''))).toEqual([]);
  });
});
