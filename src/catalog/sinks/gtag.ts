import type { SinkSpec } from './types.js';

/**
 * Google Analytics through gtag.js: the `gtag('event', name, params)` / `gtag('set', 'user_data', {…})` global,
 * declared by @types/gtag.js or by the project itself (a project .d.ts is 'lib'), used without any declaration
 * (`global:gtag`), and the ga-gtag wrapper (often untyped: recognised by its import specifier). The npm package
 * named `gtag` is unrelated. Also the wrappers that send to Google Analytics: react-ga / react-ga4 (and the UMD
 * build's `ReactGA` global), analytics.js's `ga(…)`, vue-gtag, Next.js's third-parties, universal-analytics
 * (Measurement Protocol) and Google Analytics for Firebase.
 */
export const GTAG_SINKS: readonly SinkSpec[] = [
  { name: 'gtag', kind: 'transfer', party: 'google_analytics', packages: ['gtag.js', 'lib', 'ga-gtag', 'global:gtag'], member: /^gtag$/, data: 'all' },
  // ReactGA.event({ category, action, label, value }), ReactGA.set({ userId }), ReactGA.send({ hitType, … }), ReactGA.gtag(…)
  {
    name: 'react-ga',
    kind: 'transfer',
    party: 'google_analytics',
    packages: ['react-ga', 'react-ga4', 'global:ReactGA'],
    member: /^(event|set|send|gtag|ga|pageview|modalview|exception|timing|outboundLink)$/,
    data: 'all',
  },
  // analytics.js: ga('send', 'event', …), ga('set', 'userId', id)
  { name: 'ga', kind: 'transfer', party: 'google_analytics', packages: ['global:ga'], member: /^ga$/, data: 'all' },
  // vue-gtag: this.$gtag.event(action, params), event(name, params) (v3), useGtag().event(…)
  { name: 'vue-gtag', kind: 'transfer', party: 'google_analytics', packages: ['vue-gtag', 'vue-gtag-next'], member: /^(event|config|set|pageview|screenview|exception|purchase|query)$/, data: 'all' },
  // @next/third-parties/google: sendGAEvent('event', 'signup', { … })
  { name: 'next.sendGAEvent', kind: 'transfer', party: 'google_analytics', packages: ['@next/third-parties'], member: /^sendGAEvent$/, data: 'all' },
  // universal-analytics: visitor.event(category, action, label, value), pageview(path), set(key, value), transaction(…)
  { name: 'universal-analytics', kind: 'transfer', party: 'google_analytics', packages: ['universal-analytics'], member: /^(event|pageview|screenview|set|transaction|item|exception|timing)$/, data: 'all' },
  // Google Analytics for Firebase: logEvent(analytics, name, params), setUserProperties(analytics, props) (firebase/analytics);
  // analytics().logEvent(name, params), setUserProperty(name, value) (React Native Firebase)
  { name: 'firebase.analytics', kind: 'transfer', party: 'google_analytics', packages: ['@firebase/analytics', 'firebase'], member: /^(logEvent|setUserProperties|setUserId)$/, data: 'all' },
  {
    name: 'firebase.analytics',
    kind: 'transfer',
    party: 'google_analytics',
    packages: ['@react-native-firebase/analytics'],
    member: /^(logEvent|setUserProperties|setUserProperty|setUserId|logPurchase|logSignUp|logLogin|logScreenView|setDefaultEventParameters)$/,
    data: 'all',
  },
];
