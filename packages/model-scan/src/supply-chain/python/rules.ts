import { SECRET_RULES, secretRuleId, type Severity } from '@ml-gates/core';

/** A rule of the unsafe-loading check: what it finds, why it matters and what to use instead. */
export interface PythonRule {
  /** The `ruleId` its findings carry (`secretInOutput` is the exception: see there). */
  id: string;
  title: string;
  severity: Severity;
  /** Why it is dangerous and the safe alternative (SARIF help text). */
  help: string;
}

export const PYTHON_RULES = {
  pickle: {
    id: 'python.pickle-load',
    title: 'Pickle-based deserialisation',
    severity: 'high',
    help:
      'pickle (and cPickle, dill, cloudpickle, joblib, shelve, pandas.read_pickle) runs arbitrary code while ' +
      'loading: a crafted file executes commands on the machine that opens it. Load weights from a format that ' +
      'holds only data (safetensors, ONNX, numpy .npy with allow_pickle=False, JSON), or verify the file against a ' +
      'signed manifest before loading it and scan it with `ml-gates scan`.',
  },
  torchLoad: {
    id: 'python.torch-load',
    title: 'torch.load without weights_only=True',
    severity: 'high',
    help:
      'torch.load unpickles the checkpoint. With weights_only=False (the default before PyTorch 2.6, and what ' +
      'TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD=1 restores) a crafted checkpoint runs arbitrary code. Pass ' +
      'weights_only=True explicitly (it restricts unpickling to tensors and primitive types), or store weights ' +
      'as safetensors and load them with safetensors.torch.load_file.',
  },
  numpyPickle: {
    id: 'python.numpy-allow-pickle',
    title: 'numpy.load with allow_pickle=True',
    severity: 'high',
    help:
      'numpy.load(..., allow_pickle=True) unpickles object arrays, so a crafted .npy/.npz runs arbitrary code. ' +
      'Keep the default allow_pickle=False and store plain numeric arrays.',
  },
  yaml: {
    id: 'python.yaml-unsafe-load',
    title: 'yaml.load without a safe loader',
    severity: 'high',
    help:
      'yaml.load with Loader=yaml.Loader/UnsafeLoader (and yaml.unsafe_load) builds arbitrary Python objects ' +
      'from tags like !!python/object/apply and runs code; FullLoader had several bypasses, and old PyYAML ' +
      'used an unsafe default when no Loader was given. Use yaml.safe_load(...) or ' +
      'yaml.load(..., Loader=yaml.SafeLoader).',
  },
  keras: {
    id: 'python.keras-unsafe-mode',
    title: 'Keras load_model with safe_mode=False',
    severity: 'high',
    help:
      'Keras refuses to deserialise Lambda layers (arbitrary Python bytecode) unless safe_mode=False or ' +
      'keras.config.enable_unsafe_deserialization() is used; both let a crafted .keras file run code. Keep ' +
      'safe_mode=True (the default) and replace Lambda layers with registered custom layers.',
  },
  remoteCode: {
    id: 'python.trust-remote-code',
    title: 'trust_remote_code=True',
    severity: 'high',
    help:
      'trust_remote_code=True makes Hugging Face loaders (from_pretrained, pipeline, load_dataset...) download ' +
      'and run Python files from the model repository. Use an architecture built into transformers, or pin ' +
      'the repository to a reviewed commit (revision="<sha>") and vendor the code you reviewed. torch.hub.load ' +
      'likewise runs hubconf.py from a GitHub repository: vendor it and load with source="local".',
  },
  evalLoaded: {
    id: 'python.eval-loaded-data',
    title: 'eval/exec on loaded data',
    severity: 'high',
    help:
      'eval/exec run any Python code in their argument; when the argument comes from a file, the network, a ' +
      'model config or user input, whoever controls that data controls the process. Parse data with ' +
      'json.loads or ast.literal_eval, and map names to functions with an explicit dict.',
  },
  suppressionInvalid: {
    id: 'python.suppression-invalid',
    title: 'Suppression comment without a reason',
    severity: 'low',
    help:
      'Write `# ml-gates: ignore[rule-id] why this is safe` on the line of the finding (or on the line above it). ' +
      'A suppression without a reason is ignored, so the finding stays.',
  },
  /**
   * Secrets in notebook outputs. Not a rule id of its own: each finding carries the id of the secret's rule in
   * the core catalogue (`secrets.github-token`, the same id as in the artifact and dataset secret checks), so
   * `id` only names the family; this entry supplies the notebook-specific severity and help.
   */
  secretInOutput: {
    id: 'secrets.*',
    title: 'Secret in a notebook output',
    severity: 'high',
    help:
      'A notebook output contains what looks like a credential. Outputs are committed with the notebook, so the ' +
      'secret is now in the repository history: revoke it, clear the outputs (jupyter nbconvert ' +
      '--clear-output, or nbstripout as a pre-commit hook) and read secrets from the environment without printing them.',
  },
  unparsable: {
    id: 'python.unparsable',
    title: 'Code that could not be scanned',
    severity: 'medium',
    help:
      'The file could not be parsed in time or is not valid JSON (notebooks); loading code in it was not checked. ' +
      'Fix the file, or exclude it from `paths` if it is not code.',
  },
} satisfies Record<string, PythonRule>;

export type PythonRuleKey = keyof typeof PYTHON_RULES;

/**
 * Every rule id a finding of the unsafe-loading check can carry, for docs and `rulesets`: the `python.*` rules
 * and, for notebook outputs, the secret catalogue's `secrets.<id>`.
 */
export const PYTHON_RULE_IDS: string[] = [
  ...Object.values(PYTHON_RULES)
    .filter((r) => r !== PYTHON_RULES.secretInOutput)
    .map((r) => r.id),
  ...SECRET_RULES.map((r) => secretRuleId(r)),
];
