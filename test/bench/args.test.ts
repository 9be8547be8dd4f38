// The command line of `npm run bench` (bench/run/args.mjs).
import { describe, expect, it } from 'vitest';
import { BenchUsageError, DEFAULT_EDITS, DEFAULT_RUNS, parseBenchArgs, TOOLS } from '../../bench/run/args.mjs';

describe('parseBenchArgs', () => {
  it('defaults to all three sizes, 3 runs, 50 edits, every tool, bench/results.json', () => {
    expect(parseBenchArgs([])).toEqual({
      help: false,
      quick: false,
      sizes: [100, 1000, 5000],
      runs: 3,
      edits: 50,
      tools: ['tsc', 'check', 'check-cache', 'lint', 'lint-privacy', 'warm-base', 'warm'],
      out: 'bench/results.json',
      note: '',
      print: '',
    });
    expect(DEFAULT_RUNS).toBe(3);
    expect(DEFAULT_EDITS).toBe(50);
  });

  it('--quick drops the 5,000-file size', () => {
    expect(parseBenchArgs(['--quick']).sizes).toEqual([100, 1000]);
  });

  it('--sizes overrides --quick, sorted and without repeats, in either flag form', () => {
    expect(parseBenchArgs(['--quick', '--sizes', '1000,100,1000']).sizes).toEqual([100, 1000]);
    expect(parseBenchArgs(['--sizes=5000']).sizes).toEqual([5000]);
    expect(parseBenchArgs(['--sizes', ' 250 , 100']).sizes).toEqual([100, 250]);
  });

  it('reads --runs, --edits, --out and --note', () => {
    const o = parseBenchArgs(['--runs', '5', '--edits', '10', '--out', '/tmp/r.json', '--note', 'busy machine']);
    expect(o).toMatchObject({ runs: 5, edits: 10, out: '/tmp/r.json', note: 'busy machine' });
  });

  it('keeps the round-robin order of the tools whatever order --tools lists them in', () => {
    expect(parseBenchArgs(['--tools', 'warm,tsc']).tools).toEqual(['tsc', 'warm']);
    expect(parseBenchArgs(['--tools', 'lint,check-cache,check']).tools).toEqual(['check', 'check-cache', 'lint']);
    expect(TOOLS[0]).toBe('tsc');
  });

  it.each([
    [['--runs', '0'], /--runs needs a positive whole number/],
    [['--runs', '1.5'], /--runs needs a positive whole number/],
    [['--runs', 'three'], /--runs needs a positive whole number/],
    [['--edits', '-2'], /--edits/],
    [['--sizes', '10'], /at least 20 files/],
    [['--sizes', '100,,1000'], /without empty items/],
    [['--sizes', '1e3'], /--sizes needs a positive whole number/],
    [['--tools', 'tsc,prettier'], /unknown prettier/],
    [['--fast'], /Unknown option '--fast'/],
    [['--runs'], /argument missing/],
    [['100'], /positional/i],
  ])('rejects %j', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });

  it('reads --print, which re-prints an earlier results file', () => {
    expect(parseBenchArgs(['--print', 'bench/results.json']).print).toBe('bench/results.json');
  });

  it('sees --help', () => {
    expect(parseBenchArgs(['--help']).help).toBe(true);
    expect(parseBenchArgs(['-h']).help).toBe(true);
  });
});
