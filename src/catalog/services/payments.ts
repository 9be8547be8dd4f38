import type { ServiceSpec } from './types.js';

/**
 * Payment gateways, billing and subscription platforms, and Korean PGs. Stripe, Toss Payments, PortOne and KG Inicis
 * are in parties.ts (Stripe's and PortOne's calls in sinks/sdks.ts). Creating or updating a customer, an order or a
 * checkout sends its buyer fields; retrieving, listing, capturing or refunding by id does not.
 */
export const PAYMENTS: readonly ServiceSpec[] = [
  {
    id: 'toss_payments',
    name: 'Toss Payments',
    company: 'Toss Payments Co., Ltd.',
    country: 'KR',
    category: 'payments',
    packages: ['@tosspayments/*'],
    hosts: ['api.tosspayments.com', '*.tosspayments.com'],
    calls: [
      // v2: tossPayments.payment({ customerKey }).requestPayment({ customerEmail, customerName, customerMobilePhone }), widgets.requestPayment(…);
      // v1: tossPayments.requestPayment('카드', { customerName, customerEmail })
      {
        packages: ['@tosspayments/tosspayments-sdk', '@tosspayments/payment-sdk', '@tosspayments/payment-widget-sdk', '@tosspayments/brandpay-sdk'],
        members: ['requestPayment', 'requestBillingAuth'],
        data: [0, 1],
      },
    ],
  },
  {
    id: 'paypal',
    name: 'PayPal',
    company: 'PayPal, Inc.',
    country: 'US',
    category: 'payments',
    packages: ['@paypal/paypal-server-sdk', '@paypal/checkout-server-sdk', '@paypal/react-paypal-js', '@paypal/paypal-js', 'paypal-rest-sdk'],
    hosts: ['api-m.paypal.com', 'api-m.sandbox.paypal.com', 'api.paypal.com', '*.paypal.com', '*.paypalobjects.com'],
    calls: [
      // new OrdersController(client).createOrder({ body: { payer, purchase_units } }) (ordersCreate before 1.0)
      { packages: ['@paypal/paypal-server-sdk'], members: ['createOrder', 'ordersCreate', 'createSubscription', 'createPaymentToken', 'createSetupToken'], data: [0] },
      // checkout-server-sdk: new OrdersCreateRequest().requestBody({ … }); client.execute(request)
      { packages: ['@paypal/checkout-server-sdk'], members: ['requestBody'], data: [0] },
      // paypal-rest-sdk: paypal.payment.create(json, cb)
      { packages: ['paypal-rest-sdk'], members: ['create', 'update'], data: 'all' },
    ],
  },
  {
    id: 'braintree',
    name: 'Braintree',
    company: 'PayPal, Inc.',
    country: 'US',
    category: 'payments',
    packages: ['braintree', 'braintree-web', 'braintree-web-drop-in', 'braintree-web-drop-in-react'],
    hosts: ['api.braintreegateway.com', '*.braintreegateway.com', '*.braintree-api.com'],
    calls: [
      // gateway.customer.create({ firstName, email }), customer.update(id, { … }), transaction.sale({ customer, billing }), address.create({ … })
      { packages: ['braintree'], members: ['create', 'update', 'sale', 'credit'], data: 'all' },
    ],
  },
  {
    id: 'adyen',
    name: 'Adyen',
    company: 'Adyen N.V.',
    country: 'NL',
    category: 'payments',
    packages: ['@adyen/api-library', '@adyen/adyen-web', '@adyen/react-native'],
    hosts: ['*.adyen.com', '*.adyenpayments.com'],
    calls: [
      // checkout.PaymentsApi.payments({ shopperEmail, shopperName, billingAddress }), sessions({ … }), PaymentLinksApi.paymentLinks({ … })
      { packages: ['@adyen/api-library'], members: ['payments', 'sessions', 'paymentLinks', 'paymentsDetails', 'donations', 'orders', 'cardDetails'], data: [0] },
    ],
  },
  {
    id: 'square',
    name: 'Square',
    company: 'Block, Inc.',
    country: 'US',
    category: 'payments',
    packages: ['square', '@square/web-sdk', 'react-square-web-payments-sdk'],
    hosts: ['connect.squareup.com', 'connect.squareupsandbox.com', '*.squareup.com', '*.squarecdn.com'],
    calls: [
      // v40+: client.customers.create({ givenName, emailAddress }), payments.create({ … }); before: customersApi.createCustomer(body)
      {
        packages: ['square'],
        members: ['create', 'update', 'createCustomer', 'updateCustomer', 'bulkCreateCustomers', 'createPayment', 'createOrder', 'createInvoice', 'createCard', 'createPaymentLink'],
        data: 'all',
      },
    ],
  },
  {
    id: 'paddle',
    name: 'Paddle',
    company: 'Paddle.com Market Ltd.',
    country: 'GB',
    category: 'payments',
    packages: ['@paddle/paddle-node-sdk', '@paddle/paddle-js'],
    hosts: ['api.paddle.com', 'sandbox-api.paddle.com', '*.paddle.com'],
    calls: [
      // paddle.customers.create({ email, name }), customers.update(id, { … }), addresses.create(customerId, { … }), transactions.create({ … })
      { packages: ['@paddle/paddle-node-sdk'], members: ['create', 'update'], data: 'all' },
      // Paddle.Checkout.open({ customer: { email }, items })
      { packages: ['@paddle/paddle-js', 'global:Paddle'], members: ['open'], data: [0] },
    ],
  },
  {
    id: 'lemon_squeezy',
    name: 'Lemon Squeezy',
    company: 'Lemon Squeezy, LLC (Stripe)',
    country: 'US',
    category: 'payments',
    packages: ['@lemonsqueezy/lemonsqueezy.js'],
    hosts: ['api.lemonsqueezy.com', '*.lemonsqueezy.com'],
    calls: [
      // createCheckout(storeId, variantId, { checkoutData: { email, name } })
      { members: ['createCheckout'], data: [2] },
      // createCustomer(storeId, { name, email }), updateCustomer(customerId, { … })
      { members: ['createCustomer', 'updateCustomer'], data: [1] },
    ],
  },
  {
    id: 'polar',
    name: 'Polar',
    company: 'Polar Software Inc.',
    country: 'US',
    category: 'payments',
    packages: ['@polar-sh/sdk', '@polar-sh/nextjs', '@polar-sh/better-auth', '@polar-sh/express'],
    hosts: ['api.polar.sh', 'sandbox-api.polar.sh'],
    calls: [
      // polar.checkouts.create({ products, customerEmail, customerName }), customers.create({ email, name }),
      // customers.update({ id, customerUpdate }), updateExternal(…), events.ingest({ events })
      { packages: ['@polar-sh/sdk'], members: ['create', 'update', 'updateExternal', 'ingest'], data: [0] },
    ],
  },
  {
    id: 'mollie',
    name: 'Mollie',
    company: 'Mollie B.V.',
    country: 'NL',
    category: 'payments',
    packages: ['@mollie/api-client'],
    hosts: ['api.mollie.com'],
    calls: [
      // mollieClient.payments.create({ billingEmail, billingAddress }), customers.create({ name, email }), customers.update(id, { … })
      { members: ['create', 'update'], data: 'all' },
    ],
  },
  {
    id: 'razorpay',
    name: 'Razorpay',
    company: 'Razorpay Software Private Limited',
    country: 'IN',
    category: 'payments',
    packages: ['razorpay', 'react-native-razorpay'],
    hosts: ['api.razorpay.com', 'checkout.razorpay.com'],
    calls: [
      // instance.customers.create({ name, email, contact }), customers.edit(id, { … }), paymentLink.create({ customer }), orders.create({ notes })
      { packages: ['razorpay'], members: ['create', 'edit', 'createPaymentJson'], data: 'all' },
      // RazorpayCheckout.open({ prefill: { email, contact, name } })
      { packages: ['react-native-razorpay'], members: ['open'], data: [0] },
    ],
  },
  {
    id: 'checkout_com',
    name: 'Checkout.com',
    company: 'Checkout Ltd.',
    country: 'GB',
    category: 'payments',
    packages: ['checkout-sdk-node', '@checkout.com/checkout-web-components'],
    hosts: ['api.checkout.com', 'api.sandbox.checkout.com', '*.checkout.com'],
    calls: [
      // cko.payments.request({ source, customer: { email, name } }), customers.create({ … }), paymentLinks.create / hostedPayments.create
      { packages: ['checkout-sdk-node'], members: ['request', 'create', 'update'], data: 'all' },
    ],
  },
  {
    id: 'gocardless',
    name: 'GoCardless',
    company: 'GoCardless Ltd.',
    country: 'GB',
    category: 'payments',
    packages: ['gocardless-nodejs', '@gocardless/react-dropin'],
    hosts: ['api.gocardless.com', 'api-sandbox.gocardless.com'],
    calls: [
      // client.customers.create({ email, given_name, family_name }), customerBankAccounts.create({ account_number, … })
      { packages: ['gocardless-nodejs'], members: ['create', 'update'], data: 'all' },
    ],
  },
  {
    id: 'recurly',
    name: 'Recurly',
    company: 'Recurly, Inc.',
    country: 'US',
    category: 'payments',
    packages: ['recurly'],
    hosts: ['v3.recurly.com', 'v3.eu.recurly.com', '*.recurly.com'],
    calls: [
      // client.createAccount({ code, email, firstName, lastName, billingInfo }), updateAccount(id, { … }), createPurchase({ account })
      { members: ['createAccount', 'updateAccount', 'createPurchase', 'createSubscription', 'createBillingInfo', 'updateBillingInfo', 'createAccountNote'], data: 'all' },
    ],
  },
  {
    id: 'chargebee',
    name: 'Chargebee',
    company: 'Chargebee, Inc.',
    country: 'US',
    category: 'payments',
    packages: ['chargebee', 'chargebee-typescript', '@chargebee/chargebee-js-types'],
    hosts: ['*.chargebee.com'],
    calls: [
      // chargebee.customer.create({ first_name, email }), customer.update(id, { … }), hostedPage.checkoutNewForItems({ customer }) (snake_case before v3)
      {
        packages: ['chargebee', 'chargebee-typescript'],
        members: ['create', 'update', 'createWithItems', 'create_with_items', 'checkoutNewForItems', 'checkout_new_for_items', 'updateBillingInfo', 'update_billing_info', 'updateContacts'],
        data: 'all',
      },
    ],
  },
  {
    id: 'paystack',
    name: 'Paystack',
    company: 'Paystack Payments Limited (Stripe)',
    country: 'NG',
    category: 'payments',
    packages: ['paystack', '@paystack/inline-js'],
    hosts: ['api.paystack.co', 'checkout.paystack.com'],
    calls: [
      // paystack.transaction.initialize({ email, amount }), customer.create({ email, first_name }), customer.update(id, { … })
      { packages: ['paystack'], members: ['initialize', 'create', 'update'], data: 'all' },
      // popup.newTransaction({ key, email, amount })
      { packages: ['@paystack/inline-js', 'global:PaystackPop'], members: ['newTransaction', 'setup'], data: [0] },
    ],
  },
  {
    id: 'flutterwave',
    name: 'Flutterwave',
    company: 'Flutterwave Inc.',
    country: 'US',
    category: 'payments',
    packages: ['flutterwave-node-v3', 'flutterwave-react-v3'],
    hosts: ['api.flutterwave.com', 'checkout.flutterwave.com'],
    calls: [
      // flw.Charge.card({ card_number, email, fullname }), Charge.ng(…), MobileMoney.ghana(…)
      { packages: ['flutterwave-node-v3'], members: ['card', 'ng', 'uk', 'ussd', 'bank_transfer', 'ghana', 'mpesa', 'uganda', 'rwanda'], data: [0] },
    ],
  },
  {
    id: 'mercado_pago',
    name: 'Mercado Pago',
    company: 'MercadoLibre, Inc.',
    country: 'AR',
    category: 'payments',
    packages: ['mercadopago', '@mercadopago/sdk-react', '@mercadopago/sdk-js'],
    hosts: ['api.mercadopago.com', '*.mercadopago.com', '*.mercadolibre.com'],
    calls: [
      // new Payment(client).create({ body: { payer: { email } } }), new Customer(client).create({ body }); v1: mercadopago.payment.create(data)
      { packages: ['mercadopago'], members: ['create', 'update', 'save'], data: 'all' },
    ],
  },
  {
    id: 'coinbase_commerce',
    name: 'Coinbase Commerce',
    company: 'Coinbase, Inc.',
    country: 'US',
    category: 'payments',
    packages: ['coinbase-commerce-node'],
    hosts: ['api.commerce.coinbase.com'],
    calls: [{ members: ['create'], data: [0] }],
  },
  {
    id: 'amazon_pay',
    name: 'Amazon Pay',
    company: 'Amazon Payments, Inc.',
    country: 'US',
    category: 'payments',
    packages: ['@amazonpay/amazon-pay-api-sdk-nodejs'],
    hosts: ['pay-api.amazon.com', 'pay-api.amazon.eu', 'pay-api.amazon.jp'],
    calls: [
      // client.createCheckoutSession(payload, headers), updateCheckoutSession(id, payload), completeCheckoutSession(id, payload)
      { members: ['createCheckoutSession', 'updateCheckoutSession', 'completeCheckoutSession', 'createCharge'], data: 'all' },
    ],
  },
  {
    id: 'klarna',
    name: 'Klarna',
    company: 'Klarna Bank AB',
    country: 'SE',
    category: 'payments',
    packages: [],
    hosts: ['api.klarna.com', 'api-na.klarna.com', 'api-oc.klarna.com', 'api.playground.klarna.com', '*.klarna.com', '*.klarnaservices.com'],
    calls: [
      // Klarna.Payments.authorize({ payment_method_category }, { billing_address: { email, given_name } }, cb)
      { packages: ['global:Klarna'], members: ['authorize', 'finalize'], data: 'all' },
    ],
  },
  {
    id: 'affirm',
    name: 'Affirm',
    company: 'Affirm, Inc.',
    country: 'US',
    category: 'payments',
    packages: [],
    hosts: ['api.affirm.com', 'sandbox.affirm.com', 'cdn1.affirm.com', '*.affirm.com'],
    calls: [
      // affirm.checkout({ billing: { name, email, phone_number, address }, shipping, items })
      { packages: ['global:affirm'], members: ['checkout'], data: [0] },
    ],
  },
  {
    id: 'plaid',
    name: 'Plaid',
    company: 'Plaid Inc.',
    country: 'US',
    category: 'payments',
    packages: ['plaid', 'react-plaid-link', 'react-native-plaid-link-sdk'],
    hosts: ['production.plaid.com', 'sandbox.plaid.com', 'development.plaid.com', 'cdn.plaid.com', '*.plaid.com'],
    calls: [
      // client.linkTokenCreate({ user: { client_user_id, email_address, phone_number } }), identityVerificationCreate({ user }),
      // transferAuthorizationCreate({ user: { legal_name } })
      {
        packages: ['plaid'],
        members: ['linkTokenCreate', 'identityVerificationCreate', 'transferAuthorizationCreate', 'transferCreate', 'transferRecurringCreate', 'paymentInitiationRecipientCreate', 'paymentInitiationPaymentCreate', 'userCreate', 'userUpdate'],
        data: [0],
      },
    ],
  },
  {
    id: 'revenuecat',
    name: 'RevenueCat',
    company: 'RevenueCat, Inc.',
    country: 'US',
    category: 'payments',
    packages: ['react-native-purchases', '@revenuecat/purchases-js', '@revenuecat/purchases-capacitor', 'cordova-plugin-purchases'],
    hosts: ['api.revenuecat.com', '*.revenuecat.com'],
    calls: [
      // Purchases.setEmail(email), setDisplayName(name), setPhoneNumber(phone), setAttributes({ … }), logIn(appUserId)
      {
        packages: ['react-native-purchases', '@revenuecat/purchases-js', '@revenuecat/purchases-capacitor'],
        members: ['setEmail', 'setDisplayName', 'setPhoneNumber', 'setAttributes', 'setPushToken', 'logIn', 'purchase'],
        data: 'all',
      },
    ],
  },
  {
    id: 'xendit',
    name: 'Xendit',
    company: 'PT Sinar Digital Terdepan (Xendit)',
    country: 'ID',
    category: 'payments',
    packages: ['xendit-node'],
    hosts: ['api.xendit.co'],
    calls: [
      // xenditClient.Invoice.createInvoice({ data: { payerEmail, customer } }), Customer.createCustomer({ data }), PaymentRequest.createPaymentRequest(…)
      { members: ['createInvoice', 'createCustomer', 'updateCustomer', 'createPaymentRequest', 'createPaymentMethod', 'createPayout'], data: [0] },
    ],
  },
  {
    id: 'midtrans',
    name: 'Midtrans',
    company: 'PT Midtrans (GoTo Financial)',
    country: 'ID',
    category: 'payments',
    packages: ['midtrans-client'],
    hosts: ['api.midtrans.com', 'app.midtrans.com', 'api.sandbox.midtrans.com', 'app.sandbox.midtrans.com'],
    calls: [
      // snap.createTransaction({ transaction_details, customer_details: { email, phone } }), coreApi.charge({ … })
      { members: ['createTransaction', 'createTransactionToken', 'createTransactionRedirectUrl', 'charge'], data: [0] },
    ],
  },
  {
    id: 'cashfree',
    name: 'Cashfree Payments',
    company: 'Cashfree Payments India Private Limited',
    country: 'IN',
    category: 'payments',
    packages: ['cashfree-pg', '@cashfreepayments/cashfree-js'],
    hosts: ['api.cashfree.com', 'sandbox.cashfree.com'],
    calls: [
      // Cashfree.PGCreateOrder(version, { customer_details: { customer_email, customer_phone } }) (newer: PGCreateOrder(request))
      { packages: ['cashfree-pg'], members: ['PGCreateOrder', 'PGCreateLink', 'PGCreateCustomer'], data: 'all' },
    ],
  },
  {
    id: 'alipay',
    name: 'Alipay',
    company: 'Alipay.com Co., Ltd. (Ant Group)',
    country: 'CN',
    category: 'payments',
    packages: ['alipay-sdk'],
    hosts: ['openapi.alipay.com', 'openapi-sandbox.dl.alipaydev.com', '*.alipay.com'],
    calls: [
      // alipaySdk.exec('alipay.trade.create', { bizContent }), sdkExec / pageExec(method, params), curl('POST', path, { body })
      { members: ['exec', 'sdkExec', 'pageExec', 'curl'], data: 'all' },
    ],
  },
  {
    id: 'wechat_pay',
    name: 'WeChat Pay',
    company: 'Tenpay Payment Technology Co., Ltd. (Tencent)',
    country: 'CN',
    category: 'payments',
    packages: ['wechatpay-node-v3'],
    hosts: ['api.mch.weixin.qq.com'],
    calls: [
      // pay.transactions_jsapi({ description, payer: { openid } }), transactions_native / _app / _h5
      { members: ['transactions_jsapi', 'transactions_native', 'transactions_app', 'transactions_h5'], data: [0] },
    ],
  },

  // Korea
  {
    id: 'bootpay',
    name: 'Bootpay',
    company: 'Bootpay Inc.',
    country: 'KR',
    category: 'payments',
    packages: ['@bootpay/client-js', '@bootpay/backend-js', 'bootpay-js'],
    hosts: ['api.bootpay.co.kr', 'dev-api.bootpay.co.kr', '*.bootpay.co.kr'],
    calls: [
      // Bootpay.requestPayment({ user: { username, phone, email } }), requestSubscription(…), requestAuthentication(…)
      { packages: ['@bootpay/client-js', 'global:Bootpay'], members: ['requestPayment', 'requestSubscription', 'requestAuthentication'], data: [0] },
      // legacy bootpay-js: BootPay.request({ user_info: { username, email, phone } })
      { packages: ['bootpay-js', 'global:BootPay'], members: ['request'], data: [0] },
      // server: requestSubscribePayment({ billing_key, user }), subscribePaymentReserve({ user }), requestSubscribeBillingKey({ card_no, user })
      {
        packages: ['@bootpay/backend-js'],
        members: ['requestSubscribePayment', 'requestSubscribeBillingPayment', 'subscribePaymentReserve', 'requestSubscribeBillingKey', 'requestSubscribeAutomaticTransferBillingKey', 'requestAuthentication', 'requestCashReceipt', 'requestPayment'],
        data: [0],
      },
    ],
  },
  {
    id: 'nicepay',
    name: 'NICEPAY',
    company: 'NICE Payments Co., Ltd.',
    country: 'KR',
    category: 'payments',
    packages: [],
    hosts: ['pay.nicepay.co.kr', 'api.nicepay.co.kr', 'sandbox-api.nicepay.co.kr', '*.nicepay.co.kr'],
    calls: [
      // AUTHNICE.requestPay({ clientId, orderId, amount, buyerName, buyerTel, buyerEmail })
      { packages: ['global:AUTHNICE'], members: ['requestPay'], data: [0] },
    ],
  },
  {
    id: 'kcp',
    name: 'NHN KCP',
    company: 'NHN KCP Corp.',
    country: 'KR',
    category: 'payments',
    // The standard payment window posts an HTML form (KCP_Pay_Execute(form)).
    packages: [],
    hosts: ['*.kcp.co.kr'],
  },
  {
    id: 'danal',
    name: 'Danal (payments and identity verification)',
    company: 'Danal Co., Ltd.',
    country: 'KR',
    category: 'payments',
    packages: [],
    hosts: ['*.danalpay.com', '*.danal.co.kr', '*.teledit.com'],
  },
  {
    id: 'payple',
    name: 'Payple',
    company: 'Payple Inc.',
    country: 'KR',
    category: 'payments',
    packages: [],
    hosts: ['cpay.payple.kr', 'democpay.payple.kr', 'testcpay.payple.kr', '*.payple.kr'],
    calls: [
      // PaypleCpayAuthCheck({ PCD_PAYER_NAME, PCD_PAYER_HP, PCD_PAYER_EMAIL, … })
      { packages: ['global:PaypleCpayAuthCheck'], members: ['PaypleCpayAuthCheck'], data: [0] },
    ],
  },
  {
    id: 'kakao_pay',
    name: 'Kakao Pay',
    company: 'Kakao Pay Corp.',
    country: 'KR',
    category: 'payments',
    // The older ready/approve API is on kapi.kakao.com (kakao's host).
    packages: [],
    hosts: ['open-api.kakaopay.com', '*.kakaopay.com'],
  },
  {
    id: 'naver_pay',
    name: 'NAVER Pay',
    company: 'NAVER Financial Corp.',
    country: 'KR',
    category: 'payments',
    packages: [],
    hosts: ['apis.naver.com', 'dev.apis.naver.com', 'pay.naver.com', '*.pay.naver.com'],
  },
  {
    id: 'payco',
    name: 'PAYCO',
    company: 'NHN Payco Corp.',
    country: 'KR',
    category: 'payments',
    packages: [],
    hosts: ['*.payco.com'],
  },
  {
    id: 'kicc',
    name: 'KICC EasyPay',
    company: 'Korea Information & Communications Co., Ltd.',
    country: 'KR',
    category: 'payments',
    packages: [],
    hosts: ['*.easypay.co.kr'],
  },
];
