#!/usr/bin/env node
import { EXIT } from './errors.js';
import { processIo } from './io.js';
import { run } from './run.js';

// A write that fails later (a closed pipe, a full disk behind a pipe) is reported once, with exit code 2.
for (const [stream, name] of [[process.stdout, 'stdout'], [process.stderr, 'stderr']] as const) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (name === 'stdout') process.stderr.write(`privacy-lint: cannot write to stdout (${e.code ?? e.message}); the output is incomplete\n`);
    process.exit(EXIT.usage);
  });
}

process.exitCode = await run(process.argv.slice(2), processIo());
