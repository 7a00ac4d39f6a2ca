#!/usr/bin/env node
/// <reference types="node" />
/** The `folio-embed` command (package.json `bin`). */
import { main } from './cli.js';

// A reader that stops reading (`| head`) is no failure of ours.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

process.exitCode = await main(process.argv.slice(2));
