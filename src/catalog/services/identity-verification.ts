import type { ServiceSpec } from './types.js';

/**
 * Identity verification (KYC, Korean 본인확인). NICE is in parties.ts; Danal's identity service is under `danal`
 * (payments), PortOne's under `portone`. Most Korean services are a popup or a form posted to their host.
 */
export const IDENTITY_VERIFICATION: readonly ServiceSpec[] = [
  {
    id: 'persona',
    name: 'Persona',
    company: 'Persona Identities, Inc.',
    country: 'US',
    category: 'identity_verification',
    // The embedded flow is configured with `new Persona.Client({ fields })`: a constructor, not a call the catalog sees.
    packages: ['persona', 'react-native-persona'],
    hosts: ['withpersona.com', '*.withpersona.com'],
  },
  {
    id: 'onfido',
    name: 'Onfido',
    company: 'Onfido Ltd. (Entrust)',
    country: 'GB',
    category: 'identity_verification',
    packages: ['@onfido/api', 'onfido-sdk-ui', '@onfido/react-native-sdk'],
    hosts: ['api.onfido.com', 'api.eu.onfido.com', 'api.us.onfido.com', '*.onfido.com'],
    calls: [
      // onfido.createApplicant({ first_name, last_name, email, dob, address }), updateApplicant(id, { … }),
      // uploadDocument(type, applicantId, file), uploadLivePhoto(applicantId, file), createWorkflowRun({ applicant_id, custom_data })
      {
        packages: ['@onfido/api'],
        members: ['createApplicant', 'updateApplicant', 'uploadDocument', 'uploadLivePhoto', 'uploadIdPhoto', 'createWorkflowRun', 'create', 'update', 'upload'],
        data: 'all',
      },
    ],
  },
  {
    id: 'veriff',
    name: 'Veriff',
    company: 'Veriff OÜ',
    country: 'EE',
    category: 'identity_verification',
    packages: ['@veriff/js-sdk', '@veriff/incontext-sdk', '@veriff/react-native-sdk'],
    hosts: ['*.veriff.com', '*.veriff.me'],
    calls: [
      // veriff.setParams({ person: { givenName, lastName }, vendorData })
      { packages: ['@veriff/js-sdk'], members: ['setParams'], data: [0] },
    ],
  },
  {
    id: 'sumsub',
    name: 'Sumsub',
    company: 'Sum and Substance Ltd.',
    country: 'GB',
    category: 'identity_verification',
    packages: ['@sumsub/websdk', '@sumsub/websdk-react', '@sumsub/react-native-mobilesdk-module'],
    hosts: ['api.sumsub.com', '*.sumsub.com'],
  },
  {
    id: 'jumio',
    name: 'Jumio',
    company: 'Jumio Corporation',
    country: 'US',
    category: 'identity_verification',
    packages: [],
    hosts: ['*.jumio.com', '*.netverify.com', '*.jumio.ai'],
  },
  {
    id: 'kcb',
    name: 'KCB OK-Name (본인확인)',
    company: 'Korea Credit Bureau Co., Ltd.',
    country: 'KR',
    category: 'identity_verification',
    packages: [],
    hosts: ['safe.ok-name.co.kr', 'tsafe.ok-name.co.kr', '*.ok-name.co.kr'],
  },
  {
    id: 'kmc',
    name: 'KMC 휴대폰 본인확인',
    company: 'Korea Mobile Certification Inc.',
    country: 'KR',
    category: 'identity_verification',
    packages: [],
    hosts: ['www.kmcert.com', '*.kmcert.com'],
  },
  {
    id: 'toss_cert',
    name: 'Toss 인증 (Toss Cert)',
    company: 'Viva Republica Inc.',
    country: 'KR',
    category: 'identity_verification',
    packages: [],
    hosts: ['cert.toss.im'],
  },
  {
    id: 'barocert',
    name: 'Barocert (Kakao, NAVER, PASS and Toss certificates)',
    company: 'Linkhub Co., Ltd.',
    country: 'KR',
    category: 'identity_verification',
    packages: ['barocert', 'kakaocert'],
    hosts: ['barocert.linkhub.co.kr', 'static-barocert.linkhub.co.kr'],
  },
];
