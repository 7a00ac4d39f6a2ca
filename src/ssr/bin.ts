#!/usr/bin/env node
/// <reference types="node" />
/** The `folio-embed` command (package.json `bin`). */
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
