import { Command, CommanderError, Option } from 'commander';
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import {
  buildConfigSchema,
  collectFiles,
  DEFAULT_CONFIG_FILE,
  defaultConfig,
  describeError,
  enabledGates,
  EXIT,
  JUDGED_RESULTS,
  exitCodeFor,
  fileWorkItems,
  isUserError,
  loadConfig,
  matrixJson,
  mergeResults,
  ML_GATES_VERSION,
  parseShardSpec,
  parseSize,
  planShards,
  schemaDefaults,
  readPartialReports,
  REPORT_FORMATS,
  renderReport,
  runGate,
  runGates,
  scopeFromConfig,
  SEVERITIES,
  shardCount,
  suggest,
  UserError,
  validateGates,
  walkScope,
  writeReports,
  type AnyGate,
  type GateCommand,
  type GateResult,
  type LoadedConfig,
  type ReportFormat,
  type Severity,
  type ShardPlan,
  type GateServices,
  type ShardSpec,
} from '@ml-gates/core';
import { loadConfigValidators, loadGateValidators } from './validators.js';
import { apiBaseUrl, createClient, oidcService, uploadAttestation } from '@ml-gates/core/github';
import { configPolicyResult, registerPromotionCommands, type PromotionHost } from '@ml-gates/promotion';
import { ALL_GATES } from './gates.js';
import { useColor, type CliIo } from './io.js';
import { cliLogger } from './logger.js';
import { findConfig, repositoryRoot } from './paths.js';
import { actionRepoFor, readReleasePin, STARTER_CONFIG, starterWorkflow } from './templates.js';

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
function addReportOptions(cmd: Command, kind: 'report' | 'file' | 'merge' = 'report'): Command {
  const shared: Option[] = [
    new Option(
      '--format <format>',
      `report format: ${REPORT_FORMATS.join('|')} (repeatable or comma-separated)`,
    ).argParser(collect),
    new Option(
      '--out <dir>',
      'write report files (JSON always, plus the formats asked for) into this directory, relative to the current folder',
    ),
    new Option('--fail-on <severity>', 'lowest finding severity that fails a blocking check').choices(SEVERITIES),
  ];
  const always = [
    new Option(
      '--cwd <dir>',
      "workspace root: paths in reports are relative to it, and so are paths from a config file (default: the config file's folder, else the current folder); paths given on the command line are always relative to the current folder",
    ),
    new Option('-v, --verbose', 'print debug logs'),
  ];
  // A merge re-judges with the settings the shards ran with: no --fail-on of its own.
  const forKind = kind === 'report' ? shared : kind === 'merge' ? shared.filter((o) => o.long !== '--fail-on') : [];
  const taken = new Set(cmd.options.map((o) => o.long));
  for (const o of [...forKind, ...always]) if (!taken.has(o.long)) cmd.addOption(o);
  return cmd;
}

/**
 * The run options of a shard: the shard, and the commit (`GITHUB_SHA`, set in every GitHub Actions job) so
 * that `ml-gates merge` can refuse shards of different commits. Whole runs are unchanged.
 */
function shardRun(shard: ShardSpec | undefined, io: CliIo): { shard?: ShardSpec; commit?: string } {
  if (!shard) return {};
  const commit = io.env.GITHUB_SHA?.trim();
  return { shard, ...(commit ? { commit } : {}) };
}

/**
 * The services the CLI hosts for gates: where reports go (`--out`), and on GitHub Actions with
 * `permissions: id-token: write` the job's OIDC token (for keyless signing), as the actions host it.
 */
function hostServices(io: CliIo, out: string | undefined): GateServices {
  return { ...(out ? { reportDir: resolve(io.cwd, out) } : {}), ...oidcService(io.env) };
}

/**
 * `attest --github-upload`: GitHub's artifact attestations API, on GitHub Actions with a token and repository in
 * the environment. Only there: the client masks the token with a workflow command, which elsewhere would print it.
 */
