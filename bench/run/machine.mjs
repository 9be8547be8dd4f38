// Where the figures came from: the machine, the Node version, the date and the load average when the
// run started (and ended), written into bench/results.json and shown above the table. Timings taken on
// a loaded machine are not comparable with quiet ones; the load average says which kind these are.
import os from 'node:os';

const round2 = (x) => Math.round(x * 100) / 100;

export function machineInfo(now = new Date()) {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    date: now.toISOString(),
    loadAverageStart: loadAverage(),
  };
}

/** The 1-, 5- and 15-minute load averages, rounded to 0.01. */
export const loadAverage = () => os.loadavg().map(round2);
