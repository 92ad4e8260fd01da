/**
 * Keras model configs (`config.json` of `.keras`, the `model_config` attribute of `.h5`, any JSON config):
 * Lambda layers anywhere, including nested models, and layers or functions from modules outside Keras.
 */
import type { Severity } from '@ml-gates/core';

export interface KerasIssue {
  rule: string;
  severity: Severity;
  message: string;
}

const KERAS_MODULES =
  /^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras|keras_nlp|keras_hub|keras_cv)(\.|$)/;

/** Python builtins that evaluate, import, open or reach attributes: never a legitimate activation or loss. */
const CODE_BUILTINS = new Set([
  'eval',
  'exec',
  'compile',
  '__import__',
  'open',
  'getattr',
  'setattr',
  'delattr',
  'globals',
  'locals',
  'vars',
  'breakpoint',
  'input',
  'help',
  'exit',
  'quit',
]);

/** True when the JSON looks like a Keras model/layer config. */
export function isKerasConfig(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  return typeof o.class_name === 'string' && ('config' in o || 'module' in o);
}

export function checkKerasConfig(root: unknown): KerasIssue[] {
  const issues: KerasIssue[] = [];
  const add = (rule: string, severity: Severity, message: string): void => {
    if (issues.length < 100 && !issues.some((i) => i.message === message)) issues.push({ rule, severity, message });
  };
  const stack: [unknown, string, number][] = [[root, '$', 0]];
  let visited = 0;
  while (stack.length > 0) {
    const [v, path, depth] = stack.pop()!;
    if (++visited > 1_000_000 || depth > 200) {
      add('formats.keras-unscannable', 'high', 'the config nests too deeply or is too large to check');
      break;
    }
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      v.forEach((x, i) => stack.push([x, `${path}[${i}]`, depth + 1]));
      continue;
    }
    const o = v as Record<string, unknown>;
    const cls = typeof o.class_name === 'string' ? o.class_name : undefined;
    const cfg = (o.config ?? {}) as Record<string, unknown>;
    const name = typeof cfg?.name === 'string' ? ` "${cfg.name.slice(0, 80)}"` : '';
    if (cls === 'Lambda' || cls === '__lambda__') {
      const fn = cls === '__lambda__' ? o.config : cfg.function;
      const carries =
        typeof fn === 'object' && fn !== null ? JSON.stringify(fn).length : typeof fn === 'string' ? fn.length : 0;
      add(
        'formats.keras-lambda',
        'critical',
        `Lambda layer${name} at ${path} carries ${carries > 0 ? `${carries} characters of marshalled Python code` : 'Python code'} that runs when the model loads or runs`,
      );
    } else if (cls === 'TFOpLambda' || cls === 'SlicingOpLambda') {
      add(
        'formats.keras-lambda',
        'low',
        `${cls} layer${name} at ${path} calls the TensorFlow function ${JSON.stringify(cfg.function ?? '?')}`,
      );
    }
    if (typeof o.module === 'string' && cls !== undefined && !KERAS_MODULES.test(o.module) && o.module !== 'builtins') {
      add(
        'formats.keras-module',
        'high',
        `${cls}${name} at ${path} is imported from the module "${o.module.slice(0, 100)}", outside Keras: loading it imports and runs that module`,
      );
    } else if (
      o.module === 'builtins' &&
      cls !== undefined &&
      cls !== 'function' &&
      !['dict', 'list', 'tuple'].includes(cls)
    ) {
      add('formats.keras-module', 'high', `${cls}${name} at ${path} is a Python builtin object`);
    } else if (
      o.module === 'builtins' &&
      cls === 'function' &&
      typeof o.config === 'string' &&
      CODE_BUILTINS.has(o.config)
    ) {
      // Keras 3 resolves {"module": "builtins", "class_name": "function", "config": name} to builtins.<name>
      add(
        'formats.keras-module',
        'high',
        `function${name} at ${path} is the Python builtin "${o.config}", which runs or reaches code`,
      );
    }
    if (typeof o.registered_name === 'string' && o.registered_name.includes('>')) {
      add(
        'formats.keras-custom-object',
        'medium',
        `${cls ?? 'object'}${name} at ${path} is the custom object "${o.registered_name.slice(0, 100)}": its code is not in the file and must be trusted separately`,
      );
    }
    for (const [k, x] of Object.entries(o)) stack.push([x, `${path}.${k}`, depth + 1]);
  }
  return issues;
}