function githubAttestations(env: NodeJS.ProcessEnv): Pick<PromotionHost, 'uploadAttestation'> {
  const token = env.GITHUB_TOKEN?.trim();
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (env.GITHUB_ACTIONS !== 'true' || !token || !owner || !repo) return {};
  const baseUrl = apiBaseUrl(env);
  return {
    uploadAttestation: (bundle) => uploadAttestation(createClient({ token, baseUrl }), { owner, repo, bundle }),
  };
}

/** `--shard i/N`: this run is one shard of a job matrix (see `ml-gates plan`); the report is a partial one. */
function shardOption(): Option {
  return new Option(
    '--shard <i/N>',
    'run only shard i of N (a job matrix from "ml-gates plan"); the report is partial: join them with "ml-gates merge"',
  ).argParser((value: string) => parseShardSpec(value));
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

/**
 * A flag's help with the default of the gate option of the same name, from the schema (the only place
 * defaults are written). Only text: the flag itself has no Commander default, so a config file still applies.
 */
function withDefaultNote(description: string, value: unknown): string {
  if (value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0))
    return description;
  return `${description} (default ${Array.isArray(value) ? value.join(',') : String(value)})`;
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
  const defaults = schemaDefaults(gate.optionsSchema);
  for (const o of spec.options) {
    const opt = new Option(
      o.flags,
      withDefaultNote(o.description, defaults[/--([a-z0-9-]+)/i.exec(o.flags)?.[1] ?? '']),
    );
    if (o.default !== undefined) opt.default(o.default);
    if (o.choices) opt.choices(o.choices);
    if (o.repeatable) opt.argParser(collect);
    cmd.addOption(opt);
  }
  addReportOptions(cmd, spec.action ? 'file' : 'report');
  if (!spec.action) {
    cmd.option('--config <file>', 'also apply this ml-gates.yml section (optional)');
    cmd.addOption(shardOption());
  }
  cmd.action(async (...received: unknown[]) => {
    const command = received[received.length - 1] as Command;
    const opts = command.opts<ReportOptions & { config?: string; shard?: ShardSpec } & Record<string, unknown>>();
    // Everything is checked before anything runs: the report formats, then every path named on the command line.
    if (!spec.action) parseFormats(opts.format ?? []);
    const configPath = opts.config ? resolve(io.cwd, opts.config) : undefined;
    const cwd = resolve(io.cwd, opts.cwd ?? (configPath ? dirname(configPath) : '.'));
    const { args, values } = commandLinePaths(spec, command.args, opts, resolve(io.cwd), cwd);
    const logger = cliLogger(io, opts.verbose);
    if (spec.action) {
      let text: string;
      try {
        text = await spec.action(args, values, { cwd, logger });
      } catch (error) {
        // The command ran and could not read or use its input (a file that is not Parquet, a manifest that
        // does not parse): exit 3, as for a gate that could not run. Usage mistakes stay exit 2.
        if (!isUserError(error) || error.code === 'usage') throw error;
        io.stderr(`error: ${error.describe()}\n`);
        setCode(EXIT.error);
        return;
      }
      io.stdout(text);
      setCode(EXIT.ok);
      return;
    }
    const { shard: _shard, ...gateValues } = values;
    const { options, checks, failOn } = spec.toOptions(args, gateValues);
    await loadGateValidators(gate.name);
    if (configPath) await loadConfigValidators();
    const loaded: LoadedConfig = configPath
      ? await loadConfig(displayPath(io.cwd, configPath), gates, io.cwd)
      : { config: defaultConfig() };
    const result = await runGate(gate, {
      config: loaded.config,
      cwd,
      logger,
      services: hostServices(io, opts.out),
      ...shardRun(opts.shard, io),
      overrides: {
        options,
        ...(checks ? { checks } : {}),
        ...((opts.failOn ?? failOn) ? { failOn: opts.failOn ?? failOn } : {}),
      },
    });
    setCode(await report([result], opts, io));
  });
}

const GLOB = /[*?[\]{}]/;
/** Values of path options that are keywords, not files. */
const PATH_KEYWORDS = new Set(['default-branch']);
/** Option placeholders that name an input file or folder (outputs such as `--out` are not checked). */
const INPUT_PLACEHOLDER = /<(file|model|manifest|pem|path|dir)>/;

