#!/usr/bin/env node
import { main } from './program.js';
import { processIo } from './io.js';
import { registerPrecompiled } from '@ml-gates/core';
import { VALIDATORS } from '../../core/src/config/precompiled/all.js';

// The config validators Ajv generated at build time: no schema compiled at start-up.
registerPrecompiled(VALIDATORS);

process.exitCode = await main(process.argv.slice(2), processIo());
