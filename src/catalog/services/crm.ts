import type { ServiceSpec } from './types.js';

/**
 * CRM, marketing automation and customer engagement platforms: creating or updating a contact, profile or lead, and
 * tracking an event against a person, send that person's data.
 */
export const CRM: readonly ServiceSpec[] = [
  {
    id: 'hubspot',
    name: 'HubSpot',
    company: 'HubSpot, Inc.',
    country: 'US',
    category: 'crm',
    packages: ['@hubspot/api-client', '@hubspot/ui-extensions'],
    hosts: ['api.hubapi.com', '*.hubapi.com', '*.hubspot.com', '*.hsforms.com', '*.hsforms.net', '*.hs-analytics.net', '*.hs-scripts.com', '*.hs-banner.com'],
    calls: [
      // crm.contacts.basicApi.create({ properties: { email, firstname } }), update(id, { properties }), batchApi.create/upsert({ inputs }),
      // marketing.transactional.singleSendApi.sendEmail({ message: { to } }), events.send.basicApi.send({ … })
      { packages: ['@hubspot/api-client'], members: ['create', 'update', 'upsert', 'sendEmail', 'send', 'merge'], data: 'all' },
      // _hsq.push(['identify', { email }])
      { packages: ['global:_hsq'], members: ['push'], data: [0] },
    ],
  },
  {
    id: 'salesforce',
    name: 'Salesforce',
    company: 'Salesforce, Inc.',
    country: 'US',
    category: 'crm',
    packages: ['jsforce', '@jsforce/jsforce-node', '@salesforce/core'],
    hosts: ['*.salesforce.com', '*.force.com', '*.my.salesforce.com', '*.salesforce-setup.com'],
    calls: [
      // conn.sobject('Lead').create({ Email, LastName }), update({ Id, … }), upsert(records, 'Email'); conn.create('Contact', records)
      { packages: ['jsforce', '@jsforce/jsforce-node'], members: ['create', 'insert', 'update', 'upsert'], data: 'all' },
    ],
  },
  {
    id: 'pipedrive',
    name: 'Pipedrive',
    company: 'Pipedrive OÜ',
    country: 'EE',
    category: 'crm',
    packages: ['pipedrive'],
    hosts: ['api.pipedrive.com', '*.pipedrive.com'],
    calls: [
      // new PersonsApi(client).addPerson({ name, email, phone }), updatePerson(id, { … }), LeadsApi.addLead(…), NotesApi.addNote(…)
      { members: ['addPerson', 'updatePerson', 'addDeal', 'updateDeal', 'addLead', 'updateLead', 'addOrganization', 'updateOrganization', 'addNote', 'addActivity'], data: 'all' },
    ],
  },
  {
    id: 'zoho',
    name: 'Zoho (CRM, Desk, SalesIQ)',
    company: 'Zoho Corporation',
    country: 'US',
    category: 'crm',
    packages: ['@zohocrm/nodejs-sdk-2.0', '@zohocrm/nodejs-sdk-8.0'],
    hosts: ['www.zohoapis.com', '*.zohoapis.com', '*.zohoapis.eu', '*.zoho.com', '*.zoho.eu', '*.zohopublic.com'],
    calls: [
      // SalesIQ visitor API: $zoho.salesiq.visitor.name(name), email(email), contactnumber(phone), info({ … })
      { packages: ['global:$zoho'], members: ['name', 'email', 'contactnumber', 'info', 'id', 'question'], data: 'all' },
    ],
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp Marketing',
    company: 'The Rocket Science Group LLC (Intuit Mailchimp)',
    country: 'US',
    category: 'crm',
    packages: ['@mailchimp/mailchimp_marketing', 'mailchimp-api-v3'],
    hosts: ['*.api.mailchimp.com', '*.list-manage.com'],
    calls: [
      // mailchimp.lists.addListMember(listId, { email_address, merge_fields }), setListMember(listId, hash, body), batchListMembers(listId, { members })
      {
        packages: ['@mailchimp/mailchimp_marketing'],
        members: ['addListMember', 'setListMember', 'updateListMember', 'batchListMembers', 'createListMemberEvent', 'createListMemberNote', 'updateListMemberTags'],
        data: 'all',
      },
      // mailchimp-api-v3: mailchimp.post('/lists/{id}/members', { email_address })
      { packages: ['mailchimp-api-v3'], members: ['post', 'put', 'patch', 'batch'], data: 'all' },
    ],
  },
  {
    id: 'klaviyo',
    name: 'Klaviyo',
    company: 'Klaviyo, Inc.',
    country: 'US',
    category: 'crm',
    packages: ['klaviyo-api', 'klaviyo-react-native-sdk'],
    hosts: ['a.klaviyo.com', '*.klaviyo.com'],
    calls: [
      // new ProfilesApi(session).createProfile({ data: { attributes: { email, phone_number } } }), createOrUpdateProfile, updateProfile(id, body),
      // EventsApi.createEvent(body), bulkSubscribeProfiles(body)
      {
        packages: ['klaviyo-api', 'klaviyo-react-native-sdk'],
        members: ['createProfile', 'createOrUpdateProfile', 'updateProfile', 'createEvent', 'bulkCreateEvents', 'bulkSubscribeProfiles', 'subscribeProfiles', 'createClientProfile', 'createClientEvent', 'createClientSubscription', 'setProfile', 'setEmail', 'setPhoneNumber'],
        data: 'all',
      },
      // klaviyo.identify({ email }), klaviyo.track(name, props), klaviyo.push([…]); _learnq.push(['identify', { … }])
      { packages: ['global:klaviyo'], members: ['identify', 'track', 'push'], data: 'all' },
      { packages: ['global:_learnq'], members: ['push'], data: [0] },
    ],
  },
  {
    id: 'customer_io',
    name: 'Customer.io',
    company: 'Peaberry Software, Inc. (Customer.io)',
    country: 'US',
    category: 'crm',
    packages: ['customerio-node', '@customerio/cdp-analytics-node', '@customerio/cdp-analytics-browser', 'customerio-reactnative'],
    hosts: ['track.customer.io', 'track-eu.customer.io', 'api.customer.io', 'api-eu.customer.io', 'cdp.customer.io', '*.customer.io'],
    calls: [
      // cio.identify(id, { email, first_name }), cio.track(id, { name, data }), trackAnonymous(…), api.sendEmail(new SendEmailRequest({ to, message_data }))
      {
        packages: ['customerio-node', '@customerio/cdp-analytics-node', '@customerio/cdp-analytics-browser', 'customerio-reactnative'],
        members: ['identify', 'track', 'trackAnonymous', 'trackPageView', 'page', 'screen', 'group', 'alias', 'sendEmail', 'sendPush', 'sendSMS', 'mergeCustomers', 'setProfileAttributes'],
        data: 'all',
      },
    ],
  },
  {
    id: 'braze',
    name: 'Braze',
    company: 'Braze, Inc.',
    country: 'US',
    category: 'crm',
    packages: ['@braze/web-sdk', '@braze/react-native-sdk', 'appboy-web-sdk', 'react-native-appboy-sdk'],
    hosts: ['*.braze.com', '*.braze.eu', '*.appboy.com'],
    calls: [
      // braze.changeUser(id), braze.getUser().setEmail(email), setFirstName, setPhoneNumber, setCustomUserAttribute(k, v), logCustomEvent(name, props)
      {
        packages: ['@braze/web-sdk', '@braze/react-native-sdk', 'appboy-web-sdk', 'global:braze', 'global:appboy'],
        members: [
          'changeUser',
          'setEmail',
          'setFirstName',
          'setLastName',
          'setPhoneNumber',
          'setDateOfBirth',
          'setGender',
          'setHomeCity',
          'setCountry',
          'setLanguage',
          'setCustomUserAttribute',
          'addToCustomAttributeArray',
          'setLastKnownLocation',
          'logCustomEvent',
          'logPurchase',
        ],
        data: 'all',
      },
    ],
  },
  {
    id: 'iterable',
    name: 'Iterable',
    company: 'Iterable, Inc.',
    country: 'US',
    category: 'crm',
    packages: ['@iterable/web-sdk', '@iterable/react-native-sdk'],
    hosts: ['api.iterable.com', 'api.eu.iterable.com', '*.iterable.com'],
    calls: [
      // web: updateUser({ dataFields }), track({ eventName, dataFields }), updateUserEmail(email); RN: Iterable.setEmail(email), trackEvent(name, dataFields)
      { members: ['updateUser', 'track', 'trackEvent', 'trackPurchase', 'updateCart', 'updateUserEmail', 'updateEmail', 'setEmail', 'setUserId'], data: 'all' },
    ],
  },
  {
    id: 'activecampaign',
    name: 'ActiveCampaign',
    company: 'ActiveCampaign, LLC',
    country: 'US',
    category: 'crm',
    packages: ['activecampaign'],
    hosts: ['*.api-us1.com', '*.activehosted.com', 'trackcmp.net'],
    calls: [
      // ac.api('contact/sync', { email, first_name })
      { packages: ['activecampaign'], members: ['api'], data: [1] },
      // site tracking: vgo('setEmail', email)
      { packages: ['global:vgo'], members: ['vgo'], data: 'all' },
    ],
  },
  {
    id: 'marketo',
    name: 'Adobe Marketo Engage',
    company: 'Adobe Inc.',
    country: 'US',
    category: 'crm',
    packages: ['node-marketo-rest'],
    hosts: ['*.mktorest.com', '*.marketo.com', '*.mktoresp.com', '*.marketo.net'],
    calls: [
      // marketo.lead.createOrUpdate([{ email, firstName }], { lookupField: 'email' })
      { packages: ['node-marketo-rest'], members: ['createOrUpdate', 'push'], data: [0] },
      // Munchkin.munchkinFunction('associateLead', { Email }, hash)
      { packages: ['global:Munchkin'], members: ['munchkinFunction'], data: 'all' },
    ],
  },
  {
    id: 'mailerlite',
    name: 'MailerLite',
    company: 'MailerLite Limited',
    country: 'IE',
    category: 'crm',
    packages: ['@mailerlite/mailerlite-nodejs'],
    hosts: ['connect.mailerlite.com', 'api.mailerlite.com'],
    calls: [
      // mailerlite.subscribers.createOrUpdate({ email, fields: { name } }), subscribers.update(id, { … })
      { members: ['createOrUpdate', 'update'], data: 'all' },
    ],
  },
  {
    id: 'clevertap',
    name: 'CleverTap',
    company: 'CleverTap Inc.',
    country: 'US',
    category: 'crm',
    packages: ['clevertap-web-sdk', 'clevertap-react-native', 'clevertap-cordova'],
    hosts: ['*.clevertap-prod.com', '*.clevertap.com', '*.wzrkt.com'],
    calls: [
      // clevertap.onUserLogin.push({ Site: { Name, Email, Phone } }), clevertap.profile.push(…), clevertap.event.push(name, data)
      { packages: ['clevertap-web-sdk', 'global:clevertap'], members: ['push'], data: 'all' },
      // CleverTap.onUserLogin({ Name, Email }), profileSet({ … }), recordEvent(name, props)
      { packages: ['clevertap-react-native', 'clevertap-cordova'], members: ['onUserLogin', 'profileSet', 'recordEvent', 'recordChargedEvent', 'profileSetMultiValuesForKey', 'profileAddMultiValue'], data: 'all' },
    ],
  },
  {
    id: 'moengage',
    name: 'MoEngage',
    company: 'MoEngage Inc.',
    country: 'US',
    category: 'crm',
    packages: ['@moengage/web-sdk', 'react-native-moengage'],
    hosts: ['*.moengage.com'],
    calls: [
      // Moengage.add_email(email), add_first_name, add_mobile, add_user_attribute(k, v), track_event(name, attrs), identifyUser({ … })
      {
        packages: ['@moengage/web-sdk', 'global:Moengage'],
        members: ['add_email', 'add_first_name', 'add_last_name', 'add_user_name', 'add_mobile', 'add_gender', 'add_birthday', 'add_unique_user_id', 'add_user_attribute', 'track_event', 'identifyUser'],
        data: 'all',
      },
      // ReactMoE.setUserEmailID(email), setUserName, setUserContactNumber, setUserAttribute(k, v), trackEvent(name, props)
      {
        packages: ['react-native-moengage'],
        members: ['setUserEmailID', 'setUserName', 'setUserFirstName', 'setUserLastName', 'setUserContactNumber', 'setUserUniqueID', 'setUserAttribute', 'trackEvent', 'identifyUser'],
        data: 'all',
      },
    ],
  },
  {
    id: 'bloomreach',
    name: 'Bloomreach Engagement (Exponea)',
    company: 'Bloomreach, Inc.',
    country: 'US',
    category: 'crm',
    packages: [],
    hosts: ['*.exponea.com'],
    calls: [
      // exponea.identify({ registered: email }, { email, first_name }), exponea.update({ … }), exponea.track(event, props)
      { packages: ['global:exponea'], members: ['identify', 'update', 'track'], data: 'all' },
    ],
  },
  {
    id: 'monday',
    name: 'monday.com',
    company: 'monday.com Ltd.',
    country: 'US',
    category: 'crm',
    packages: ['@mondaydotcomorg/api', 'monday-sdk-js'],
    hosts: ['api.monday.com'],
    calls: [
      // client.request(mutation, { itemName, columnValues }) (GraphQL)
      { packages: ['@mondaydotcomorg/api', 'monday-sdk-js'], members: ['request', 'api'], data: 'all' },
    ],
  },
];