/** `ml-gates.yml` or `../ml-gates.yml`: a path as shown to the user, relative to the current folder. */
function displayPath(from: string, path: string): string {
  const r = relative(from, path);
  return r === '' ? '.' : r;
}

/**
 * Paths given on the command line are relative to the current folder. Each one that names an input (the
 * command's positional paths, options such as `--predictions <file>`) must exist: a missing one is a usage
 * error before anything runs (globs are left to the gate, which reports "nothing scanned" as exit 3). When
 * the workspace root is not the current folder (`--cwd`, or `--config` in another folder), positional paths
 * are rewritten relative to the workspace and option paths made absolute, so they still mean what was typed.
 */
function commandLinePaths(
  spec: GateCommand,
  rawArgs: readonly string[],
  opts: Record<string, unknown>,
  current: string,
  workspace: string,
): { args: string[]; values: Record<string, unknown> } {
  const missing: string[] = [];
  const check = (value: string, what: string): void => {
    const problem = missingInput(value, what, current);
    if (problem) missing.push(problem);
  };
  const moved = workspace !== current;
  const args = [...rawArgs];
  if (spec.args) {
    args.forEach((a, i) => {
      check(a, 'path');
      if (moved && !GLOB.test(a)) args[i] = relative(workspace, resolve(current, a)).split(sep).join('/') || '.';
    });
  }
  const values: Record<string, unknown> = { ...opts };
  for (const o of spec.options) {
    const key = /--([a-z0-9-]+)/i.exec(o.flags)?.[1]?.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    if (!key || !INPUT_PLACEHOLDER.test(o.flags)) continue;
    const value = values[key];
    const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
    const input = !/^--out\b/.test(o.flags);
    const fixed = list.map((v) => {
      // A default was not typed: it keeps meaning "in the workspace", as the command documents it.
      if (typeof v !== 'string' || v === o.default) return v;
      if (input) check(v, `--${/--([a-z0-9-]+)/i.exec(o.flags)![1]}`);
      return moved && !PATH_KEYWORDS.has(v) && !GLOB.test(v) ? resolve(current, v) : v;
    });
    if (value !== undefined) values[key] = Array.isArray(value) ? fixed : fixed[0];
  }
  requireFound(missing);
  return { args, values };
}

/**
 * Why an input path typed on the command line cannot be used (it does not exist), or `undefined` when it
 * exists or is not a plain path (a glob, which the gate reports as "nothing scanned", a keyword or a URL).
 */
