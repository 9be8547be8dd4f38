import type { ServiceSpec } from './types.js';

/**
 * Product analytics, session replay, experimentation and tag management. Segment, PostHog, Mixpanel, Amplitude and
 * Google Analytics are in parties.ts (their calls in sinks/sdks.ts and sinks/gtag.ts). A browser snippet's global
 * (`hj(…)`, `FS.identify(…)`, `heap.track(…)`) is `global:<name>`: matched only where nothing in the project declares it.
 */
export const ANALYTICS: readonly ServiceSpec[] = [
  {
    id: 'google_analytics',
    name: 'Google Analytics',
    company: 'Google LLC',
    country: 'US',
    category: 'analytics',
    // The npm package named `gtag` is an unrelated git tool; gtag.js is loaded from googletagmanager.com. The gtag()
    // and ga() globals are in sinks/gtag.ts.
    packages: ['react-ga4', 'react-ga', '@analytics/google-analytics', 'vue-gtag', 'vue-gtag-next', 'ga-gtag', 'universal-analytics', '@react-native-firebase/analytics'],
    hosts: ['*.google-analytics.com', '*.analytics.google.com', 'www.googletagmanager.com', '*.googletagmanager.com'],
    calls: [
      // ReactGA.event({ category, action, label, value }), ReactGA.set({ userId }), ReactGA.send({ hitType }), ReactGA.gtag(…); the UMD build's ReactGA global
      { packages: ['react-ga', 'react-ga4', 'global:ReactGA'], members: ['event', 'set', 'send', 'gtag', 'ga', 'pageview', 'modalview', 'exception', 'timing', 'outboundLink'], data: 'all' },
      // vue-gtag: this.$gtag.event(action, params), event(name, params) (v3)
      { packages: ['vue-gtag', 'vue-gtag-next'], members: ['event', 'config', 'set', 'pageview', 'screenview', 'exception', 'purchase', 'query'], data: 'all' },
      // @next/third-parties/google: sendGAEvent('event', 'signup', { … })
      { packages: ['@next/third-parties'], members: ['sendGAEvent'], data: 'all' },
      // universal-analytics (Measurement Protocol): visitor.event(category, action, label, value), set(key, value), transaction(…)
      { packages: ['universal-analytics'], members: ['event', 'pageview', 'screenview', 'set', 'transaction', 'item', 'exception', 'timing'], data: 'all' },
      // Google Analytics for Firebase: logEvent(analytics, name, params), setUserProperties(analytics, props), setUserId(analytics, id)
      { packages: ['@firebase/analytics', 'firebase'], members: ['logEvent', 'setUserProperties', 'setUserId'], data: 'all' },
      // React Native Firebase: analytics().logEvent(name, params), setUserProperty(name, value), logPurchase(…)
      {
        packages: ['@react-native-firebase/analytics'],
        members: ['logEvent', 'setUserProperties', 'setUserProperty', 'setUserId', 'logPurchase', 'logSignUp', 'logLogin', 'logScreenView', 'setDefaultEventParameters'],
        data: 'all',
      },
    ],
  },
  {
    id: 'google_tag_manager',
    name: 'Google Tag Manager',
    company: 'Google LLC',
    country: 'US',
    category: 'analytics',
    // gtm.js is served from www.googletagmanager.com, which google_analytics already names.
    packages: ['react-gtm-module', '@sooro-io/react-gtm-module'],
    hosts: [],
    calls: [
      // window.dataLayer.push({ event, … }): every tag of the container reads it
      { packages: ['global:dataLayer'], members: ['push'], data: [0] },
      // TagManager.dataLayer({ dataLayer: { … } }), TagManager.initialize({ gtmId, dataLayer })
      { packages: ['react-gtm-module', '@sooro-io/react-gtm-module'], members: ['dataLayer', 'initialize'], data: [{ arg: 0, field: 'dataLayer' }] },
      // @next/third-parties/google: sendGTMEvent({ event, value })
      { packages: ['@next/third-parties'], members: ['sendGTMEvent'], data: [0] },
    ],
  },
  {
    id: 'heap',
    name: 'Heap',
    company: 'Heap Inc. (Contentsquare)',
    country: 'US',
    category: 'analytics',
    packages: ['@heap/react-native-heap', 'reactjs-heap', 'heap-api'],
    hosts: ['heapanalytics.com', '*.heapanalytics.com', '*.heap-api.com'],
    calls: [
      { packages: ['global:heap', '@heap/react-native-heap', 'reactjs-heap'], members: ['track', 'identify', 'addUserProperties', 'addEventProperties'], data: 'all' },
    ],
  },
  {
    id: 'hotjar',
    name: 'Hotjar',
    company: 'Hotjar Ltd. (Contentsquare)',
    country: 'MT',
    category: 'analytics',
    packages: ['@hotjar/browser', 'react-hotjar'],
    hosts: ['*.hotjar.com', '*.hotjar.io'],
    calls: [
      // Hotjar.identify(userId, { email, … }), Hotjar.event(name); react-hotjar: hotjar.identify(id, attrs)
      { packages: ['@hotjar/browser', 'react-hotjar'], members: ['identify', 'event'], data: 'all' },
      // hj('identify', userId, { … })
      { packages: ['global:hj'], members: ['hj'], data: 'all' },
    ],
  },
  {
    id: 'fullstory',
    name: 'FullStory',
    company: 'FullStory, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@fullstory/browser', '@fullstory/react-native', '@fullstory/snippet'],
    hosts: ['*.fullstory.com'],
    calls: [
      // v1: FullStory.identify(uid, vars), setUserVars, event(name, props); v2: FullStory('setIdentity', { uid, properties })
      { packages: ['@fullstory/browser', '@fullstory/react-native', 'global:FS'], members: ['identify', 'setUserVars', 'setVars', 'event', 'FullStory', 'FS', 'log'], data: 'all' },
    ],
  },
  {
    id: 'logrocket',
    name: 'LogRocket',
    company: 'LogRocket, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['logrocket', 'logrocket-react', '@logrocket/react-native'],
    hosts: ['*.logrocket.io', '*.logrocket.com', '*.lr-ingest.io', '*.lr-ingest.com', '*.lr-in.com', '*.lr-in-prod.com'],
    calls: [
      // LogRocket.identify(uid, traits), track(name, props), and its console-like log that is shipped with the session
      { packages: ['logrocket', '@logrocket/react-native', 'global:LogRocket'], members: ['identify', 'track', 'log', 'info', 'warn', 'error', 'debug', 'captureMessage', 'captureException'], data: 'all' },
    ],
  },
  {
    id: 'microsoft_clarity',
    name: 'Microsoft Clarity',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'analytics',
    packages: ['@microsoft/clarity', 'clarity-js'],
    hosts: ['*.clarity.ms'],
    calls: [
      // Clarity.identify(customId, sessionId, pageId, friendlyName), Clarity.setTag(key, value), Clarity.event(name)
      { packages: ['@microsoft/clarity'], members: ['identify', 'setTag', 'event'], data: 'all' },
      { packages: ['global:clarity'], members: ['clarity'], data: 'all' },
    ],
  },
  {
    id: 'rudderstack',
    name: 'RudderStack',
    company: 'RudderStack, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node', '@rudderstack/rudder-sdk-react-native', 'rudder-sdk-js'],
    hosts: ['*.rudderstack.com', '*.rudderlabs.com'],
    calls: [
      // Segment-shaped: track(event, props) / track({ userId, event, properties }), identify(userId, traits), page, group, alias
      { packages: ['@rudderstack/analytics-js', '@rudderstack/rudder-sdk-node', '@rudderstack/rudder-sdk-react-native', 'rudder-sdk-js', 'global:rudderanalytics'], members: ['track', 'identify', 'page', 'screen', 'group', 'alias'], data: 'all' },
    ],
  },
  {
    id: 'plausible',
    name: 'Plausible Analytics',
    company: 'Plausible Insights OÜ',
    country: 'EE',
    category: 'analytics',
    packages: ['plausible-tracker', 'next-plausible'],
    hosts: ['plausible.io'],
    calls: [
      // trackEvent(name, { props }), plausible('Signup', { props })
      { packages: ['plausible-tracker'], members: ['trackEvent'], data: 'all' },
      { packages: ['global:plausible'], members: ['plausible'], data: 'all' },
    ],
  },
  {
    id: 'matomo_cloud',
    name: 'Matomo Cloud',
    company: 'InnoCraft Ltd.',
    country: 'DE',
    category: 'analytics',
    packages: ['@datapunt/matomo-tracker-react', '@jonkoops/matomo-tracker-react', 'matomo-tracker', 'vue-matomo', 'ngx-matomo-client'],
    hosts: ['*.matomo.cloud', '*.innocraft.cloud'],
    calls: [
      // _paq.push(['setUserId', id]), _paq.push(['trackEvent', …])
      { packages: ['global:_paq'], members: ['push'], data: [0] },
      // matomo-tracker (node): matomo.track({ url, uid, _cvar, … }); the React tracker's trackEvent / pushInstruction
      { packages: ['matomo-tracker', '@datapunt/matomo-tracker-react', '@jonkoops/matomo-tracker-react'], members: ['track', 'trackEvent', 'trackPageView', 'pushInstruction'], data: 'all' },
    ],
  },
  {
    id: 'pendo',
    name: 'Pendo',
    company: 'Pendo.io, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@pendo/agent', 'rn-pendo-sdk'],
    hosts: ['*.pendo.io'],
    calls: [
      // pendo.initialize({ visitor: { id, email, full_name }, account }), identify(…), updateOptions(…), track(name, props)
      { packages: ['global:pendo', '@pendo/agent'], members: ['initialize', 'identify', 'updateOptions', 'track'], data: 'all' },
    ],
  },
  {
    id: 'countly',
    name: 'Countly',
    company: 'Countly Ltd.',
    country: 'GB',
    category: 'analytics',
    packages: ['countly-sdk-web', 'countly-sdk-nodejs', 'countly-sdk-react-native-bridge'],
    hosts: ['*.count.ly'],
    calls: [
      // Countly.user_details({ name, email, phone }), Countly.add_event({ key, segmentation }), Countly.q.push([…])
      { packages: ['countly-sdk-web', 'countly-sdk-nodejs', 'global:Countly'], members: ['user_details', 'add_event', 'set', 'set_once', 'push'], data: 'all' },
    ],
  },
  {
    id: 'smartlook',
    name: 'Smartlook',
    company: 'Smartlook.com, s.r.o. (Cisco)',
    country: 'CZ',
    category: 'analytics',
    packages: ['smartlook-client', 'react-native-smartlook-analytics'],
    hosts: ['*.smartlook.com', '*.smartlook.cloud'],
    calls: [
      // Smartlook.identify(userId, { name, email }), Smartlook.track(event, props); smartlook('identify', …)
      { packages: ['smartlook-client'], members: ['identify', 'track'], data: 'all' },
      { packages: ['global:smartlook'], members: ['smartlook'], data: 'all' },
    ],
  },
  {
    id: 'mouseflow',
    name: 'Mouseflow',
    company: 'Mouseflow ApS',
    country: 'DK',
    category: 'analytics',
    packages: [],
    hosts: ['*.mouseflow.com'],
    calls: [{ packages: ['global:_mfq'], members: ['push'], data: [0] }],
  },
  {
    id: 'contentsquare',
    name: 'Contentsquare',
    company: 'Contentsquare SAS',
    country: 'FR',
    category: 'analytics',
    packages: ['@contentsquare/react-native-bridge'],
    hosts: ['*.contentsquare.net', '*.contentsquare.com'],
    calls: [
      // window._uxa.push(['setCustomVariable', index, name, value])
      { packages: ['global:_uxa'], members: ['push'], data: [0] },
    ],
  },
  {
    id: 'beusable',
    name: 'Beusable',
    company: '4Grit Inc. (Beusable)',
    country: 'KR',
    category: 'analytics',
    // Heatmap and session analytics loaded as a script tag (rum.beusable.net).
    packages: [],
    hosts: ['*.beusable.net'],
  },
  {
    id: 'airbridge',
    name: 'Airbridge',
    company: 'AB180 Inc.',
    country: 'KR',
    category: 'analytics',
    packages: ['airbridge-web-sdk-loader', 'airbridge-react-native-sdk'],
    hosts: ['*.airbridge.io', '*.abr.ge'],
    calls: [
      // airbridge.setUserEmail(email), setUserPhone, setUserAttributes, setUser({ … }); airbridge.events.send(category, attrs) / trackEvent
      {
        packages: ['airbridge-web-sdk-loader', 'airbridge-react-native-sdk', 'global:airbridge'],
        members: ['setUserEmail', 'setUserPhone', 'setUserAttributes', 'setUserAttribute', 'setUserAlias', 'setUser', 'setUserID', 'send', 'trackEvent'],
        data: 'all',
      },
    ],
  },
  {
    id: 'hackle',
    name: 'Hackle',
    company: 'Hackle Inc.',
    country: 'KR',
    category: 'analytics',
    packages: ['@hackler/javascript-sdk', '@hackler/react-sdk', '@hackler/react-native-sdk'],
    hosts: ['*.hackle.io'],
    calls: [
      // hackleClient.track(event, user), setUser({ id, properties }), setUserProperty(k, v), updateUserProperties(ops)
      {
        packages: ['@hackler/javascript-sdk', '@hackler/react-sdk', '@hackler/react-native-sdk'],
        members: ['track', 'setUser', 'setUserId', 'setUserProperty', 'setUserProperties', 'updateUserProperties'],
        data: 'all',
      },
    ],
  },
  {
    id: 'naver_analytics',
    name: 'NAVER Analytics',
    company: 'NAVER Corp.',
    country: 'KR',
    category: 'analytics',
    // wcslog.js (wcs_do(), wcs.trans(…)): page views and conversions, no user fields.
    packages: [],
    hosts: ['wcs.naver.net', 'wcs.naver.com'],
  },
  {
    id: 'optimizely',
    name: 'Optimizely Feature Experimentation',
    company: 'Optimizely, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@optimizely/optimizely-sdk', '@optimizely/react-sdk'],
    hosts: ['*.optimizely.com'],
    calls: [
      // client.track(eventKey, userId, attributes, tags), createUserContext(userId, attributes): attributes go out with events
      { members: ['track', 'createUserContext', 'activate', 'setAttribute', 'trackEvent'], data: 'all' },
    ],
  },
  {
    id: 'launchdarkly',
    name: 'LaunchDarkly',
    company: 'Catamorphic Co. (LaunchDarkly)',
    country: 'US',
    category: 'analytics',
    packages: [
      '@launchdarkly/node-server-sdk',
      'launchdarkly-node-server-sdk',
      '@launchdarkly/js-client-sdk',
      'launchdarkly-js-client-sdk',
      'launchdarkly-react-client-sdk',
      '@launchdarkly/react-native-client-sdk',
      '@launchdarkly/js-server-sdk-common',
      '@launchdarkly/js-client-sdk-common',
    ],
    hosts: ['*.launchdarkly.com'],
    calls: [
      // identify(context), track(key, context, data); server variation(key, context, default): the context is sent in analytics events
      { members: ['identify', 'track', 'variation', 'variationDetail', 'boolVariation', 'stringVariation', 'numberVariation', 'jsonVariation'], data: 'all' },
    ],
  },
  {
    id: 'statsig',
    name: 'Statsig',
    company: 'Statsig, Inc. (OpenAI)',
    country: 'US',
    category: 'analytics',
    packages: ['statsig-node', '@statsig/js-client', '@statsig/react-bindings', 'statsig-js', 'statsig-react', '@statsig/statsig-node-core'],
    hosts: ['*.statsig.com', '*.statsigapi.net'],
    calls: [
      // Statsig.logEvent(user, name, value, metadata) / client.logEvent(name, value, metadata); updateUserAsync(user); checkGate(user, gate)
      { members: ['logEvent', 'logEventObject', 'updateUserAsync', 'updateUserSync', 'updateUser', 'checkGate', 'getExperiment', 'getConfig'], data: 'all' },
    ],
  },
  {
    id: 'split',
    name: 'Split (Harness Feature Management)',
    company: 'Harness Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@splitsoftware/splitio', '@splitsoftware/splitio-react', '@splitsoftware/splitio-browserjs'],
    hosts: ['*.split.io'],
    calls: [
      // client.track(key, trafficType, eventType, value, properties)
      { members: ['track'], data: 'all' },
    ],
  },
  {
    id: 'vwo',
    name: 'VWO',
    company: 'Wingify Software Pvt. Ltd.',
    country: 'IN',
    category: 'analytics',
    packages: ['vwo-node-sdk', 'vwo-fme-node-sdk'],
    hosts: ['*.visualwebsiteoptimizer.com', '*.vwo.com'],
    calls: [
      // vwoClient.track(campaignKey, userId, goal, { customVariables }); setAttribute(key, value, context)
      { members: ['track', 'setAttribute', 'push'], data: 'all' },
    ],
  },
  {
    id: 'vercel_analytics',
    name: 'Vercel Web Analytics',
    company: 'Vercel Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@vercel/analytics', '@vercel/speed-insights'],
    hosts: ['*.vercel-insights.com', 'vitals.vercel-insights.com'],
    calls: [
      // track(name, properties), from '@vercel/analytics' and '@vercel/analytics/server'
      { packages: ['@vercel/analytics'], members: ['track'], data: 'all' },
    ],
  },
  {
    id: 'snowplow',
    name: 'Snowplow',
    company: 'Snowplow Analytics Ltd.',
    country: 'GB',
    category: 'analytics',
    packages: ['@snowplow/browser-tracker', '@snowplow/node-tracker', '@snowplow/react-native-tracker', '@snowplow/tracker-core'],
    hosts: ['*.snowplowanalytics.com', '*.snplow.net'],
    calls: [
      // setUserId(id), trackSelfDescribingEvent({ event: { schema, data } }), trackStructEvent({ category, action, label, property })
      {
        packages: ['@snowplow/browser-tracker', '@snowplow/node-tracker', '@snowplow/react-native-tracker', '@snowplow/tracker-core'],
        members: ['setUserId', 'trackSelfDescribingEvent', 'trackStructEvent', 'trackPageView', 'buildSelfDescribingEvent', 'buildStructEvent'],
        data: 'all',
      },
    ],
  },
  {
    id: 'yandex_metrica',
    name: 'Yandex Metrica',
    company: 'YANDEX LLC',
    country: 'RU',
    category: 'analytics',
    packages: ['react-yandex-metrika'],
    hosts: ['mc.yandex.ru', 'mc.yandex.com', 'mc.webvisor.org'],
    calls: [
      // ym(counterId, 'userParams', { … }), ym(counterId, 'reachGoal', target, params)
      { packages: ['global:ym', 'react-yandex-metrika'], members: ['ym'], data: 'all' },
    ],
  },
  {
    id: 'umami_cloud',
    name: 'Umami Cloud',
    company: 'Umami Software, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@umami/node'],
    hosts: ['cloud.umami.is', 'api-gateway.umami.dev'],
    calls: [
      // umami.track(name, data), umami.identify(data)
      { packages: ['global:umami', '@umami/node'], members: ['track', 'identify'], data: 'all' },
    ],
  },
  {
    id: 'userpilot',
    name: 'Userpilot',
    company: 'Userpilot Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['userpilot'],
    hosts: ['*.userpilot.io', '*.userpilot.com'],
    calls: [{ packages: ['userpilot', 'global:userpilot'], members: ['identify', 'track'], data: 'all' }],
  },
  {
    id: 'appcues',
    name: 'Appcues',
    company: 'Appcues, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@appcues/react-native'],
    hosts: ['*.appcues.com', '*.appcues.net'],
    calls: [{ packages: ['global:Appcues', '@appcues/react-native'], members: ['identify', 'track', 'group'], data: 'all' }],
  },
  {
    id: 'userflow',
    name: 'Userflow',
    company: 'Userflow, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['userflow.js'],
    hosts: ['*.userflow.com'],
    calls: [{ packages: ['userflow.js', 'global:userflow'], members: ['identify', 'updateUser', 'group', 'updateGroup', 'track'], data: 'all' }],
  },
  {
    id: 'mparticle',
    name: 'mParticle',
    company: 'mParticle, Inc. (Rokt)',
    country: 'US',
    category: 'analytics',
    packages: ['@mparticle/web-sdk', 'react-native-mparticle'],
    hosts: ['*.mparticle.com'],
    calls: [
      // mParticle.logEvent(name, type, attrs), Identity.login({ userIdentities: { email } }), user.setUserAttribute(k, v)
      { packages: ['@mparticle/web-sdk', 'react-native-mparticle', 'global:mParticle'], members: ['logEvent', 'logPageView', 'login', 'identify', 'modify', 'setUserAttribute', 'setUserAttributes', 'setUserAttributeList'], data: 'all' },
    ],
  },
  {
    id: 'tealium',
    name: 'Tealium iQ',
    company: 'Tealium Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['tealium-react-native'],
    hosts: ['tags.tiqcdn.com', '*.tiqcdn.com', 'collect.tealiumiq.com', '*.tealiumiq.com'],
    calls: [
      // utag.link({ … }), utag.view({ … }): the data layer every tag receives
      { packages: ['global:utag'], members: ['link', 'view', 'track'], data: 'all' },
    ],
  },
  {
    id: 'adobe_experience_cloud',
    name: 'Adobe Experience Platform (Analytics, Web SDK)',
    company: 'Adobe Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@adobe/alloy', '@adobe/react-native-aepcore', '@adobe/react-native-aepedge'],
    hosts: ['*.omtrdc.net', '*.2o7.net', '*.adobedc.net', '*.demdex.net', 'assets.adobedtm.com'],
    calls: [
      // alloy('sendEvent', { xdm }), _satellite.track(rule, detail)
      { packages: ['global:alloy', '@adobe/alloy'], members: ['alloy'], data: 'all' },
      { packages: ['global:_satellite'], members: ['track'], data: 'all' },
    ],
  },
  {
    id: 'piwik_pro',
    name: 'Piwik PRO',
    company: 'Piwik PRO GmbH',
    country: 'DE',
    category: 'analytics',
    packages: ['@piwikpro/react-piwik-pro', '@piwikpro/next-piwik-pro', '@piwikpro/tracking-base-library'],
    hosts: ['*.piwik.pro', '*.containers.piwik.pro'],
    calls: [
      // CustomEvent.trackEvent(category, action, name, value), UserManagement.setUserId(id), CustomDimensions.setCustomDimensionValue(id, v)
      {
        packages: ['@piwikpro/react-piwik-pro', '@piwikpro/next-piwik-pro', '@piwikpro/tracking-base-library'],
        members: ['trackEvent', 'setUserId', 'setCustomDimensionValue', 'trackGoal'],
        data: 'all',
      },
    ],
  },
  {
    id: 'sensors_data',
    name: 'Sensors Analytics',
    company: 'Sensors Data Network Technology (Beijing) Co., Ltd.',
    country: 'CN',
    category: 'analytics',
    packages: ['sa-sdk-javascript', 'sa-sdk-node'],
    hosts: ['*.sensorsdata.cn'],
    calls: [
      // sensors.track(event, props), login(id), setProfile(props), setOnceProfile, registerPage(props)
      { packages: ['sa-sdk-javascript', 'sa-sdk-node', 'global:sensors'], members: ['track', 'login', 'setProfile', 'setOnceProfile', 'registerPage', 'register', 'profileSet'], data: 'all' },
    ],
  },
  {
    id: 'sprig',
    name: 'Sprig',
    company: 'Sprig Technologies, Inc.',
    country: 'US',
    category: 'analytics',
    packages: ['@sprig-technologies/sprig-browser'],
    hosts: ['*.sprig.com', '*.userleap.com'],
    calls: [
      // Sprig('setAttributes', { … }), Sprig('setEmail', email); the package: sprig.setAttributes(…), identifyAndSetAttributes({ userId, attributes })
      {
        packages: ['global:Sprig', '@sprig-technologies/sprig-browser'],
        members: ['Sprig', 'setAttributes', 'setAttribute', 'setEmail', 'setUserId', 'identifyAndSetAttributes', 'track', 'identifyAndTrack'],
        data: 'all',
      },
    ],
  },
];
