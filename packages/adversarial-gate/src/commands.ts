/** The adversarial gate's CLI command: `ml-gates attack`. */
import { UserError, type GateCommand, type InputReader } from '@ml-gates/core';
import { ATTACK_NAMES } from './attacks/registry.js';
import { inputsToOptions, type AdversarialOptions, PROBE_FAMILIES } from './options.js';
import { isLlmRun } from './target.js';

export const NEEDS_DATA =
  'Classifier targets need evaluation data: set data (JSONL or CSV with inputs and labels); for a chat model behind kserve, rest or command, set task: llm (--task llm).';

export function attackCommand(): GateCommand {
  return {
    name: ['attack'],
    description: 'Attack a model (ONNX file, HTTP endpoint or command) and gate on robustness',
    options: [
      { flags: '--onnx <model>', description: 'ONNX classifier to attack in-process' },
      { flags: '--endpoint <url>', description: 'HTTP endpoint to attack' },
      { flags: '--kind <kind>', description: 'endpoint protocol', choices: ['openai', 'kserve', 'rest'] },
      {
        flags: '--command <cmd>',
        description:
          'command reading JSON Lines on stdin (split into argv without a shell; quote arguments with spaces)',
      },
      {
        flags: '--task <task>',
        description: 'llm: run the LLM probes (any target kind); classifier: needs --data',
        choices: ['auto', 'classifier', 'llm'],
      },
      { flags: '--data <file>', description: 'evaluation data (JSONL or CSV)' },
      { flags: '--input-field <name>', description: 'JSONL field holding the input' },
      { flags: '--label-field <name>', description: 'JSONL field / CSV column holding the label' },
      { flags: '--epsilon <e>', description: 'perturbation budget' },
      { flags: '--norm <norm>', description: 'threat model norm', choices: ['linf', 'l2'] },
      { flags: '--range <min,max>', description: 'valid input range' },
      { flags: '--shape <dims>', description: 'input shape, e.g. 28,28 or 3,32,32' },
      {
        flags: '--budget <n>',
        description: 'query budget per sample and attack; LLM: requests per probe',
      },
      { flags: '--samples <n>', description: 'evaluation rows used; LLM: probes sent at most' },
      { flags: '--seed <s>', description: 'seed' },
      { flags: '--attacks <list>', description: `comma-separated: ${ATTACK_NAMES.join(',')}` },
      { flags: '--batch-size <n>', description: 'largest batch per call' },
      { flags: '--concurrency <n>', description: 'requests in flight' },
      { flags: '--timeout-ms <ms>', description: 'timeout per call' },
      { flags: '--retries <n>', description: 'retries on HTTP 429/503' },
      { flags: '--input-name <name>', description: 'ONNX/KServe input tensor name' },
      { flags: '--output-name <name>', description: 'ONNX output name' },
      { flags: '--min-accuracy-kept <x>', description: 'bar for robust ÷ clean accuracy' },
      { flags: '--min-robust-accuracy <x>', description: 'optional bar for robust accuracy' },
      { flags: '--min-defense-rate <x>', description: 'bar for the LLM defence rate' },
      {
        flags: '--max-error-rate <x>',
        description: 'LLM: share of probes without an answer that makes the check an error',
      },
      { flags: '--gate-mode <mode>', description: 'point or strict', choices: ['point', 'strict'] },
      { flags: '--strict', description: 'the Wilson lower bound must clear the bar (same as --gate-mode strict)' },
      { flags: '--min-samples <n>', description: 'trials needed to settle a straddling interval' },
      {
        flags: '--corruption-sigmas <list>',
        description: 'Gaussian noise levels, comma-separated',
      },
      {
        flags: '--probe-families <list>',
        description: `LLM probe families, comma-separated: ${PROBE_FAMILIES.join(', ')}`,
      },
      { flags: '--examples <n>', description: 'failing examples shown in the report' },
      {
        flags: '--system-prompt <text>',
        description: 'LLM: system prompt to send; {{canary}} becomes a canary secret',
      },
      { flags: '--canary <secret>', description: 'LLM: a canary already planted in the deployed system prompt' },
      { flags: '--model <name>', description: 'LLM: model name' },
      {
        flags: '--header <line>',
        description: 'HTTP header "Name: value" (${VAR} from env); repeatable',
        repeatable: true,
      },
      {
        flags: '--request-template <json>',
        description: 'REST/KServe: body with "{{input}}", "{{inputs}}" or (LLM) "{{messages}}"',
      },
      { flags: '--output-path <jsonpath>', description: 'REST/KServe: JSONPath to the prediction(s) or answer text' },
      { flags: '--safety-prompts <file>', description: 'safety benchmark: JSONL of {"prompt", "category"}' },
      { flags: '--safety-judge <url>', description: 'safety benchmark: OpenAI-compatible judge URL (fixed rubric)' },
      { flags: '--safety-judge-model <name>', description: 'safety benchmark: judge model name' },
      {
        flags: '--safety-classifier <model>',
        description:
          'safety benchmark: a local ONNX text classifier as the judge (tokenizer.json, config.json beside it)',
      },
      {
        flags: '--safety-judge-header <line>',
        description: 'safety benchmark: judge HTTP header "Name: value" (${VAR} from env); repeatable',
        repeatable: true,
      },
      {
        flags: '--max-unsafe-rate <x>',
        description: 'safety benchmark: highest unsafe rate per category',
      },
    ],
    toOptions(_args, opts) {
      const reader: InputReader = (name) => {
        const key = name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
        const v = opts[key];
        return typeof v === 'string' ? v : '';
      };
      const options = inputsToOptions(reader) as Record<string, unknown>;
      if (opts.strict) options['gate-mode'] = 'strict';
      const headers = opts.header as string[] | undefined;
      if (headers?.length)
        options.headers = inputsToOptions((n) => (n === 'headers' ? headers.join('\n') : '')).headers;
      const judgeHeaders = opts.safetyJudgeHeader as string[] | undefined;
      if (judgeHeaders?.length)
        options['safety-judge-headers'] = inputsToOptions((n) =>
          n === 'headers' ? judgeHeaders.join('\n') : '',
        ).headers;
      if (!options.onnx && !options.endpoint && !options.command)
        throw new UserError('usage', 'Give one target: --onnx MODEL, --endpoint URL --kind KIND, or --command "CMD".');
      if (!options.onnx && !options.data && !isLlmRun(options as Partial<AdversarialOptions>))
        throw new UserError('usage', NEEDS_DATA);
      return { options };
    },
  };
}
