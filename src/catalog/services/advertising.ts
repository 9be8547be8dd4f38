import type { ServiceSpec } from './types.js';

/**
 * Advertising pixels, conversion APIs and mobile attribution (MMPs). Meta is in parties.ts (its calls in
 * sinks/sdks.ts). Pixels are browser globals (`ttq`, `pintrk`, `snaptr`, `twq`, `rdt`, `uetq`): `global:<name>`.
 * A pixel call that sends only an event name or an ad id carries nothing and is not listed.
 */
export const ADVERTISING: readonly ServiceSpec[] = [
  {
    id: 'meta',
    name: 'Meta Pixel, Conversions API and App Events',
    company: 'Meta Platforms, Inc.',
    country: 'US',
    category: 'advertising',
    // Facebook Login too: next-auth / Auth.js's provider, passport-facebook
    packages: ['react-facebook-pixel', 'facebook-nodejs-business-sdk', 'react-native-fbsdk-next', 'passport-facebook', 'next-auth/providers/facebook', '@auth/core/providers/facebook'],
    hosts: ['connect.facebook.net', 'www.facebook.com', 'graph.facebook.com'],
    calls: [
      // fbq('init', pixelId, { em, ph }) (advanced matching), fbq('track', 'Purchase', { … })
      { packages: ['global:fbq'], members: ['fbq'], data: 'all' },
      // ReactPixel.init(pixelId, { em }), track(event, data), trackCustom(…)
      { packages: ['react-facebook-pixel'], members: ['init', 'track', 'trackCustom', 'trackSingle', 'trackSingleCustom', 'fbq'], data: 'all' },
      // Conversions API: new UserData().setEmail(email).setPhone(phone)…, built only to be sent with a ServerEvent
      {
        packages: ['facebook-nodejs-business-sdk'],
        members: [
          'setEmail',
          'setEmails',
          'setPhone',
          'setPhones',
          'setFirstName',
          'setFirstNames',
          'setLastName',
          'setLastNames',
          'setDateOfBirth',
          'setDatesOfBirth',
          'setGender',
          'setGenders',
          'setCity',
          'setCities',
          'setState',
          'setStates',
          'setZip',
          'setZips',
          'setCountry',
          'setCountries',
          'setExternalId',
          'setExternalIds',
          'setClientIpAddress',
          'setClientUserAgent',
        ],
        data: [0],
      },
      // React Native: AppEventsLogger.logEvent(name, params), logPurchase(…), setUserData({ email, phone }), setUserID(id)
      { packages: ['react-native-fbsdk-next'], members: ['logEvent', 'logPurchase', 'setUserData', 'setUserID'], data: 'all' },
    ],
  },
  {
    id: 'google_ads',
    name: 'Google Ads, AdSense and Campaign Manager (DoubleClick)',
    company: 'Google LLC',
    country: 'US',
    category: 'advertising',
    packages: ['google-ads-api', 'google-ads-node'],
    hosts: ['*.doubleclick.net', 'www.googleadservices.com', 'googleads.googleapis.com', 'pagead2.googlesyndication.com', '*.googlesyndication.com', '*.googleadservices.com'],
    calls: [
      // customer.conversionUploads.uploadClickConversions({ conversions: [{ user_identifiers: [{ hashed_email }] }] }),
      // offlineUserDataJobs.addOperations({ operations }) (Customer Match lists)
      { packages: ['google-ads-api', 'google-ads-node'], members: ['uploadClickConversions', 'uploadCallConversions', 'uploadConversionAdjustments', 'uploadUserData', 'addOperations', 'addOfflineUserDataJobOperations'], data: 'all' },
    ],
  },
  {
    id: 'tiktok',
    name: 'TikTok Pixel and Events API',
    company: 'TikTok Pte. Ltd.',
    country: 'US',
    category: 'advertising',
    packages: ['tiktok-pixel', 'tiktok-business-api-sdk-official'],
    hosts: ['analytics.tiktok.com', 'business-api.tiktok.com'],
    calls: [
      // ttq.identify({ email, phone_number, external_id }), ttq.track(event, { value, contents })
      { packages: ['global:ttq', 'tiktok-pixel'], members: ['identify', 'track'], data: 'all' },
    ],
  },
  {
    id: 'snap',
    name: 'Snap Pixel and Conversions API',
    company: 'Snap Inc.',
    country: 'US',
    category: 'advertising',
    packages: [],
    hosts: ['tr.snapchat.com', 'sc-static.net', 'tr-shadow.snapchat.com'],
    calls: [
      // snaptr('init', pixelId, { user_email, user_phone_number }), snaptr('track', 'PURCHASE', { … })
      { packages: ['global:snaptr'], members: ['snaptr'], data: 'all' },
    ],
  },
  {
    id: 'pinterest',
    name: 'Pinterest Tag and Conversions API',
    company: 'Pinterest, Inc.',
    country: 'US',
    category: 'advertising',
    packages: [],
    hosts: ['ct.pinterest.com', 's.pinimg.com', 'api.pinterest.com'],
    calls: [
      // pintrk('load', tagId, { em: email }), pintrk('set', { em }), pintrk('track', 'checkout', { … })
      { packages: ['global:pintrk'], members: ['pintrk'], data: 'all' },
    ],
  },
  {
    id: 'linkedin_ads',
    name: 'LinkedIn Insight Tag',
    company: 'LinkedIn Corporation (Microsoft)',
    country: 'US',
    category: 'advertising',
    // lintrk('track', { conversion_id }) sends a conversion id only.
    packages: [],
    hosts: ['px.ads.linkedin.com', 'snap.licdn.com', 'dc.ads.linkedin.com'],
  },
  {
    id: 'x_ads',
    name: 'X (Twitter) Pixel and Ads API',
    company: 'X Corp.',
    country: 'US',
    category: 'advertising',
    packages: ['twitter-api-v2'],
    hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 'ads-api.twitter.com', 'ads-api.x.com', 'api.twitter.com', 'api.x.com'],
    calls: [
      // twq('event', eventId, { email_address, phone_number })
      { packages: ['global:twq'], members: ['twq'], data: 'all' },
      // twitter-api-v2: client.v2.tweet(text), v1.sendDm({ recipient_id, text }): content posted to X
      { packages: ['twitter-api-v2'], members: ['tweet', 'reply', 'quote', 'sendDm', 'sendDmToParticipant', 'sendDmInConversation'], data: 'all' },
    ],
  },
  {
    id: 'microsoft_ads',
    name: 'Microsoft Advertising UET',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'advertising',
    packages: [],
    hosts: ['bat.bing.com', 'bat.r.msn.com'],
    calls: [
      // window.uetq.push('set', { pid: { em, ph } }), uetq.push('event', action, { revenue_value })
      { packages: ['global:uetq'], members: ['push'], data: 'all' },
    ],
  },
  {
    id: 'reddit_ads',
    name: 'Reddit Pixel and Conversions API',
    company: 'Reddit, Inc.',
    country: 'US',
    category: 'advertising',
    packages: [],
    hosts: ['alb.reddit.com', 'pixel-config.reddit.com', 'ads-api.reddit.com'],
    calls: [
      // rdt('init', pixelId, { email, phoneNumber, externalId }), rdt('track', 'Purchase', { … })
      { packages: ['global:rdt'], members: ['rdt'], data: 'all' },
    ],
  },
  {
    id: 'criteo',
    name: 'Criteo',
    company: 'Criteo SA',
    country: 'FR',
    category: 'advertising',
    packages: [],
    hosts: ['*.criteo.com', '*.criteo.net'],
    calls: [
      // window.criteo_q.push({ event: 'setEmail', email: [hashedEmail] }, { event: 'trackTransaction', … })
      { packages: ['global:criteo_q'], members: ['push'], data: 'all' },
    ],
  },
  {
    id: 'taboola',
    name: 'Taboola Pixel',
    company: 'Taboola.com Ltd.',
    country: 'US',
    category: 'advertising',
    packages: [],
    hosts: ['*.taboola.com', '*.taboolasyndication.com'],
    calls: [{ packages: ['global:_tfa'], members: ['push'], data: 'all' }],
  },
  {
    id: 'the_trade_desk',
    name: 'The Trade Desk (Unified ID 2.0)',
    company: 'The Trade Desk, Inc.',
    country: 'US',
    category: 'advertising',
    packages: [],
    hosts: ['*.adsrvr.org', '*.uidapi.com'],
    calls: [
      // UID2 token generation from a hashed email or phone: setIdentityFromEmail(email, …) / setIdentityFromPhone
      { packages: ['global:__uid2'], members: ['setIdentityFromEmail', 'setIdentityFromEmailHash', 'setIdentityFromPhone', 'setIdentityFromPhoneHash'], data: [0] },
    ],
  },
  {
    id: 'applovin',
    name: 'AppLovin MAX',
    company: 'AppLovin Corporation',
    country: 'US',
    category: 'advertising',
    packages: ['react-native-applovin-max'],
    hosts: ['*.applovin.com', '*.applvn.com'],
  },
  {
    id: 'appsflyer',
    name: 'AppsFlyer',
    company: 'AppsFlyer Ltd.',
    country: 'US',
    category: 'advertising',
    packages: ['react-native-appsflyer', 'cordova-plugin-appsflyer-sdk', 'appsflyer-capacitor-plugin'],
    hosts: ['*.appsflyer.com', '*.appsflyersdk.com', '*.onelink.me'],
    calls: [
      // appsFlyer.logEvent(name, values), setCustomerUserId(id), setUserEmails({ emails, emailsCryptType }), setAdditionalData(data)
      { packages: ['react-native-appsflyer', 'cordova-plugin-appsflyer-sdk', 'appsflyer-capacitor-plugin', 'global:AF'], members: ['logEvent', 'setCustomerUserId', 'setUserEmails', 'setAdditionalData', 'AF'], data: 'all' },
    ],
  },
  {
    id: 'adjust',
    name: 'Adjust',
    company: 'Adjust GmbH (AppLovin)',
    country: 'DE',
    category: 'advertising',
    packages: ['react-native-adjust', '@adjustcom/adjust-web-sdk'],
    hosts: ['*.adjust.com', '*.adj.st', '*.adjust.net.in', '*.adjust.world'],
    calls: [
      // Adjust.trackEvent(new AdjustEvent(token) with callback params), Adjust.addGlobalCallbackParameter(k, v)
      {
        packages: ['react-native-adjust', '@adjustcom/adjust-web-sdk'],
        members: ['trackEvent', 'addCallbackParameter', 'addPartnerParameter', 'addGlobalCallbackParameter', 'addGlobalCallbackParameters', 'addGlobalPartnerParameter', 'addGlobalPartnerParameters', 'addSessionCallbackParameter', 'addSessionPartnerParameter'],
        data: 'all',
      },
    ],
  },
  {
    id: 'branch',
    name: 'Branch',
    company: 'Branch Metrics, Inc.',
    country: 'US',
    category: 'advertising',
    packages: ['branch-sdk', 'react-native-branch', 'capacitor-branch-deep-links'],
    hosts: ['api2.branch.io', '*.branch.io', '*.app.link'],
    calls: [
      // branch.setIdentity(id), branch.logEvent(name, data, items), new BranchEvent(name, items, { customData }).logEvent()
      { packages: ['branch-sdk', 'react-native-branch'], members: ['setIdentity', 'logEvent', 'track', 'setRequestMetadata'], data: 'all' },
    ],
  },
  {
    id: 'singular',
    name: 'Singular',
    company: 'Singular Labs, Inc.',
    country: 'US',
    category: 'advertising',
    packages: ['singular-react-native', 'singular-sdk'],
    hosts: ['*.singular.net', '*.sng.link'],
    calls: [
      // Singular.event(name), eventWithArgs(name, args), customRevenue(…), setCustomUserId(id), setGlobalProperty(k, v)
      { packages: ['singular-react-native', 'singular-sdk'], members: ['event', 'eventWithArgs', 'customRevenue', 'customRevenueWithArgs', 'setCustomUserId', 'setGlobalProperty', 'login'], data: 'all' },
    ],
  },
];
