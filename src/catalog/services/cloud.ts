import type { ServiceSpec } from './types.js';

/**
 * Cloud platforms, backend-as-a-service and managed databases. AWS (with S3), Google APIs and Firebase are in
 * parties.ts; the more specific AWS and Google services have entries in their categories (aws_bedrock in ai,
 * aws_cognito in auth, google_cloud_storage in storage …), which win over the `@aws-sdk/*` and `*.amazonaws.com`
 * globs. A vendor-run database is the service's own store (storage sinks), so these entries name the party for
 * `init` and for hosts; the calls listed send data to the vendor's own services.
 */
export const CLOUD: readonly ServiceSpec[] = [
  {
    id: 'azure',
    name: 'Microsoft Azure',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'cloud',
    packages: ['@azure/*', '@azure-rest/*'],
    hosts: ['*.azure.com', '*.windows.net'],
  },
  {
    id: 'microsoft_graph',
    name: 'Microsoft Graph (Microsoft 365)',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'cloud',
    packages: ['@microsoft/microsoft-graph-client', '@microsoft/msgraph-sdk'],
    hosts: ['graph.microsoft.com'],
    calls: [
      // client.api('/me/sendMail').post({ message: { toRecipients, body } }), api('/users').post({ … }), api(path).patch({ … })
      { packages: ['@microsoft/microsoft-graph-client'], members: ['post', 'put', 'patch', 'update'], data: [0] },
    ],
  },
  {
    id: 'google_cloud',
    name: 'Google Cloud',
    company: 'Google LLC',
    country: 'US',
    category: 'cloud',
    // Hosts are googleapis.com (the `google` party); Cloud Run and App Engine hosts are the project's own services.
    packages: ['@google-cloud/*'],
    hosts: [],
  },
  {
    id: 'cloudflare',
    name: 'Cloudflare',
    company: 'Cloudflare, Inc.',
    country: 'US',
    category: 'cloud',
    packages: ['cloudflare', 'wrangler', '@cloudflare/workers-types', '@cloudflare/ai'],
    hosts: ['api.cloudflare.com', 'cloudflareinsights.com', 'static.cloudflareinsights.com'],
  },
  {
    id: 'vercel',
    name: 'Vercel',
    company: 'Vercel Inc.',
    country: 'US',
    category: 'cloud',
    packages: ['@vercel/*', 'vercel'],
    hosts: ['api.vercel.com'],
  },
  {
    id: 'netlify',
    name: 'Netlify',
    company: 'Netlify, Inc.',
    country: 'US',
    category: 'cloud',
    packages: ['@netlify/functions', '@netlify/blobs', '@netlify/edge-functions', 'netlify'],
    hosts: ['api.netlify.com'],
  },
  {
    id: 'supabase',
    name: 'Supabase',
    company: 'Supabase, Inc.',
    country: 'US',
    category: 'cloud',
    // The project's own Postgres, auth users and buckets, hosted by Supabase as a processor (like Firestore).
    packages: ['@supabase/*'],
    hosts: ['*.supabase.co', '*.supabase.in', 'api.supabase.com'],
  },
  {
    id: 'mongodb_atlas',
    name: 'MongoDB Atlas',
    company: 'MongoDB, Inc.',
    country: 'US',
    category: 'cloud',
    // The driver (mongodb, mongoose) also serves self-hosted databases: Atlas is recognised by its hosts.
    packages: ['mongodb-atlas-api-client'],
    hosts: ['*.mongodb.net', 'cloud.mongodb.com'],
  },
  {
    id: 'planetscale',
    name: 'PlanetScale',
    company: 'PlanetScale, Inc.',
    country: 'US',
    category: 'cloud',
    packages: ['@planetscale/database'],
    hosts: ['*.psdb.cloud', 'api.planetscale.com'],
  },
  {
    id: 'neon',
    name: 'Neon',
    company: 'Neon, Inc. (Databricks)',
    country: 'US',
    category: 'cloud',
    packages: ['@neondatabase/serverless', '@neondatabase/api-client'],
    hosts: ['*.neon.tech'],
  },
  {
    id: 'upstash',
    name: 'Upstash (Redis, Vector, QStash)',
    company: 'Upstash, Inc.',
    country: 'US',
    category: 'cloud',
    packages: ['@upstash/*'],
    hosts: ['*.upstash.io'],
    calls: [
      // index.upsert({ id, vector, data, metadata })
      { packages: ['@upstash/vector'], members: ['upsert', 'update'], data: [0] },
      // qstash.publishJSON({ url, body }): the body is held by Upstash and delivered to the URL
      { packages: ['@upstash/qstash'], members: ['publishJSON', 'publish', 'enqueueJSON', 'enqueue', 'batchJSON', 'batch'], data: [0] },
    ],
  },
  {
    id: 'aws_amplify',
    name: 'AWS Amplify libraries (Cognito, Pinpoint, S3)',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'cloud',
    packages: ['aws-amplify', '@aws-amplify/*'],
    hosts: [],
    calls: [
      // signUp({ username, password, options: { userAttributes: { email } } }) (v5: Auth.signUp({ username, password, attributes }))
      {
        packages: ['aws-amplify', '@aws-amplify/auth'],
        members: ['signUp'],
        data: [{ arg: 0, field: 'username' }, { arg: 0, field: 'options' }, { arg: 0, field: 'attributes' }],
      },
      // updateUserAttributes({ userAttributes }) (v5: Auth.updateUserAttributes(user, attributes)), updateUserAttribute(…)
      { packages: ['aws-amplify', '@aws-amplify/auth'], members: ['updateUserAttributes', 'updateUserAttribute'], data: [0, 1] },
      // analytics: record({ name, attributes }), identifyUser({ userId, userProfile: { email, name } })
      { packages: ['aws-amplify', '@aws-amplify/analytics'], members: ['record', 'identifyUser'], data: [0] },
    ],
  },
  {
    id: 'aws_location',
    name: 'Amazon Location Service',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'cloud',
    packages: ['@aws-sdk/client-location', '@aws-sdk/client-geo-places', '@aws-sdk/client-geo-routes'],
    hosts: ['geo.*.amazonaws.com', 'places.geo.*.amazonaws.com', 'routes.geo.*.amazonaws.com'],
    calls: [
      // geocoding an address or a position sends it: searchPlaceIndexForText({ Text }), geocode({ QueryText }), batchUpdateDevicePosition({ Updates })
      {
        members: ['send', 'searchPlaceIndexForText', 'searchPlaceIndexForPosition', 'batchUpdateDevicePosition', 'calculateRoute', 'geocode', 'reverseGeocode', 'searchText', 'autocomplete', 'calculateRoutes'],
        data: [0],
      },
    ],
  },
  {
    id: 'naver_cloud',
    name: 'NAVER Cloud Platform (APIs, Maps, Papago)',
    company: 'NAVER Cloud Corp.',
    country: 'KR',
    category: 'cloud',
    packages: ['react-naver-maps', 'vue3-naver-maps'],
    hosts: ['*.ntruss.com', '*.ncloud.com', 'naveropenapi.apigw.ntruss.com', 'oapi.map.naver.com'],
    calls: [
      // naver.maps.Service.geocode({ query: address }, cb), reverseGeocode({ coords }, cb)
      { packages: ['global:naver'], members: ['geocode', 'reverseGeocode'], data: [0] },
    ],
  },
  {
    id: 'nhn_cloud',
    name: 'NHN Cloud',
    company: 'NHN Cloud Corp.',
    country: 'KR',
    category: 'cloud',
    packages: [],
    hosts: ['*.cloud.toast.com', '*.nhncloudservice.com', '*.nhncloud.com'],
  },
  {
    id: 'alibaba_cloud',
    name: 'Alibaba Cloud',
    company: 'Alibaba Cloud Computing Co., Ltd.',
    country: 'CN',
    category: 'cloud',
    packages: ['@alicloud/*'],
    hosts: ['*.aliyuncs.com', '*.alibabacloud.com'],
  },
  {
    id: 'tencent_cloud',
    name: 'Tencent Cloud',
    company: 'Tencent Cloud Computing (Beijing) Co., Ltd.',
    country: 'CN',
    category: 'cloud',
    packages: ['tencentcloud-sdk-nodejs'],
    hosts: ['*.tencentcloudapi.com'],
  },
  {
    id: 'cafe24',
    name: 'Cafe24',
    company: 'Cafe24 Corp.',
    country: 'KR',
    category: 'cloud',
    packages: [],
    hosts: ['*.cafe24api.com'],
  },
];
