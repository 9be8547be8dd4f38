import type { ServiceSpec } from './types.js';

/**
 * Transactional and bulk email. SendGrid, Mailgun and Amazon SES are in parties.ts (their calls in sinks/sdks.ts);
 * nodemailer is recognised by the SMTP host of its transport. Sending a message, or creating a contact, sends the
 * address, the name and the content.
 */
export const EMAIL: readonly ServiceSpec[] = [
  {
    id: 'postmark',
    name: 'Postmark',
    company: 'ActiveCampaign, LLC (Postmark)',
    country: 'US',
    category: 'email',
    packages: ['postmark', 'nodemailer-postmark-transport'],
    hosts: ['api.postmarkapp.com', 'smtp.postmarkapp.com'],
    calls: [
      // client.sendEmail({ From, To, Subject, HtmlBody }), sendEmailWithTemplate({ To, TemplateModel }), sendEmailBatch([…])
      { packages: ['postmark'], members: ['sendEmail', 'sendEmailWithTemplate', 'sendEmailBatch', 'sendEmailBatchWithTemplates'], data: [0] },
    ],
  },
  {
    id: 'resend',
    name: 'Resend',
    company: 'Resend, Inc.',
    country: 'US',
    category: 'email',
    packages: ['resend'],
    hosts: ['api.resend.com', 'smtp.resend.com'],
    calls: [
      // resend.emails.send({ from, to, subject, html }), batch.send([…]), contacts.create({ email, firstName }), contacts.update({ … })
      { packages: ['resend'], members: ['send', 'create', 'update'], data: [0] },
    ],
  },
  {
    id: 'mailchimp_transactional',
    name: 'Mailchimp Transactional (Mandrill)',
    company: 'The Rocket Science Group LLC (Intuit Mailchimp)',
    country: 'US',
    category: 'email',
    packages: ['@mailchimp/mailchimp_transactional', 'mandrill-api'],
    hosts: ['mandrillapp.com', '*.mandrillapp.com', 'smtp.mandrillapp.com'],
    calls: [
      // mailchimp.messages.send({ message: { to: [{ email, name }], html } }), sendTemplate({ template_name, message })
      { members: ['send', 'sendTemplate', 'sendRaw'], data: [0] },
    ],
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    company: 'Sendinblue SAS',
    country: 'FR',
    category: 'email',
    packages: ['@getbrevo/brevo', 'sib-api-v3-sdk', '@sendinblue/client', 'sib-api-v3-typescript'],
    hosts: ['api.brevo.com', 'api.sendinblue.com', 'smtp-relay.brevo.com', 'smtp-relay.sendinblue.com'],
    calls: [
      // new TransactionalEmailsApi().sendTransacEmail({ to: [{ email, name }], htmlContent }), ContactsApi.createContact({ email, attributes }),
      // updateContact(identifier, { attributes }), TransactionalSMSApi.sendTransacSms({ recipient, content })
      { members: ['sendTransacEmail', 'sendTransacSms', 'createContact', 'createDoiContact', 'updateContact', 'updateBatchContacts', 'importContacts', 'createEvent'], data: 'all' },
    ],
  },
  {
    id: 'mailjet',
    name: 'Mailjet',
    company: 'Mailjet SAS (Sinch)',
    country: 'FR',
    category: 'email',
    packages: ['node-mailjet'],
    hosts: ['api.mailjet.com', 'in-v3.mailjet.com'],
    calls: [
      // mailjet.post('send', { version: 'v3.1' }).request({ Messages: [{ To: [{ Email, Name }], HTMLPart }] })
      { members: ['request'], data: [0] },
    ],
  },
  {
    id: 'sparkpost',
    name: 'SparkPost',
    company: 'MessageBird B.V. (Bird)',
    country: 'US',
    category: 'email',
    packages: ['sparkpost', 'nodemailer-sparkpost-transport'],
    hosts: ['api.sparkpost.com', 'api.eu.sparkpost.com', 'smtp.sparkpostmail.com'],
    calls: [
      // client.transmissions.send({ content, recipients: [{ address: { email, name } }] }), recipientLists.create({ recipients })
      { packages: ['sparkpost'], members: ['send', 'create', 'update'], data: [0] },
    ],
  },
  {
    id: 'loops',
    name: 'Loops',
    company: 'Loops',
    country: 'US',
    category: 'email',
    packages: ['loops'],
    hosts: ['app.loops.so'],
    calls: [
      // loops.sendTransactionalEmail({ transactionalId, email, dataVariables }), createContact(email, props), updateContact(email, props), sendEvent({ email, eventName })
      { members: ['sendTransactionalEmail', 'createContact', 'updateContact', 'sendEvent'], data: 'all' },
    ],
  },
  {
    id: 'mailersend',
    name: 'MailerSend',
    company: 'MailerSend, Inc.',
    country: 'US',
    category: 'email',
    packages: ['mailersend'],
    hosts: ['api.mailersend.com', 'smtp.mailersend.net'],
    calls: [
      // mailerSend.email.send(new EmailParams().setTo([new Recipient(email, name)])…), sms.send(params)
      { members: ['send'], data: [0] },
    ],
  },
  {
    id: 'azure_communication_services',
    name: 'Azure Communication Services (Email, SMS)',
    company: 'Microsoft Corporation',
    country: 'US',
    category: 'email',
    packages: ['@azure/communication-email', '@azure/communication-sms', '@azure/communication-chat'],
    hosts: ['*.communication.azure.com'],
    calls: [
      // emailClient.beginSend({ senderAddress, recipients: { to: [{ address, displayName }] }, content })
      { packages: ['@azure/communication-email'], members: ['beginSend'], data: [0] },
      // smsClient.send({ from, to: [phone], message })
      { packages: ['@azure/communication-sms'], members: ['send'], data: [0] },
    ],
  },
  {
    id: 'mailtrap',
    name: 'Mailtrap Email Sending',
    company: 'Railsware Products Studio LLC (Mailtrap)',
    country: 'US',
    category: 'email',
    packages: ['mailtrap'],
    hosts: ['send.api.mailtrap.io', 'bulk.api.mailtrap.io', 'sandbox.api.mailtrap.io', 'live.smtp.mailtrap.io'],
    calls: [{ members: ['send', 'batchSend'], data: [0] }],
  },
  {
    id: 'zeptomail',
    name: 'Zoho ZeptoMail',
    company: 'Zoho Corporation',
    country: 'US',
    category: 'email',
    packages: ['zeptomail'],
    hosts: ['api.zeptomail.com', 'api.zeptomail.eu', 'api.zeptomail.in', 'smtp.zeptomail.com'],
    calls: [
      // client.sendMail({ from, to: [{ email_address: { address, name } }], htmlbody }), sendMailWithTemplate(…)
      { members: ['sendMail', 'sendMailWithTemplate', 'sendBatchMail', 'mailBatchWithTemplate'], data: [0] },
    ],
  },
  {
    id: 'emailjs',
    name: 'EmailJS',
    company: 'EmailJS Pte. Ltd.',
    country: 'SG',
    category: 'email',
    packages: ['@emailjs/browser', '@emailjs/nodejs', 'emailjs-com'],
    hosts: ['api.emailjs.com'],
    calls: [
      // emailjs.send(serviceId, templateId, templateParams, options), sendForm(serviceId, templateId, form)
      { packages: ['@emailjs/browser', '@emailjs/nodejs', 'emailjs-com', 'global:emailjs'], members: ['send', 'sendForm'], data: [2] },
    ],
  },
  {
    id: 'nhn_cloud_email',
    name: 'NHN Cloud Email',
    company: 'NHN Cloud Corp.',
    country: 'KR',
    category: 'email',
    packages: [],
    hosts: ['api-mail.cloud.toast.com'],
  },
  {
    id: 'stibee',
    name: 'Stibee',
    company: 'Stibee Inc.',
    country: 'KR',
    category: 'email',
    packages: [],
    hosts: ['api.stibee.com'],
  },
];
