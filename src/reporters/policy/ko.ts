/**
 * 개인정보 처리방침 초안의 한국어 문장. 조 제목은 개인정보보호위원회의 표준 개인정보 처리방침을 따르고,
 * 문장은 이 프로젝트가 직접 쓴 쉬운 말이다. The English table (en.ts) mirrors it article by article.
 */
import { josa } from '../../lang/korean.js';
import { parseDuration } from '../../manifest/duration.js';
import { evidenceParts } from './evidence.js';
import type { PolicyText } from './text.js';

const UNITS = [['years', '년'], ['months', '개월'], ['weeks', '주'], ['days', '일'], ['hours', '시간'], ['minutes', '분'], ['seconds', '초']] as const;

function duration(iso: string): string {
  const d = parseDuration(iso);
  if (!d) return iso;
  const parts = UNITS.filter(([k]) => d[k] > 0).map(([k, unit]) => `${d[k]}${unit}`);
  return parts.length > 0 ? parts.join(' ') : iso;
}

const event = (id: string) => `‘${id.replace(/_/g, ' ')}’`;

/** "‘membership withdrawal’ 처리 코드", "예약 작업 ‘0 3 * * *’", "TTL(90 days)" */
function deletion(arg: string): string {
  const { kind, name } = evidenceParts(arg);
  switch (kind) {
    case 'event':
      return `${event(name)} 처리 코드`;
    case 'job':
      return `예약 작업 ‘${name}’`;
    case 'ttl':
      return `TTL(${name})`;
    default:
      return `${name}()`;
  }
}
const deletions = (args: readonly string[]) => args.map(deletion).join(', ');

/** Item ids inside a Korean sentence are code: "`email`, `name`". */
const codes = (list: string | undefined) => (list ?? '').split(', ').filter((x) => x !== '').map((x) => `\`${x}\``).join(', ');

const RIGHTS: Record<string, string> = {
  access: '열람',
  correction: '정정',
  deletion: '삭제',
  suspension: '처리정지',
  portability: '전송',
  withdrawal: '동의 철회',
};

/** "「개인정보 보호법」 제18조에 따라 " or '' when the manifest names no law. */
const per = (law: string) => (law ? `${law}에 따라 ` : '');

