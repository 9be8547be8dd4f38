/**
 * Transfer sinks: HTTP clients (fetch, axios, got, ky, undici, node:http, superagent) with their hosts, and
 * SDKs (analytics, payments, email, SMS, AWS, OpenAI) with the party they send to. One fixture per group.
 * A `// pending-flow[tag]: …` line is a flow that waits on a core change (tag): it may be absent or as written.
 */
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HTTP_SINKS } from '../../src/catalog/sinks/http.js';
import { SDK_SINKS } from '../../src/catalog/sinks/sdks.js';
import { analyzeFixtureOnce, missingAndExtra, unexercisedSinks } from './harness.js';

const analysed = analyzeFixtureOnce;
const compareWithPending = missingAndExtra;
const unexercised = unexercisedSinks;

describe('engine: transfer sinks', { timeout: 60_000 }, () => {
  it('HTTP clients (fixtures/engine/transfer-http)', () => {
    expect(compareWithPending('engine/transfer-http')).toEqual({ missing: [], extra: [] });
  });

  it('SDKs (fixtures/engine/transfer-sdks)', () => {
    expect(compareWithPending('engine/transfer-sdks')).toEqual({ missing: [], extra: [] });
  });

  it('an HTTP API without an SDK is recognised by its host', () => {
    const { model, root } = analysed('engine/transfer-http');
    const parties = model.flows.filter((f) => f.sink.party).map((f) => `${relative(root, f.location.file)} ${f.sink.host} ${f.sink.party}`);
    expect(parties.sort()).toEqual([
      'src/korea.ts iniapi.inicis.com kg_inicis',
      'src/korea.ts kapi.kakao.com kakao',
      'src/korea.ts openapi.naver.com naver',
      'src/korea.ts svc.niceapi.co.kr nice',
    ]);
  });

  it('an SDK call carries the package the project imported and its party', () => {
    const { model } = analysed('engine/transfer-sdks');
    const seen = new Set(model.flows.map((f) => `${f.sink.name.split('.')[0]} ${f.sink.package} ${f.sink.party ?? '-'}`));
    // untyped imports (src/ambient.d.ts) carry their specifier; browser snippets declared in a project .d.ts, `global:<name>`
    expect([...seen].sort()).toEqual([
      'amplitude @amplitude/analytics-node amplitude',
      'anthropic @anthropic-ai/sdk anthropic',
      'anthropic @langchain/anthropic anthropic',
      'aws @aws-sdk/client-s3 aws_s3',
      'aws @aws-sdk/client-ses aws_ses',
      'aws @aws-sdk/client-sns aws_sns',
      'channeltalk @channel.io/channel-web-sdk-loader channel_talk',
      'channeltalk global:ChannelIO channel_talk',
      'iamport global:IMP portone',
      'kakao global:Kakao kakao',
      'mailgun mailgun.js mailgun',
      'meta facebook-nodejs-business-sdk meta',
      'meta global:fbq meta',
      'meta react-facebook-pixel meta',
      'meta react-native-fbsdk-next meta',
      'mixpanel mixpanel mixpanel',
      'nodemailer nodemailer -', // the SMTP host is the destination: smtp.mailhost.example, or first party
      'openai @langchain/openai openai',
      'openai openai openai',
      'portone @portone/browser-sdk portone',
      'portone @portone/server-sdk portone',
      'posthog posthog-node posthog',
      'segment @segment/analytics-node segment',
      'sendgrid @sendgrid/mail sendgrid',
      'slack @slack/web-api slack',
      'slack @slack/webhook slack',
      'solapi solapi solapi',
      'stripe @stripe/stripe-js stripe',
      'stripe stripe stripe',
      'tosspayments @tosspayments/tosspayments-sdk toss_payments',
      'twilio twilio twilio',
    ]);
  });

  it('every HTTP and SDK catalog entry is exercised by a fixture flow', () => {
    const flows = ['engine/transfer-http', 'engine/transfer-sdks'].flatMap((d) => analysed(d).model.flows);
    expect(unexercised([...HTTP_SINKS, ...SDK_SINKS], flows)).toEqual([]);
  });
});