function missingInput(value: string, what: string, current: string): string | undefined {
  if (GLOB.test(value) || PATH_KEYWORDS.has(value) || /^[a-z][a-z0-9+.-]*:\/\//i.test(value)) return undefined;
  return existsSync(resolve(current, value)) ? undefined : `${what} "${value}" does not exist (looked in ${current})`;
}

/** A usage error (exit 2, before anything runs) listing the command-line paths that were not found. */
function requireFound(missing: readonly string[]): void {
  if (missing.length === 0) return;
  const what =
    missing.length === 1
      ? 'A path given on the command line was'
      : `${missing.length} paths given on the command line were`;
  throw new UserError('usage', `${what} not found; nothing was run.`, { details: [...missing] });
}

/**
 * The folder options of every command, before anything runs: `--cwd <dir>` must be a folder that exists, and
 * `--out <dir>` may not name an existing file (it is created when missing). Without this a typo in `--cwd`
 * ran every gate into "failed unexpectedly" (exit 3), and a file as `--out` ran them all before failing.
 */
function checkFolderOptions(command: Command, current: string): void {
  const problems: string[] = [];
  const opts = command.opts<{ cwd?: unknown; out?: unknown }>();
  const isDir = (path: string): boolean | undefined => {
    try {
      return statSync(path).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  };
  if (typeof opts.cwd === 'string') {
    const dir = isDir(resolve(current, opts.cwd));
    if (dir !== true)
      problems.push(
        `--cwd "${opts.cwd}" ${dir === undefined ? 'does not exist' : 'is a file, not a folder'} (looked in ${current})`,
      );
  }
  const out = command.options.find((o) => o.long === '--out');
  if (typeof opts.out === 'string' && out?.flags.includes('<dir>') && isDir(resolve(current, opts.out)) === false) {
    problems.push(`--out "${opts.out}" is a file; --out names the folder the reports are written to`);
  }
  if (problems.length > 0)
    throw new UserError('usage', 'A folder given on the command line cannot be used; nothing was run.', {
      details: problems,
    });
}

/**
 * The input paths of the commands registered by other packages (promotion's), by option key (`'args'`: the
 * positional paths). Outputs (`attest --out`) and names that are not local paths (`verify --workflow`,
 * which names the signing repository's workflow) are not listed.
 */
const HOSTED_INPUTS: Record<string, readonly string[]> = {
  policy: ['reports'],
  attest: ['reports', 'key'],
  verify: ['args', 'attestation', 'key', 'trustedRoot'],
  promote: ['args', 'attestation', 'key', 'trustedRoot'],
};

/**
 * Checks the input paths of a hosted command before its action runs, as for the gates' commands: a path
 * that does not exist is a usage error (exit 2, nothing run), the same in every command.
 */
function checkHostedInputs(command: Command, current: string): void {
  const keys = HOSTED_INPUTS[command.name()];
  if (!keys) return;
  const missing: string[] = [];
  const opts = command.opts<Record<string, unknown>>();
  for (const key of keys) {
    const value = key === 'args' ? command.args : opts[key];
    const list = Array.isArray(value) ? (value as unknown[]) : value === undefined ? [] : [value];
    const flag = key === 'args' ? 'path' : `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
    for (const v of list) {
      const problem = typeof v === 'string' ? missingInput(v, flag, current) : undefined;
      if (problem) missing.push(problem);
    }
  }
  requireFound(missing);
}

/** Checks the names given to `--gate` against the gates there are, with a "did you mean" hint. */
function selectGates(names: readonly string[], gates: readonly AnyGate[]): AnyGate[] {
  const known = gates.map((g) => g.name as string);
  const problems = names
    .filter((n) => !known.includes(n))
    .map((n) => {
      const hint = suggest(n, known);
      return `unknown gate ${n}${hint ? `; did you mean ${hint}?` : ''} (gates: ${known.join(', ')})`;
    });
  if (problems.length > 0) throw new UserError('usage', problems.join('\n'));
  return gates.filter((g) => names.includes(g.name));
}

/** Resolves `--config`: as given (relative to the current folder), else found by walking up to the repository root. */
function configFile(given: string | undefined, io: CliIo): string {
  if (given !== undefined) return resolve(io.cwd, given);
  const found = findConfig(io.cwd, DEFAULT_CONFIG_FILE);
  if (found) return found;
  const root = repositoryRoot(io.cwd);
  throw new UserError('config-missing', `${DEFAULT_CONFIG_FILE}: config file not found.`, {
    details: [
      `Looked in ${io.cwd}${root && root !== io.cwd ? ` and every folder up to the repository root ${root}` : ''}.`,
      'Create one with "npx ml-gates init", or point --config at yours.',
    ],
  });
}

/** `ml-gates run`: every gate the config enables (or `--gate`), optionally one shard of a matrix. */
function registerRun(program: Command, io: CliIo, setCode: (code: number) => void, gates: readonly AnyGate[]): void {
  addReportOptions(
    program
      .command('run')
      .description('run every gate ml-gates.yml enables (or those named by --gate) and report')
      .option(
        '--config <file>',
        `config file, relative to the current folder (default: the nearest ${DEFAULT_CONFIG_FILE} in the current folder or a parent, up to the repository root)`,
      )
      .addOption(
        new Option(
          `--gate <name>`,
          `run only this gate (repeatable): ${gates.map((g) => g.name).join(', ')}`,
        ).argParser(collect),
      )
      .addOption(shardOption()),
  ).action(async (opts: ReportOptions & { config?: string; gate?: string[]; shard?: ShardSpec }) => {
    // Everything is validated before any gate runs, so exit code 2 means "nothing was run": the formats,
    // the gate names, the config file (schema, waivers against each gate's rules) and each gate's settings.
    parseFormats(opts.format ?? []);
    const picked = opts.gate ? selectGates(opts.gate, gates) : undefined;
    const path = configFile(opts.config, io);
    const shown = displayPath(io.cwd, path);
    await loadConfigValidators();
    const loaded = await loadConfig(shown, gates, io.cwd);
    const selected = picked ?? enabledGates(gates, loaded.config);
    if (selected.length === 0) {
      throw new UserError('config-invalid', `${shown}: no gate is enabled.`, {
        details: ['Add a section under "gates:" (e.g. "model-scan: {}"), or name one with --gate.'],
      });
    }
    // The config's `report:` section applies when the command line says nothing (its out is relative to the config's folder).
    const fromConfig = loaded.config.report;
    if (!opts.format?.length && fromConfig?.formats?.length) opts.format = fromConfig.formats;
    if (opts.out === undefined && fromConfig?.out !== undefined) opts.out = resolve(dirname(path), fromConfig.out);
    const overrides = Object.fromEntries(selected.map((g) => [g.name, opts.failOn ? { failOn: opts.failOn } : {}]));
    validateGates(selected, loaded.config, overrides);
    const logger = cliLogger(io, opts.verbose);
    const cwd = resolve(io.cwd, opts.cwd ?? dirname(path));
    const results = await runGates(selected, loaded.config, {
      cwd,
      logger,
      services: hostServices(io, opts.out),
      ...shardRun(opts.shard, io),
      overrides,
    });
    // The policy section's CEL rules judge every gate that ran: one more result, named policy. A shard's
    // results are partial: "ml-gates merge" judges the policy on the merged ones.
    const policy = opts.shard ? undefined : await configPolicyResult(loaded.config, results, logger, cwd);
    setCode(await report(policy ? [...results, policy] : results, opts, io));
  });
}

/** `ml-gates validate`. */
function registerValidate(
  program: Command,
  io: CliIo,
  setCode: (code: number) => void,
  gates: readonly AnyGate[],
): void {
  program
    .command('validate')
    .description(
      "validate ml-gates.yml (schema, every gate's options, waivers against each gate's checks and rules) and print every problem with file:line:col",
    )
    .option(
      '--config <file>',
      `config file, relative to the current folder (default: the nearest ${DEFAULT_CONFIG_FILE} in the current folder or a parent, up to the repository root)`,
    )
    .action(async (opts: { config?: string }) => {
      const shown = displayPath(io.cwd, configFile(opts.config, io));
      await loadConfigValidators();
      const loaded = await loadConfig(shown, gates, io.cwd);
      const enabled = enabledGates(gates, loaded.config);
      validateGates(enabled, loaded.config);
      const names = enabled.map((g) => g.name);
      io.stdout(`${shown}: valid. Gates enabled: ${names.length > 0 ? names.join(', ') : 'none'}.\n`);
      setCode(EXIT.ok);
    });
}

/** `ml-gates init`. */
function registerInit(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('init')
    .description(
      'write a commented starter ml-gates.yml and a least-privilege workflow at the repository root (the git top level, even from a subfolder; the current folder outside a repository)',
    )
    .option('--force', 'overwrite existing files')
    .action(async (opts: { force?: boolean }) => {
      const root = repositoryRoot(io.cwd) ?? io.cwd;
      const targets: [string, string][] = [
        [DEFAULT_CONFIG_FILE, STARTER_CONFIG],
        // A release build carries release.json beside its bundle (import.meta.dirname: the bundle's folder).
        ['.github/workflows/ml-gates.yml', starterWorkflow(actionRepoFor(root), readReleasePin(import.meta.dirname))],
      ];
      // Every target is checked before anything is written: a refusal leaves no half-initialised repository.
      const existing = targets
        .map(([file]) => displayPath(io.cwd, resolve(root, file)))
        .filter((rel) => existsSync(resolve(io.cwd, rel)));
      if (existing.length > 0 && !opts.force) {
        throw new UserError(
          'usage',
          `${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''}; use --force to overwrite. Nothing was written.`,
        );
      }
      for (const [file, content] of targets) {
        const path = resolve(root, file);
        const rel = displayPath(io.cwd, path);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, content);
        io.stdout(`wrote ${rel}\n`);
      }
      setCode(EXIT.ok);
    });
}

/** `ml-gates schema`. */
function registerSchema(program: Command, io: CliIo, setCode: (code: number) => void, gates: readonly AnyGate[]): void {
  program
    .command('schema')
    .description('print the JSON Schema of ml-gates.yml')
    .action(() => {
      io.stdout(`${JSON.stringify(buildConfigSchema(gates), null, 2)}\n`);
      setCode(EXIT.ok);
    });
}

/** `ml-gates rules`. */
function registerRules(program: Command, io: CliIo, setCode: (code: number) => void, gates: readonly AnyGate[]): void {
  program
    .command('rules')
    .description('list the rule ids each gate can emit (what a waiver\'s "rule" may name)')
    .argument('[gate]', 'only this gate')
    .action((name: string | undefined) => {
      const chosen = name === undefined ? gates : selectGates([name], gates);
      const lines: string[] = [];
      for (const g of chosen) {
        lines.push(`${g.name}${g.rules ? '' : ' (no rule catalogue: waiver rules are not checked)'}`);
        for (const r of g.rules ?? [])
          lines.push(
            `  ${r.id.padEnd(40)} ${(r.severity ?? '').padEnd(8)} ${r.check ? `[${r.check}] ` : ''}${r.title}`,
          );
      }
      io.stdout(`${lines.join('\n')}\n`);
      setCode(EXIT.ok);
    });
}

/**
 * The config for `plan` and `merge`: `--config`, else the nearest config file, else the defaults (neither
 * command needs one). Returns it with the workspace root (`--cwd`, else the config's folder, else the current folder).
 */
async function optionalConfig(
  opts: { config?: string; cwd?: string },
  io: CliIo,
  gates: readonly AnyGate[],
): Promise<{ loaded: LoadedConfig; cwd: string; path?: string }> {
  const path = opts.config !== undefined ? resolve(io.cwd, opts.config) : findConfig(io.cwd, DEFAULT_CONFIG_FILE);
  const loaded: LoadedConfig = path
    ? await loadConfig(displayPath(io.cwd, path), gates, io.cwd)
    : { config: defaultConfig() };
  return { loaded, cwd: resolve(io.cwd, opts.cwd ?? (path ? dirname(path) : '.')), ...(path ? { path } : {}) };
}

const sizeText = (n: number): string =>
  n >= 2 ** 30 ? `${(n / 2 ** 30).toFixed(2)} GiB` : n >= 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${n} B`;

/** What each shard of a plan gets, one line per shard (and its files with `files`). */
function planTable(plan: ShardPlan, files: boolean): string {
  const lines = [`${plan.count} shard(s), ${sizeText(plan.totalBytes)} in total, plan ${plan.plan.slice(0, 12)}`];
  for (const s of plan.shards) {
    lines.push(`  shard ${s.shard.padEnd(9)} ${String(s.items).padStart(6)} file(s) ${sizeText(s.bytes).padStart(12)}`);
    if (files) for (const k of s.keys) lines.push(`      ${k}`);
  }
  return `${lines.join('\n')}\n`;
}

interface PlanOptions {
  shards?: string;
  maxShardBytes?: string;
  format: string;
  config?: string;
  cwd?: string;
  verbose?: boolean;
}

/**
 * `ml-gates plan`: splits the files the gates would walk into shards balanced by bytes and prints the job
 * matrix (`{"shard":["1/4",...]}`), or what each shard gets.
 */
function registerPlan(program: Command, io: CliIo, setCode: (code: number) => void, gates: readonly AnyGate[]): void {
  program
    .command('plan')
    .description(
      'split the files under the paths (default: the workspace) into shards balanced by bytes and print the job matrix for "--shard i/N" runs',
    )
    .argument('[paths...]', 'files, folders or globs, relative to the current folder (default: the workspace root)')
    .option('--shards <n>', 'number of shards')
    .option('--max-shard-bytes <size>', 'choose the number of shards so each holds about this much (e.g. 2GiB)')
    .addOption(
      new Option('--format <format>', 'matrix: strategy.matrix JSON; table: what each shard gets; json: the full plan')
        .choices(['matrix', 'table', 'json'])
        .default('matrix'),
    )
    .option('--config <file>', 'apply the include/exclude of this ml-gates.yml (default: the nearest one, if any)')
    .option('--cwd <dir>', "workspace root (default: the config file's folder, else the current folder)")
    .option('-v, --verbose', 'also print what each shard gets, on stderr')
    .action(async (paths: string[], opts: PlanOptions) => {
      if (opts.shards !== undefined && opts.maxShardBytes !== undefined) {
        throw new UserError('usage', 'Give --shards or --max-shard-bytes, not both.');
      }
      if (opts.shards !== undefined && !/^\s*\d+\s*$/.test(opts.shards)) {
        throw new UserError('usage', `--shards "${opts.shards}": give a whole number of shards from 1 to 10000.`);
      }
      requireFound(paths.map((p) => missingInput(p, 'path', io.cwd)).filter((m): m is string => m !== undefined));
      const shards = opts.shards === undefined ? undefined : Number(opts.shards);
      const maxShardBytes = opts.maxShardBytes === undefined ? undefined : parseSize(opts.maxShardBytes);
      const { loaded, cwd, path } = await optionalConfig(opts, io, gates);
      const patterns = paths.length === 0 ? ['.'] : paths.map((p) => relative(cwd, resolve(io.cwd, p)) || '.');
      // The files "ml-gates run" walks: the config's scope, without the report folder its report section names.
      const out = loaded.config.report?.out;
      const reportDir = out !== undefined && path ? resolve(dirname(path), out) : undefined;
      const scope = walkScope({ scope: scopeFromConfig(loaded.config), ...(reportDir ? { reportDir } : {}) });
      const walk = await collectFiles(cwd, patterns, scope);
      for (const p of walk.problems) io.stderr(`warning: ${p.relPath}: ${p.detail} (the gates will report it)\n`);
      const items = fileWorkItems(walk.files);
      const count = shardCount(items, {
        ...(shards === undefined ? {} : { shards }),
        ...(maxShardBytes === undefined ? {} : { maxShardBytes }),
      });
      const plan = planShards(items, count);
      // Not an error (shards of an empty part report nothing and merge), but runners spent on nothing.
      if (items.length === 0) io.stderr(`warning: no file under ${patterns.join(', ')}: every shard will be empty\n`);
      else if (count > items.length)
        io.stderr(
          `warning: ${count} shards for ${items.length} file(s): ${count - items.length} shard(s) will be empty (a file is never split); --shards ${items.length} is enough\n`,
        );
      if (opts.format === 'table') io.stdout(planTable(plan, true));
      else if (opts.format === 'json') io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
      else io.stdout(`${matrixJson(count)}\n`);
      if (opts.verbose && opts.format !== 'table') io.stderr(planTable(plan, false));
      setCode(EXIT.ok);
    });
}

/**
 * `ml-gates merge`: joins the partial reports of a sharded run into one report per gate, judges the config's
 * policy rules on them, writes the usual formats and exits like `run`.
 */
function registerMerge(program: Command, io: CliIo, setCode: (code: number) => void, gates: readonly AnyGate[]): void {
  addReportOptions(
    program
      .command('merge')
      .description(
        'merge the partial JSON reports of "--shard i/N" runs (files, or folders searched recursively) into one report; refuses reports from different commits, configs or plans',
      )
      .argument('<report...>', 'JSON reports (<gate>.json or ml-gates.json) or folders holding them')
      .option(
        '--config <file>',
        `judge this config's policy rules on the merged results (default: the nearest ${DEFAULT_CONFIG_FILE}, if any)`,
      ),
    'merge',
  ).action(async (reports: string[], opts: ReportOptions & { config?: string }) => {
    parseFormats(opts.format ?? []);
    const { loaded, cwd, path } = await optionalConfig(opts, io, gates);
    // As for run: the config's `report:` section applies when the command line says nothing.
    const fromConfig = loaded.config.report;
    if (!opts.format?.length && fromConfig?.formats?.length) opts.format = fromConfig.formats;
    if (opts.out === undefined && fromConfig?.out !== undefined && path)
      opts.out = resolve(dirname(path), fromConfig.out);
    const partials = await readPartialReports(reports, io.cwd);
    // The policy result of a shard is partial: it is judged again on the merged results.
    const logger = cliLogger(io, opts.verbose);
    const merged = await mergeResults(
      partials.filter((p) => !(JUDGED_RESULTS as readonly string[]).includes(p.result.gate)),
      { gates, config: loaded.config, cwd, logger },
    );
    const policy = await configPolicyResult(loaded.config, merged, logger, cwd);
    setCode(await report(policy ? [...merged, policy] : merged, opts, io));
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

  registerRun(program, io, setCode, gates);
  registerValidate(program, io, setCode, gates);
  registerInit(program, io, setCode);
  registerSchema(program, io, setCode, gates);
  registerRules(program, io, setCode, gates);
  registerPlan(program, io, setCode, gates);
  registerMerge(program, io, setCode, gates);
  for (const gate of gates) {
    for (const spec of gate.commands ?? []) gateCommand(program, gate, spec, io, setCode, gates);
  }
  registerPromotionCommands(program, {
    ...io,
    logger: (verbose) => cliLogger(io, verbose),
    configFile: (given) => {
      const path = configFile(given, io);
      return { path, shown: displayPath(io.cwd, path) };
    },
    gates,
    setCode,
    ...oidcService(io.env),
    ...githubAttestations(io.env),
  });
  program.hook('preAction', (_program, command) => {
    checkFolderOptions(command, io.cwd);
    checkHostedInputs(command, io.cwd);
  });
  program.addHelpText(
    'after',
    `
Paths: a path given on the command line is relative to the current folder. A path written in the config
file is relative to the workspace root, which is the config file's folder unless --cwd names another.
The config file is --config (relative to the current folder), else the nearest ${DEFAULT_CONFIG_FILE} found
walking up from the current folder to the repository root.

Exit codes: 0 every gate passed or only warned · 1 a gate failed · 2 usage or config error (nothing was run)
· 3 a gate could not run (unreadable input, nothing scanned…).`,
  );
  return program;
}

/**
 * The first word that names no command, as an error message with a "did you mean" hint, checked before
 * Commander parses (which would print the main help for `ml-gates nosuch --help` and exit 0).
 */
function unknownCommand(
  program: Command,
  argv: readonly string[],
  from: Command = program,
  at = 'ml-gates',
): string | undefined {
  let cmd = from;
  let path = at;
  for (const [i, word] of argv.entries()) {
    if (word === '--') return undefined;
    if (word.startsWith('-')) {
      if (cmd === program) continue;
      return undefined;
    }
    if (cmd.commands.length === 0) return undefined;
    const names = cmd.commands.flatMap((c) => [c.name(), ...c.aliases()]);
    // Commander gives every command with subcommands a `help` subcommand.
    names.push('help');
    if (!names.includes(word)) {
      const hint = suggest(word, names);
      return `unknown command '${word}'${path === 'ml-gates' ? '' : ` for '${path}'`}${hint ? `; did you mean '${hint}'?` : ''} (commands: ${names.filter((n) => n !== 'help').join(', ')})`;
    }
    // `ml-gates help <command>`, `ml-gates data help <command>`: the words after help name a command of the
    // same level, checked the same way.
    if (word === 'help') return unknownCommand(program, argv.slice(i + 1), cmd, path);
    cmd = cmd.commands.find((c) => c.name() === word || c.aliases().includes(word))!;
    path += ` ${word}`;
  }
  return undefined;
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
    const unknown = unknownCommand(program, argv);
    if (unknown) {
      io.stderr(`error: ${unknown}\n(run "ml-gates --help" for usage)\n`);
      return EXIT.usage;
    }
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
