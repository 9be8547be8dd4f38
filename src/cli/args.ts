import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';
import type { Io } from './io.js';
import { didYouMean } from '../manifest/suggest.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

type FlagValue<T> = T extends { type: 'boolean' } ? boolean : T extends { multiple: true } ? string[] : string;
export type Flags<O extends OptionSpec> = { values: { [K in keyof O]?: FlagValue<O[K]> } };

/** Parses a command's flags; an unknown or malformed flag is a UsageError naming the fix. */
export function parseFlags<O extends OptionSpec>(command: string, argv: string[], options: O): Flags<O> {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true }) as unknown as Flags<O>;
  } catch (e) {
    const message = (e as Error).message;
    const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(message)?.[1];
    if (unknown) {
      const names = Object.keys(options).map((n) => `--${n}`);
      throw new UsageError(`privacy-lint ${command}: unknown option ${unknown}${didYouMean(unknown, names)}; see "privacy-lint ${command} --help"`);
    }
    const positional = /Unexpected argument '([^']+)'/.exec(message)?.[1];
    if (positional) {
      throw new UsageError(`privacy-lint ${command}: unexpected argument "${positional}"; options take the form --name value`);
    }
    throw new UsageError(`privacy-lint ${command}: ${message.replace(/\.$/, '')}; see "privacy-lint ${command} --help"`);
  }
}

const HELP = { help: { type: 'boolean', short: 'h' } } as const satisfies OptionSpec;

/**
 * A command's flags, with -h/--help for every command: the parsed values, or undefined when help was asked for
 * (it is printed, and the command exits 0).
 */
export function commandFlags<O extends OptionSpec>(command: string, argv: string[], options: O, help: string, io: Io): Flags<O>['values'] | undefined {
  const { values } = parseFlags(command, argv, { ...options, ...HELP });
  if (values.help) {
    io.out(help);
    return undefined;
  }
  return values as Flags<O>['values'];
}
