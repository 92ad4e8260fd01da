import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  buildConfigSchema,
  DEFAULT_CONFIG_FILE,
  defaultConfig,
  describeError,
  enabledGates,
  EXIT,
  exitCodeFor,
  isUserError,
  loadConfig,
  ML_GATES_VERSION,
  REPORT_FORMATS,
  renderReport,
  runGate,
  runGates,
  SEVERITIES,
  streamLogger,
  UserError,
  writeReports,
  type AnyGate,
  type GateCommand,
  type GateResult,
  type LoadedConfig,
  type ReportFormat,
  type Severity,
} from '@ml-gates/core';
import { ALL_GATES } from './gates.js';
import { useColor, type CliIo } from './io.js';
import { actionRepoFor, STARTER_CONFIG, starterWorkflow } from './templates.js';

interface ReportOptions {
  format: string[];
  out?: string;
  failOn?: Severity;
  cwd?: string;
  verbose?: boolean;
}

function parseFormats(values: string[]): ReportFormat[] {
  const formats = values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  for (const f of formats) {
    if (!(REPORT_FORMATS as readonly string[]).includes(f)) {
      throw new UserError('usage', `Unknown format "${f}"; use one of ${REPORT_FORMATS.join(', ')}.`);
    }
  }
  return formats.length > 0 ? (formats as ReportFormat[]) : ['text'];
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * Adds the shared options (`--format`, `--out`, `--fail-on`, `--cwd`, `--verbose`). Commands that write a
 * file instead of a report (`ml-gates hash`) get only `--cwd` and `--verbose`; an option a gate command
 * declares itself is not added twice.
 */
function addReportOptions(cmd: Command, kind: 'report' | 'file' = 'report'): Command {
  const shared: Option[] = [
    new Option(
      '--format <format>',
      `report format: ${REPORT_FORMATS.join('|')} (repeatable or comma-separated)`,
    ).argParser(collect),
    new Option('--out <dir>', 'write report files (JSON always, plus the formats asked for) into this directory'),
    new Option('--fail-on <severity>', 'lowest finding severity that fails a blocking check').choices(SEVERITIES),
  ];
  const always = [
    new Option('--cwd <dir>', 'workspace root that paths are relative to (default: current directory)'),
    new Option('-v, --verbose', 'print debug logs'),
  ];
  const taken = new Set(cmd.options.map((o) => o.long));
  for (const o of [...(kind === 'report' ? shared : []), ...always]) if (!taken.has(o.long)) cmd.addOption(o);
  return cmd;
}

/** Prints and writes reports, returns the shared exit code. */
async function report(results: GateResult[], opts: ReportOptions, io: CliIo): Promise<number> {
  const formats = parseFormats(opts.format ?? []);
  const color = useColor(io);
  if (opts.out) {
    const written = await writeReports(results, formats, resolve(io.cwd, opts.out));
    io.stdout(renderReport(results, 'text', color));
    io.stderr(`Reports written: ${written.map((w) => w).join(', ')}\n`);
  } else {
    io.stdout(renderReport(results, formats[0]!, color && formats[0] === 'text'));
  }
  return exitCodeFor(results);
}

function gateCommand(
  parent: Command,
  gate: AnyGate,
  spec: GateCommand,
  io: CliIo,
  setCode: (c: number) => void,
  gates: readonly AnyGate[],
): void {
  let cmd = parent;
  for (const [i, word] of spec.name.entries()) {
    const existing = cmd.commands.find((c) => c.name() === word);
    if (existing && i < spec.name.length - 1) {
      cmd = existing;
      continue;
    }
    cmd = cmd.command(word);
  }
  cmd.description(spec.description);
  if (spec.args) cmd.arguments(spec.args);
  for (const o of spec.options) {
    const opt = new Option(o.flags, o.description);
    if (o.default !== undefined) opt.default(o.default);
    if (o.choices) opt.choices(o.choices);
    if (o.repeatable) opt.argParser(collect);
    cmd.addOption(opt);
  }
  addReportOptions(cmd, spec.action ? 'file' : 'report');
  if (!spec.action) cmd.option('--config <file>', 'also apply this ml-gates.yml section (optional)');
  cmd.action(async (...received: unknown[]) => {
    const command = received[received.length - 1] as Command;
    const opts = command.opts<ReportOptions & { config?: string } & Record<string, unknown>>();
    const args = command.args;
    const cwd = resolve(io.cwd, opts.cwd ?? '.');
    const logger = streamLogger((l) => io.stderr(`${l}\n`), opts.verbose);
    if (spec.action) {
      io.stdout(await spec.action(args, opts, { cwd, logger }));
      setCode(EXIT.ok);
      return;
    }
    const { options, checks, failOn } = spec.toOptions(args, opts);
    const loaded: LoadedConfig = opts.config
      ? await loadConfig(opts.config, gates, io.cwd)
      : { config: defaultConfig() };
    const result = await runGate(gate, {
      config: loaded.config,
      cwd,
      logger,
      ...(opts.out ? { services: { reportDir: resolve(io.cwd, opts.out) } } : {}),
      overrides: {
        options,
        ...(checks ? { checks } : {}),
        ...((opts.failOn ?? failOn) ? { failOn: opts.failOn ?? failOn } : {}),
      },
    });
    setCode(await report([result], opts, io));
  });
}

/** Builds the `ml-gates` program. `setCode` receives the exit code of the command that ran. */
export function buildProgram(
  io: CliIo,
  setCode: (code: number) => void,
  gates: readonly AnyGate[] = ALL_GATES,
): Command {
  const program = new Command('ml-gates')
    .description('Gates between an ML model and production: data, model security, robustness, performance, approvals.')
    .version(ML_GATES_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run "ml-gates --help" for usage)');

  addReportOptions(
    program
      .command('run')
      .description('run every gate ml-gates.yml enables (or those named by --gate) and report')
      .option('--config <file>', 'config file', DEFAULT_CONFIG_FILE)
      .addOption(
        new Option('--gate <name>', 'run only this gate (repeatable)')
          .choices(gates.map((g) => g.name))
          .argParser(collect),
      ),
  ).action(async (opts: ReportOptions & { config: string; gate?: string[] }) => {
    const loaded = await loadConfig(opts.config, gates, io.cwd);
    const selected = opts.gate ? gates.filter((g) => opts.gate!.includes(g.name)) : enabledGates(gates, loaded.config);
    if (selected.length === 0) {
      throw new UserError('config-invalid', `${opts.config}: no gate is enabled.`, {
        details: ['Add a section under "gates:" (e.g. "model-scan: {}"), or name one with --gate.'],
      });
    }
    const logger = streamLogger((l) => io.stderr(`${l}\n`), opts.verbose);
    const cwd = resolve(io.cwd, opts.cwd ?? dirname(opts.config));
    const results = await runGates(selected, loaded.config, {
      cwd,
      logger,
      ...(opts.out ? { services: { reportDir: resolve(io.cwd, opts.out) } } : {}),
      overrides: Object.fromEntries(selected.map((g) => [g.name, opts.failOn ? { failOn: opts.failOn } : {}])),
    });
    setCode(await report(results, opts, io));
  });

  program
    .command('validate')
    .description('validate ml-gates.yml against the schema and print every problem')
    .option('--config <file>', 'config file', DEFAULT_CONFIG_FILE)
    .action(async (opts: { config: string }) => {
      const loaded = await loadConfig(opts.config, gates, io.cwd);
      const names = enabledGates(gates, loaded.config).map((g) => g.name);
      io.stdout(`${opts.config}: valid. Gates enabled: ${names.length > 0 ? names.join(', ') : 'none'}.\n`);
      setCode(EXIT.ok);
    });

  program
    .command('init')
    .description('write a commented starter ml-gates.yml and a least-privilege workflow')
    .option('--force', 'overwrite existing files')
    .action(async (opts: { force?: boolean }) => {
      const targets: [string, string][] = [
        [DEFAULT_CONFIG_FILE, STARTER_CONFIG],
        ['.github/workflows/ml-gates.yml', starterWorkflow(actionRepoFor(io.cwd))],
      ];
      for (const [rel, content] of targets) {
        const path = resolve(io.cwd, rel);
        if (existsSync(path) && !opts.force) {
          throw new UserError('usage', `${rel} already exists; use --force to overwrite it.`);
        }
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, content);
        io.stdout(`wrote ${rel}\n`);
      }
      setCode(EXIT.ok);
    });

  program
    .command('schema')
    .description('print the JSON Schema of ml-gates.yml')
    .action(() => {
      io.stdout(`${JSON.stringify(buildConfigSchema(gates), null, 2)}\n`);
      setCode(EXIT.ok);
    });

  for (const gate of gates) {
    for (const spec of gate.commands ?? []) gateCommand(program, gate, spec, io, setCode, gates);
  }
  return program;
}

/** Runs the CLI and returns the exit code (0 pass/warn, 1 a gate failed, 2 usage/config error, 3 could not run). */
export async function main(argv: readonly string[], io: CliIo, gates: readonly AnyGate[] = ALL_GATES): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(
    io,
    (c) => {
      code = c;
    },
    gates,
  );
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; usage mistakes exit 2 (Commander already printed the message).
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isUserError(error)) {
      io.stderr(`error: ${error.describe()}\n`);
      return error.code === 'input-unreadable' ? EXIT.error : EXIT.usage;
    }
    io.stderr(`error: ml-gates failed unexpectedly: ${describeError(error)}\n`);
    return EXIT.error;
  }
}
