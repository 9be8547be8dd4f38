/** no-personal-data-in-logs: a personal item reaching a logger or error tracker unmasked. */
import { atSink, defineCheck, describeLabel } from '../../src/checks/check.js';
import { listOf } from '../../src/words.js';

export const noPersonalDataInLogs = defineCheck({
  name: 'no-personal-data-in-logs',
  category: 'logging',
  description: 'Personal data must not reach a logger or an error tracker unless a declared masker or redaction covers it.',
  severity: 'error',
  securitySeverity: 5.5,
  manifestKeys: ['dataItems', 'security.maskers'],
  run(model) {
    return model.flows
      .filter((f) => f.sink.kind === 'log')
      .flatMap((flow) => {
        const raw = flow.labels.filter((l) => !l.clean);
        if (raw.length === 0) return [];
        const tracker = flow.sink.thirdParty ? ' (an error tracker: the data also leaves the service)' : '';
        return [atSink(flow, raw, `${listOf(raw.map(describeLabel))} is logged via ${flow.sink.name}${tracker}. Logs are kept and read far beyond the purpose the data was collected for: log an id instead, or pass the value through a masker declared in security.maskers.`)];
      });
  },
});

export default noPersonalDataInLogs;