export const ko: PolicyText = {
  lang: 'ko',
  title: (service) => `${service} 개인정보 처리방침 (초안)`,
  notFilled: { organisation: '［개인정보처리자 이름 미기재］', service: '［서비스 이름 미기재］' },
  parts: {
    mandatory: '**법령상 필수 기재사항**',
    recommended: '**권장 기재사항** (개인정보 보호위원회 「개인정보 처리방침 작성지침」(2025. 4.)이 권장하는 사항)',
  },
  untranslated: '*(번역 필요)*',
  itemRef: (label, id) => `${label}(\`${id}\`)`,
  article: (n, title) => `제${n}조(${title})`,
  sections: {
    purposes: '개인정보의 처리 목적',
    items: '처리하는 개인정보의 항목',
    retention: '개인정보의 처리 및 보유 기간',
    destruction: '개인정보의 파기 절차 및 방법',
    thirdParties: '개인정보의 제3자 제공',
    consignment: '개인정보처리의 위탁',
    overseas: '개인정보의 국외 이전',
    rights: '정보주체와 법정대리인의 권리·의무 및 행사방법',
    security: '개인정보의 안전성 확보조치',
    automatic: '개인정보 자동 수집 장치의 설치·운영 및 거부에 관한 사항',
    officer: '개인정보 보호책임자',
    changes: '개인정보 처리방침의 변경',
    behavioural: '행태정보의 수집·이용·제공 및 거부 등에 관한 사항',
    remedies: '정보주체의 권익침해에 대한 구제방법',
  },
  legend: {
    draft: (tool, manifest, files) =>
      `**사람이 검토해야 하는 초안입니다. 완성된 처리방침이 아닙니다.** ${josa(tool, '이/가')} 매니페스트 ${josa(`\`${manifest}\``, '과/와')} 소스 파일 ${files}개의 분석 결과로 만들었습니다. 게시하기 전에 개인정보 보호책임자와 법률 검토자가 모든 문장을 확인해야 합니다.`,
    noAnalysis: '분석한 소스 코드가 없어 확인된 문장이 없습니다. 아래 표시는 모두 ‘미확인’입니다.',
    marks: {
      backed: '코드에서 확인함 (괄호 안의 위치)',
      unverified: '분석에서 뒷받침하는 코드를 찾지 못함 (틀렸다는 뜻은 아님)',
      contradicted: '코드가 다르게 동작함: 코드나 문구를 고쳐야 함',
      todo: '매니페스트에 정해지지 않음: 작성자가 채워야 함',
      info: '코드로 확인할 수 없는 관리적·물리적 조치',
    },
    counts: (c) => `이 초안의 표시: ✅ ${c.backed} · ⚠️ ${c.unverified} · ❌ ${c.contradicted} · 📝 ${c.todo} · ℹ️ ${c.info}`,
  },
  mark: { backed: '코드 확인', unverified: '미확인', contradicted: '코드와 불일치', todo: 'TODO', info: '코드로 확인 불가' },
  why: {
    'no-analysis': () => '분석한 코드 없음',
    collected: () => '코드에서 수집함',
    'not-collected': () => '수집하는 코드를 찾지 못함',
    'collection-finding': () => '매니페스트가 허용하지 않는 곳에 저장하거나 보냄',
    'undeclared-item': ([id]) => `코드가 이 방침에 없는 항목 ${josa(`\`${id}\``, '을/를')} 처리함`,
    'retention-evidence': (args) => `삭제 코드: ${deletions(args)}`,
    'retention-partial': ([missing, ...names]) => `삭제 코드: ${deletions(names)}; ${codes(missing)}의 삭제 코드는 찾지 못함`,
    'retention-soft': () => '코드는 삭제 표시만 함(소프트 삭제): 행과 그 개인정보는 그대로 남음. 기간이 끝날 때 삭제하는 핸들러·작업·TTL은 찾지 못함',
    'retention-none': () => '기간이 끝날 때 삭제하는 핸들러·작업·TTL을 찾지 못함',
    'retention-early': (notes) => `보유 기간이 끝나기 전에 삭제함 (${notes.join(' ')})`,
    'not-stored': () => '이 항목을 저장하는 코드를 찾지 못함',
    sent: ([items]) => `코드가 보내는 항목: ${codes(items)}`,
    'not-sent': () => '이곳으로 보내는 코드를 찾지 못함 (지난 내용일 수 있음)',
    'over-shared': ([items]) => `선언하지 않은 항목도 보냄: ${codes(items)}`,
    'sent-abroad': ([items]) => `이 국외 이전에 적히지 않은 항목도 보냄: ${codes(items)}`,
    stale: ([items]) => `선언했지만 보내는 코드를 찾지 못함: ${codes(items)}`,
    'undeclared-destination': ([items]) => (items ? `받는 항목: ${codes(items)}; 제3자 제공 또는 위탁으로 적거나, 보내지 않도록 고쳐야 함` : '이 방침에 없는 곳으로 개인정보를 보냄'),
    'none-found': () => '이 방침에 없는 제공처를 분석에서 찾지 못함',
    hashed: () => '저장하는 비밀번호가 허용된 일방향 해시를 거침 (no-plaintext-password 지적 없음)',
    'password-finding': () => '비밀번호가 일방향 해시 없이 저장·기록되거나 외부로 감',
    'no-password-stored': () => '지적은 없지만 비밀번호를 저장하는 코드를 찾지 못함',
    encrypted: () => '암호화하여 저장함 (require-encryption-at-rest 지적 없음)',
    'encryption-finding': () => '암호화하지 않고 저장함',
    'nothing-encrypted-stored': () => '지적은 없지만 이 항목들을 저장하는 코드를 찾지 못함',
    'not-checked': () => '이 내용을 검사하는 규칙이 없음',
    organisational: () => '관리적·물리적 조치',
    'deletion-paths': (args) => `찾은 삭제 코드: ${deletions(args)}`,
    'no-deletion-paths': () => '개인정보를 삭제하는 핸들러·작업·TTL을 찾지 못함',
  },
  todo: (what, key) => `TODO: ${what} (매니페스트: \`${key}\`)`,
  todos: {
    answer: (text) => `매니페스트에 남은 질문에 답하세요: ${text}`,
    jurisdictions: '이 서비스에 적용되는 법(KR, EU 등)을 정하세요. 정하기 전에는 어떤 법 조항도 인용하지 않습니다',
    items: '항목을 적으세요',
    itemLabels: (ids) => `한국어 이름이 없어 코드 이름으로 적은 항목: ${ids}. 매니페스트의 label에 한국어 이름을 적으세요`,
    basis: '처리 근거를 적으세요',
    purposes: '처리 목적과 목적별 항목을 적으세요',
    retentionEnd: '보유 기간을 적으세요',
    retention: '보유 기간을 적으세요',
    recipients: '제3자에게 제공하는지, 누구에게 제공하는지 적으세요',
    processors: '처리를 위탁하는지, 누구에게 어떤 업무를 맡기는지 적으세요',
    overseas: '개인정보를 국외로 이전하는지 적으세요',
    overseasMissing: (party, country) => `${josa(party, '은/는')} ${country}에 있습니다. 국외 이전 항목을 추가하거나 국가를 바로잡으세요`,
    overseasDetails: '이전 시기와 방법, 이전받는 자의 연락처, 보유·이용 기간, 거부 방법과 거부 시 불이익을 적으세요',
    destructionProcedure: '파기 절차를 적으세요',
    destructionElectronic: '전자적 파일의 파기 방법을 적으세요',
    destructionPaper: '종이 문서의 파기 방법을 적으세요 (없으면 없다고 적으세요)',
    rightsChannels: '권리를 행사하는 방법(웹 페이지, 이메일, 서식 등)을 적으세요',
    children: '만 14세 미만 아동의 가입을 받는지, 법정대리인의 동의를 어떻게 받는지 적으세요',
    security: '안전성 확보조치를 적으세요',
    cookieOptOut: '이 쿠키를 거부하는 방법을 적으세요',
    automatic: '쿠키 등 자동 수집 장치를 쓰는지, 거부하는 방법은 무엇인지 적으세요',
    officer: '개인정보 보호책임자와 연락처를 적으세요',
    officerContact: (name) => `${name}의 전화번호나 이메일을 적으세요`,
    effective: '이 처리방침의 시행일을 적으세요',
    noticeDays: '변경 시 시행 며칠 전에 알리는지 적으세요',
    purposeOfRecipient: '제공받는 자의 이용 목적을 적으세요',
    recipientRetention: '제공받는 자의 보유·이용 기간을 적으세요',
    task: '위탁하는 업무를 적으세요',
  },
  basis: {
    consent: '정보주체의 동의',
    contract: '정보주체와의 계약 체결·이행',
    legal_obligation: '법령상 의무의 준수',
    public_duty: '공공기관의 법령상 소관 업무 수행',
    vital_interest: '사람의 생명·신체·재산의 이익 보호',
    legitimate_interest: '개인정보처리자의 정당한 이익',
  },
  intro: (controller, service, law) =>
    `${josa(controller, '은/는')}${service ? ` ${josa(service, '을/를')} 운영하면서` : ''} 정보주체의 개인정보를 보호하고, 이와 관련한 고충을 신속하고 원활하게 처리할 수 있도록 ${law ? `${law}에 따라` : '관련 법령에 따라'} 이 개인정보 처리방침을 정하여 공개합니다.`,
  purposes: {
    intro: (law) => `다음 목적을 위하여 개인정보를 처리합니다. 처리한 개인정보는 다음 목적 외의 용도로는 이용하지 않으며, 목적이 바뀌면 ${per(law)}별도의 동의를 받는 등 필요한 조치를 하겠습니다.`,
    basis: (b) => `처리 근거: ${b}`,
    separateConsent: '별도의 동의를 받아 처리함',
  },
  items: {
    intro: '처리 목적별로 다음 개인정보 항목을 처리합니다.',
    withoutConsent: (law) => `다음 항목은 정보주체의 동의 없이 처리하며, 처리의 법적 근거는 다음과 같습니다${law ? ` (${law})` : ''}.`,
    withoutConsentRow: (items, basis) => `${items}: ${basis}`,
    required: '필수항목:',
    optional: '선택항목:',
    sensitive: '민감정보',
    uniqueIdentifier: '고유식별정보',
    notKept: '전달만 하고 보관하지 않음',
    undeclaredIntro: '코드는 이 방침에 적히지 않은 항목도 처리합니다:',
  },
  retention: {
    intro: '법령에 따른 보유·이용 기간 또는 개인정보를 수집할 때 동의받은 기간 안에서 개인정보를 처리·보유하며, 각각의 보유 기간은 다음과 같습니다.',
    items: (l) => l,
    period: (p) => `보유 기간: ${p}`,
    basis: (b) => `근거: ${b}`,
    mustRetain: '법령에 따라 기간이 끝날 때까지 보존함',
    separate: '다른 개인정보와 분리하여 보관함',
    anonymise: '기간이 끝나면 파기하지 않고 익명처리함',
    duration,
    untilEvent: (e) => `${event(e)} 시까지`,
    atEvent: (e) => `${event(e)} 시`,
    afterEvent: (e, d) => `${event(e)} 후 ${d}`,
    afterCollection: (d) => `수집일로부터 ${d}`,
    firstOf: (parts) => `${parts.join(', ')} 중 먼저 도래하는 때까지`,
    sameAs: (rules) => `보유 기간 ${josa(rules, '과/와')} 같음`,
  },
  destruction: {
    intro: (law) => `보유 기간이 지나거나 처리 목적을 이룬 개인정보는 지체 없이 파기합니다${law ? ` (${law})` : ''}.`,
    separate: (rules) => `다른 법령에 따라 계속 보존해야 하는 경우에는 해당 개인정보를 별도의 데이터베이스로 옮기거나 보관 장소를 달리하여 보존합니다 (보유 기간 ${rules}).`,
    procedure: (s) => `파기 절차: ${s}`,
    electronic: (s) => `전자적 파일: ${s}`,
    paper: (s) => `종이 문서: ${s}`,
    code: '코드의 삭제 처리:',
    unmapped: (events) => `보유 기간을 끝내는 이벤트 ${events}의 처리 함수를 매니페스트가 밝히지 않아, 분석이 그 이벤트에서 시작하는 삭제를 찾을 수 없습니다. 매니페스트의 events.<이벤트>.code에 처리 함수를 적거나 그 함수에 @privacyEvent 태그를 다세요`,
  },
  thirdParties: {
    intro: (law) => `개인정보는 제1조의 목적 범위 안에서만 처리하며, 정보주체의 동의나 법률의 특별한 규정 등${law ? ` ${law}에 해당하는` : ' 법령이 허용하는'} 경우에만 제3자에게 제공합니다.`,
    none: '개인정보를 제3자에게 제공하지 않습니다.',
    purpose: (s) => `제공받는 자의 이용 목적: ${s}`,
    items: (l) => `제공 항목: ${l}`,
    retention: (s) => `제공받는 자의 보유·이용 기간: ${s}`,
    basis: (s) => `근거: ${s}`,
    separateConsent: '별도의 동의를 받아 제공함',
    refusal: (s) => `동의를 거부할 권리와 거부 시 불이익: ${s}`,
    country: (c) => `국가: ${c}`,
    inApp: (roles) => `서비스 안에서 제공받는 자: ${roles}`,
    undeclaredIntro: '코드는 이 방침에 적히지 않은 다음 곳으로도 개인정보를 보냅니다:',
  },
  consignment: {
    intro: '원활한 개인정보 업무처리를 위하여 다음과 같이 개인정보 처리업무를 위탁합니다.',
    none: '개인정보 처리업무를 위탁하지 않습니다.',
    task: (s) => `위탁 업무: ${s}`,
    items: (l) => `위탁 항목: ${l}`,
    country: (c) => `국가: ${c}`,
    subprocessors: (l) => `재위탁: ${l}`,
    contract: (law) => `위탁계약을 맺을 때 ${per(law)}위탁 업무 외 처리 금지, 기술적·관리적 보호조치, 재위탁 제한, 수탁자 관리·감독, 손해배상 등 책임에 관한 사항을 계약서 등 문서에 적고, 수탁자가 개인정보를 안전하게 처리하는지 감독합니다. 위탁 업무의 내용이나 수탁자가 바뀌면 지체 없이 이 처리방침으로 알리겠습니다.`,
  },
  overseas: {
    intro: (law) => `다음과 같이 개인정보를 국외로 이전합니다${law ? ` (${law})` : ''}.`,
    none: '개인정보를 국외로 이전하지 않습니다.',
    items: (l) => `이전 항목: ${l}`,
    country: (c) => `이전되는 국가: ${c}`,
    basis: (s) => `이전 근거: ${s}`,
  },
  rights: {
    intro: (r) => `정보주체는 언제든지 개인정보의 ${josa(r, '을/를')} 요구할 수 있습니다.`,
    right: (name) => RIGHTS[name] ?? name.replace(/_/g, ' '),
    defaults: '열람, 정정·삭제, 처리정지',
    channels: '권리는 다음 방법으로 행사할 수 있습니다:',
    proxy: (s) => `권리는 대리인을 통해서도 행사할 수 있습니다: ${s}.`,
    proxyDefault: '권리는 법정대리인이나 위임을 받은 사람 등 대리인을 통해서도 행사할 수 있으며, 이 경우 위임장을 내야 합니다.',
    duties: '정보주체는 자신이나 다른 사람의 개인정보와 사생활을 침해해서는 안 되며, 다음을 지켜야 합니다:',
    childrenNotServed: (age) => `만 ${age}세 미만 아동의 가입은 받지 않습니다.`,
    childrenParental: (age) => `만 ${age}세 미만 아동의 개인정보는 법정대리인의 동의를 받아 처리하며, 법정대리인은 아동의 권리를 대신 행사할 수 있습니다.`,
    transmission: (law) => `정보주체는 자신의 개인정보를 본인이나 다른 개인정보처리자에게 전송하도록 요구할 수 있습니다${law ? ` (${law})` : ''}.`,
    automated: (law) => `완전히 자동화된 시스템으로 개인정보를 처리하여 내린 결정에 대하여 정보주체는 거부하거나 설명을 요구할 수 있습니다${law ? ` (${law})` : ''}.`,
  },
  security: {
    intro: (law) => `개인정보의 안전성을 확보하기 위하여 다음 조치를 하고 있습니다${law ? ` (${law})` : ''}.`,
    passwordHash: (accepted) => `비밀번호는 일방향 암호화(해시)하여 저장합니다 (${accepted}).`,
    encryptAtRest: '고유식별정보와 금융정보는 암호화하여 저장합니다.',
    tls: '모든 전송 구간을 암호화(TLS)합니다.',
    accessLog: (min) => `개인정보처리시스템의 접속기록을 ${min} 이상 보관합니다.`,
  },
  automatic: {
    intro: '쿠키 등 개인정보를 자동으로 수집하는 장치를 다음과 같이 설치·운영합니다.',
    items: '자동으로 수집하는 항목:',
    cookie: (p) => `쿠키: ${p}`,
    firstParty: '이 서비스가 설치함',
    thirdParty: '제3자가 설치함',
    optOut: (s) => `거부 방법: ${s}`,
    tracker: (name, purpose) => (purpose ? `${name}: ${purpose}` : name),
    refusal: '이용자는 웹 브라우저 설정에서 쿠키 저장을 거부할 수 있습니다. 거부하면 서비스의 일부 기능을 이용하기 어려울 수 있습니다.',
    noneButCollected: '코드는 자동으로 생성되는 정보를 수집합니다:',
  },
  officer: {
    intro: '개인정보 처리에 관한 업무를 총괄하여 책임지고, 정보주체의 불만 처리와 피해 구제를 위하여 다음과 같이 개인정보 보호책임자를 지정하고 있습니다.',
    role: (s) => s,
    fields: { name: '성명', title: '직책', dept: '부서', phone: '전화', email: '이메일' },
    closing: '정보주체는 개인정보 보호에 관한 문의, 불만 처리, 피해 구제 등을 개인정보 보호책임자에게 요청할 수 있으며, 지체 없이 답변하고 처리하겠습니다.',
  },
  changes: {
    effective: (d) => `이 개인정보 처리방침은 ${d}부터 적용됩니다.`,
    notice: (days) => `처리방침을 바꿀 때에는 시행 ${days}일 전부터 알리겠습니다.`,
    source: (url) => `게시된 처리방침과 이전 처리방침: ${url}`,
  },
  behavioural: {
    intro: (law) => `다음과 같이 이용자의 행태정보를 수집·이용하거나 제3자가 수집하도록 허용합니다${law ? ` (${law})` : ''}.`,
    tracker: (name, purpose) => (purpose ? `${name}: ${purpose}` : name),
    consent: (flag) => `동의 여부를 확인하는 코드: \`${flag}\``,
    refusal: '이용자는 웹 브라우저나 모바일 기기의 설정에서 행태정보의 수집을 거부하거나 맞춤형 광고를 차단할 수 있습니다.',
  },
  remedies: {
    intro: (law) => `정보주체는 개인정보 침해로 인한 구제를 받기 위하여 다음 기관에 분쟁 해결이나 상담 등을 신청할 수 있습니다${law ? ` (${law})` : ''}.`,
    kr: [
      '개인정보분쟁조정위원회: (국번 없이) 1833-6972 (www.kopico.go.kr)',
      '개인정보침해신고센터: (국번 없이) 118 (privacy.kisa.or.kr)',
      '대검찰청: (국번 없이) 1301 (www.spo.go.kr)',
      '경찰청: (국번 없이) 182 (ecrm.police.go.kr)',
    ],
    eu: '정보주체는 거주지, 근무지 또는 침해가 일어난 곳의 EU 회원국 감독기관에 민원을 제기할 수 있습니다.',
  },
  and: ', ',
};
