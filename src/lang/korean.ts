/**
 * Korean by rule: the particle after a word is chosen from that word's final sound (받침), never written
 * both ways ("이(가)"). Hangul syllables are decided by their final consonant; digits by their Korean
 * reading (1 일, 3 삼, 10 십); Latin words by how they are read aloud in Korean (acronyms letter by letter:
 * KR 케이알, US 유에스; words by their ending: email 이메일, name 네임, password 패스워드). Quotes, code
 * ticks, brackets and a parenthesised gloss after the word do not count: "이메일 주소(email)" is read by
 * "주소". Also the Korean names of the built-in kinds, classes and categories, so a Korean sentence
 * never carries an English label.
 */

/** The particle pairs: the first form follows a final consonant, the second a vowel. */
export type Particle = '이/가' | '을/를' | '은/는' | '과/와' | '으로/로' | '이나/나' | '이라/라';

/** What the end of a word sounds like: whether it has a final consonant (받침), and whether that is ㄹ. */
export interface Ending {
  batchim: boolean;
  rieul: boolean;
}

const NONE: Ending = { batchim: false, rieul: false };
const CLOSED: Ending = { batchim: true, rieul: false };
const RIEUL: Ending = { batchim: true, rieul: true };

/** The Korean reading of the last digit: 0 영, 1 일, 2 이, 3 삼, 4 사, 5 오, 6 육, 7 칠, 8 팔, 9 구. */
const DIGIT: Record<string, Ending> = {
  '0': CLOSED, '1': RIEUL, '2': NONE, '3': CLOSED, '4': NONE, '5': NONE, '6': CLOSED, '7': RIEUL, '8': RIEUL, '9': NONE,
};

/** Letter names as Korean reads an acronym: L 엘 and R 알 end in ㄹ; M 엠, N 엔 in a consonant; the rest in a vowel (Z 제트 too). */
const LETTER: Record<string, Ending> = { L: RIEUL, R: RIEUL, M: CLOSED, N: CLOSED };

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const RIEUL_INDEX = 8;

/** Characters that close a quotation, code span or emphasis: the word inside them decides. */
const CLOSERS = /[\s`'"’”」』》〉\]］*_.,;:!?…]+$/u;

/** How the end of `word` sounds, or undefined when nothing in it can be read (symbols only). */
export function ending(word: string): Ending | undefined {
  let w = word.replace(CLOSERS, '');
  // A parenthesised gloss after the word ("주소(address)", "Sentry (US)"): the word before it decides.
  while (w.endsWith(')') || w.endsWith('）')) {
    const open = Math.max(w.lastIndexOf('('), w.lastIndexOf('（'));
    if (open <= 0) break;
    w = w.slice(0, open).replace(CLOSERS, '');
  }
  if (w === '') return undefined;
  const last = w[w.length - 1]!;
  const code = last.codePointAt(0)!;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    const jong = (code - HANGUL_FIRST) % 28;
    return jong === 0 ? NONE : jong === RIEUL_INDEX ? RIEUL : CLOSED;
  }
  if (/[0-9]/.test(last)) {
    // 10 십, 100 백, 1000 천, 10000 만: a round number ends in a consonant, never ㄹ.
    return last === '0' && /[1-9]0+$/.test(w) ? CLOSED : DIGIT[last];
  }
  if (/[A-Za-z]/.test(last)) return latin(w.match(/[A-Za-z]+$/)![0]);
  return undefined;
}

function latin(word: string): Ending {
  // An acronym is read letter by letter: KR 케이알, URL 유알엘, GDPR 지디피알, US 유에스, SMS 에스엠에스.
  if (word.length <= 5 && word === word.toUpperCase()) return LETTER[word[word.length - 1]!] ?? NONE;
  const w = word.toLowerCase();
  if (/(?:l|le)$/.test(w)) return RIEUL; // email 이메일, google 구글
  if (/(?:m|n|ng|me|ne)$/.test(w)) return CLOSED; // form 폼, phone 폰, name 네임, token 토큰
  return NONE; // password 패스워드, account 어카운트, address 어드레스, entry 엔트리
}

/** The particle of a pair that follows `word`; after a word that cannot be read, the vowel form. */
export function particle(word: string, pair: Particle): string {
  const [afterConsonant, afterVowel] = pair.split('/') as [string, string];
  const e = ending(word) ?? NONE;
  if (pair === '으로/로') return e.batchim && !e.rieul ? afterConsonant : afterVowel;
  return e.batchim ? afterConsonant : afterVowel;
}

/** `word` followed by its particle: josa('이메일 주소', '을/를') -> "이메일 주소를". */
export function josa(word: string, pair: Particle): string {
  return `${word}${particle(word, pair)}`;
}

/** Korean names of the built-in kinds (src/catalog/kinds.ts), as a privacy policy writes them. */
export const KIND_LABELS_KO: Readonly<Record<string, string>> = {
  email: '이메일 주소',
  phone: '전화번호',
  name: '이름',
  address: '주소',
  birth_date: '생년월일',
  password: '비밀번호',
  'kr.rrn': '주민등록번호',
  passport_no: '여권번호',
  driver_licence_no: '운전면허번호',
  alien_reg_no: '외국인등록번호',
  ssn: '사회보장번호',
  card_number: '카드번호',
  bank_account: '계좌번호',
  ip_address: 'IP 주소',
  cookie: '쿠키',
  device_id: '기기 식별자',
  mac_address: 'MAC 주소',
  location: '위치정보',
  health: '건강에 관한 정보',
  biometric: '생체인식정보',
  religion: '종교·신념',
  political_opinion: '정치적 견해',
  union_membership: '노동조합 가입 정보',
  sex_life: '성생활 등에 관한 정보',
  genetic: '유전정보',
  criminal_record: '범죄경력자료',
  race_ethnicity: '인종·민족에 관한 정보',
};

/** Korean names of the manifest's data classes. */
export const CLASS_LABELS_KO: Readonly<Record<string, string>> = {
  ordinary: '일반 개인정보',
  sensitive: '민감정보',
  unique_identifier: '고유식별정보',
  credential: '인증정보',
  financial: '금융정보',
  auto_collected: '자동 수집 정보',
};

/** Whether a text is written in Korean (has a Hangul syllable). */
export function isKorean(text: string): boolean {
  return /[\uac00-\ud7a3]/.test(text);
}
