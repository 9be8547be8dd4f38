import type { ServiceSpec } from './types.js';

/**
 * Identity providers, hosted authentication and bot protection. Kakao, Naver, Google and Firebase are in parties.ts.
 * Sign-in through an OAuth provider (next-auth's and Auth.js's providers, Passport strategies) redirects the user to
 * the provider's host, listed here; what the app sends itself is user management. A password sent to the identity
 * provider is authentication, not a transfer of it: calls that take one list the other fields only.
 */
export const AUTH: readonly ServiceSpec[] = [
  {
    id: 'kakao',
    name: 'Kakao Login and Kakao APIs',
    company: 'Kakao Corp.',
    country: 'KR',
    category: 'auth',
    packages: ['kakao-js-sdk', '@react-native-seoul/kakao-login', '@react-native-kakao/*', 'react-kakao-login', 'passport-kakao', 'react-kakao-maps-sdk', 'next-auth/providers/kakao', '@auth/core/providers/kakao'],
    hosts: ['kapi.kakao.com', 'kauth.kakao.com', 'dapi.kakao.com'],
    calls: [
      // Kakao.API.request({ url: '/v1/user/update_profile', data: { properties } }) (the JavaScript SDK's global)
      { packages: ['global:Kakao', 'kakao-js-sdk'], members: ['request'], data: [{ arg: 0, field: 'data' }] },
    ],
  },
  {
    id: 'auth0',
    name: 'Auth0',
    company: 'Okta, Inc. (Auth0)',
    country: 'US',
    category: 'auth',
    packages: ['auth0', 'auth0-js', '@auth0/auth0-react', '@auth0/nextjs-auth0', '@auth0/auth0-spa-js', 'react-native-auth0', 'auth0-lock'],
    hosts: ['*.auth0.com'],
    calls: [
      // management.users.create({ email, name, connection, password }), auth.database.signUp({ email, password, user_metadata })
      { packages: ['auth0'], members: ['create', 'createUser', 'signUp'], data: [
        { arg: 0, field: 'email' }, { arg: 0, field: 'name' }, { arg: 0, field: 'given_name' },
        { arg: 0, field: 'family_name' }, { arg: 0, field: 'nickname' }, { arg: 0, field: 'username' },
        { arg: 0, field: 'phone_number' }, { arg: 0, field: 'picture' }, { arg: 0, field: 'user_metadata' },
        { arg: 0, field: 'app_metadata' },
      ] },
      // management.users.update({ id } | id, { email, user_metadata })
      { packages: ['auth0'], members: ['update', 'updateUser'], data: [
        { arg: 1, field: 'email' }, { arg: 1, field: 'name' }, { arg: 1, field: 'given_name' },
        { arg: 1, field: 'family_name' }, { arg: 1, field: 'nickname' }, { arg: 1, field: 'username' },
        { arg: 1, field: 'phone_number' }, { arg: 1, field: 'picture' }, { arg: 1, field: 'user_metadata' },
        { arg: 1, field: 'app_metadata' },
      ] },
      // auth.passwordless.sendEmail({ email }), sendSMS({ phone_number })
      { packages: ['auth0'], members: ['sendEmail', 'sendSMS'], data: [{ arg: 0, field: 'email' }, { arg: 0, field: 'phone_number' }] },
      // auth0-js: webAuth.signup({ email, password, user_metadata }, cb), passwordlessStart({ email, phoneNumber }, cb)
      { packages: ['auth0-js'], members: ['signup', 'passwordlessStart'], data: [
        { arg: 0, field: 'email' }, { arg: 0, field: 'name' }, { arg: 0, field: 'given_name' },
        { arg: 0, field: 'family_name' }, { arg: 0, field: 'nickname' }, { arg: 0, field: 'username' },
        { arg: 0, field: 'phone_number' }, { arg: 0, field: 'picture' }, { arg: 0, field: 'user_metadata' },
        { arg: 0, field: 'app_metadata' }, { arg: 0, field: 'phoneNumber' },
      ] },
    ],
  },
  {
    id: 'clerk',
    name: 'Clerk',
    company: 'Clerk, Inc.',
    country: 'US',
    category: 'auth',
    packages: ['@clerk/*'],
    hosts: ['api.clerk.com', 'api.clerk.dev', '*.clerk.accounts.dev', '*.clerk.com'],
    calls: [
      // clerkClient.users.createUser({ emailAddress: [..], firstName, lastName, password, publicMetadata })
      {
        packages: ['@clerk/backend', '@clerk/nextjs', '@clerk/clerk-sdk-node', '@clerk/express', '@clerk/fastify', '@clerk/remix', '@clerk/astro'],
        members: ['createUser', 'createInvitation', 'createEmailAddress', 'createPhoneNumber'],
        data: [
          { arg: 0, field: 'emailAddress' }, { arg: 0, field: 'phoneNumber' }, { arg: 0, field: 'firstName' },
          { arg: 0, field: 'lastName' }, { arg: 0, field: 'username' }, { arg: 0, field: 'externalId' },
          { arg: 0, field: 'publicMetadata' }, { arg: 0, field: 'privateMetadata' },
          { arg: 0, field: 'unsafeMetadata' },
        ],
      },
      // users.updateUser(userId, { firstName, lastName, … }), updateUserMetadata(userId, { publicMetadata, privateMetadata })
      {
        packages: ['@clerk/backend', '@clerk/nextjs', '@clerk/clerk-sdk-node', '@clerk/express', '@clerk/fastify', '@clerk/remix', '@clerk/astro'],
        members: ['updateUser', 'updateUserMetadata'],
        data: [
          { arg: 1, field: 'firstName' }, { arg: 1, field: 'lastName' }, { arg: 1, field: 'username' },
          { arg: 1, field: 'externalId' }, { arg: 1, field: 'publicMetadata' }, { arg: 1, field: 'privateMetadata' },
          { arg: 1, field: 'unsafeMetadata' },
        ],
      },
    ],
  },
  {
    id: 'aws_cognito',
    name: 'Amazon Cognito',
    company: 'Amazon Web Services, Inc.',
    country: 'US',
    category: 'auth',
    packages: ['@aws-sdk/client-cognito-identity-provider', '@aws-sdk/client-cognito-identity', 'amazon-cognito-identity-js'],
    hosts: ['cognito-idp.*.amazonaws.com', 'cognito-identity.*.amazonaws.com', '*.auth.*.amazoncognito.com'],
    calls: [
      // userPool.signUp(username, password, attributeList, validationData, cb); cognitoUser.updateAttributes(attributeList, cb)
      { packages: ['amazon-cognito-identity-js'], members: ['signUp'], data: [0, 2] },
      { packages: ['amazon-cognito-identity-js'], members: ['updateAttributes'], data: [0] },
      // client.signUp({ Username, Password, UserAttributes }), adminCreateUser({ Username, UserAttributes }), adminUpdateUserAttributes({ UserAttributes })
      {
        packages: ['@aws-sdk/client-cognito-identity-provider'],
        members: ['signUp', 'adminCreateUser', 'adminUpdateUserAttributes', 'updateUserAttributes'],
        data: [{ arg: 0, field: 'Username' }, { arg: 0, field: 'UserAttributes' }],
      },
    ],
  },
  {
    id: 'workos',
    name: 'WorkOS',
    company: 'WorkOS, Inc.',
    country: 'US',
    category: 'auth',
    packages: ['@workos-inc/node', '@workos-inc/authkit-nextjs', '@workos-inc/authkit-react'],
    hosts: ['api.workos.com'],
    calls: [
      // workos.userManagement.createUser({ email, password, firstName, lastName }), updateUser({ userId, firstName }), sendInvitation({ email })
      {
        packages: ['@workos-inc/node'],
        members: ['createUser', 'updateUser', 'sendInvitation', 'createMagicAuth', 'sendMagicAuthCode'],
        data: [
          { arg: 0, field: 'email' }, { arg: 0, field: 'firstName' }, { arg: 0, field: 'lastName' },
          { arg: 0, field: 'externalId' }, { arg: 0, field: 'metadata' },
        ],
      },
    ],
  },
  {
    id: 'stytch',
    name: 'Stytch',
    company: 'Stytch, Inc. (Twilio)',
    country: 'US',
    category: 'auth',
    packages: ['stytch', '@stytch/vanilla-js', '@stytch/react', '@stytch/nextjs'],
    hosts: ['api.stytch.com', 'test.stytch.com'],
    calls: [
      // client.magicLinks.email.loginOrCreate({ email }), otps.sms.loginOrCreate({ phone_number }), users.create({ email, name }), users.update({ user_id, name })
      {
        packages: ['stytch'],
        members: ['loginOrCreate', 'send', 'invite', 'create', 'update'],
        data: [
          { arg: 0, field: 'email' }, { arg: 0, field: 'phone_number' }, { arg: 0, field: 'name' },
          { arg: 0, field: 'trusted_metadata' }, { arg: 0, field: 'untrusted_metadata' },
        ],
      },
    ],
  },
  {
    id: 'okta',
    name: 'Okta Workforce and Customer Identity',
    company: 'Okta, Inc.',
    country: 'US',
    category: 'auth',
    // createUser's body holds the credentials next to the profile: not listed.
    packages: ['@okta/okta-sdk-nodejs', '@okta/okta-auth-js', '@okta/okta-react', '@okta/okta-angular', '@okta/okta-signin-widget'],
    hosts: ['*.okta.com', '*.oktapreview.com', '*.okta-emea.com'],
  },
  {
    id: 'microsoft_entra',
    name: 'Microsoft Entra ID (Azure AD, B2C, External ID)',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'auth',
    packages: ['@azure/msal-browser', '@azure/msal-node', '@azure/msal-react', '@azure/msal-angular', 'passport-azure-ad', 'next-auth/providers/azure-ad', '@auth/core/providers/azure-ad', 'next-auth/providers/microsoft-entra-id', '@auth/core/providers/microsoft-entra-id'],
    hosts: ['login.microsoftonline.com', 'login.microsoft.com', '*.b2clogin.com', '*.ciamlogin.com'],
  },
  {
    id: 'github',
    name: 'GitHub (OAuth and REST API)',
    company: 'GitHub, Inc. (Microsoft)',
    country: 'US',
    category: 'auth',
    packages: ['@octokit/*', 'octokit', 'passport-github2', 'passport-github', 'next-auth/providers/github', '@auth/core/providers/github'],
    hosts: ['github.com', 'api.github.com'],
    calls: [
      // octokit.rest.issues.create({ owner, repo, title, body }), issues.createComment({ body }): a bug report with the user's data
      { packages: ['@octokit/rest', 'octokit', '@octokit/plugin-rest-endpoint-methods'], members: ['create', 'createComment', 'createOrUpdateFileContents'], data: [0] },
    ],
  },
  {
    id: 'apple_sign_in',
    name: 'Sign in with Apple',
    company: 'Apple Inc.',
    country: 'US',
    category: 'auth',
    packages: ['apple-signin-auth', '@invertase/react-native-apple-authentication', 'react-apple-signin-auth', 'expo-apple-authentication', 'passport-apple', 'next-auth/providers/apple', '@auth/core/providers/apple'],
    hosts: ['appleid.apple.com'],
  },
  {
    id: 'magic',
    name: 'Magic',
    company: 'Magic Labs, Inc.',
    country: 'US',
    category: 'auth',
    packages: ['magic-sdk', '@magic-sdk/admin', '@magic-ext/oauth', '@magic-sdk/react-native-expo'],
    hosts: ['*.magic.link'],
    calls: [
      // magic.auth.loginWithMagicLink({ email }), loginWithEmailOTP({ email }), loginWithSMS({ phoneNumber })
      { packages: ['magic-sdk'], members: ['loginWithMagicLink', 'loginWithEmailOTP', 'loginWithSMS'], data: [{ arg: 0, field: 'email' }, { arg: 0, field: 'phoneNumber' }] },
    ],
  },
  {
    id: 'duo',
    name: 'Cisco Duo',
    company: 'Cisco Systems, Inc. (Duo Security)',
    country: 'US',
    category: 'auth',
    packages: ['@duosecurity/duo_universal'],
    hosts: ['*.duosecurity.com'],
    calls: [
      // client.createAuthUrl(username, state): the username goes to Duo with the 2FA prompt
      { members: ['createAuthUrl'], data: [0] },
    ],
  },
  {
    id: 'google_recaptcha',
    name: 'Google reCAPTCHA',
    company: 'Google LLC',
    country: 'US',
    category: 'auth',
    packages: ['react-google-recaptcha', 'react-google-recaptcha-v3', '@google-cloud/recaptcha-enterprise', 'vue-recaptcha-v3', 'ng-recaptcha'],
    hosts: ['www.recaptcha.net', 'recaptchaenterprise.googleapis.com'],
    calls: [
      // client.createAssessment({ assessment: { event: { token, userIpAddress, userAgent, userInfo: { userIds: [{ email }] } } } })
      { packages: ['@google-cloud/recaptcha-enterprise'], members: ['createAssessment', 'annotateAssessment'], data: [0] },
    ],
  },
  {
    id: 'hcaptcha',
    name: 'hCaptcha',
    company: 'Intuition Machines, Inc.',
    country: 'US',
    category: 'auth',
    packages: ['@hcaptcha/react-hcaptcha', 'hcaptcha', '@hcaptcha/vue3-hcaptcha'],
    hosts: ['hcaptcha.com', '*.hcaptcha.com'],
    calls: [
      // hcaptcha.verify(secret, token, remoteip, sitekey): the visitor's IP address
      { packages: ['hcaptcha'], members: ['verify'], data: [2] },
    ],
  },
  {
    id: 'cloudflare_turnstile',
    name: 'Cloudflare Turnstile',
    company: 'Cloudflare, Inc.',
    country: 'US',
    category: 'auth',
    packages: ['@marsidev/react-turnstile', 'react-turnstile', 'vue-turnstile', '@nuxtjs/turnstile'],
    hosts: ['challenges.cloudflare.com'],
  },
];
