/** The direct CLI commands of model-scan: `ml-gates scan`, plus the supply-chain commands. */
import { UserError, type GateCommand } from '@ml-gates/core';
import { formatTitles } from './formats/index.js';
import { supplyChainCommands } from './supply-chain/index.js';

const scanCommand: GateCommand = {
  name: ['scan'],
  // the formats come from the format table (formats/index.ts): a new format shows here without an edit
  description: `Scan model files, directories or globs for code execution and unsafe content, without loading them. Formats: ${formatTitles()}.`,
  args: '<path...>',
  options: [
    { flags: '--no-hash', description: 'do not compute SHA-256 of each file' },
    { flags: '--timeout <seconds>', description: 'time budget per file' },
  ],
  toOptions(args, opts) {
    if (args.length === 0)
      throw new UserError('usage', 'Give at least one file, directory or glob to scan, e.g. `ml-gates scan models/`.');
    const options: Record<string, unknown> = { paths: args };
    if (opts.hash === false) options.hash = false;
    if (opts.timeout !== undefined) {
      const t = Number(opts.timeout);
      if (!Number.isFinite(t) || t <= 0)
        throw new UserError('usage', `--timeout must be a positive number of seconds, got "${String(opts.timeout)}".`);
      options.limits = { timeoutSeconds: t };
    }
    return { options };
  },
};

export const MODEL_SCAN_COMMANDS: GateCommand[] = [scanCommand, ...supplyChainCommands];
