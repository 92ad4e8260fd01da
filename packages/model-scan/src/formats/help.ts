/** Help texts of model-scan findings, shared by the scanner and the format handlers. */

export const clip = (s: string): string => (s.length > 120 ? `${s.slice(0, 120)}…` : s);

export const UNSCANNABLE_HELP =
  'The scanner could not check all of this file, so it cannot vouch for it. A loader may still run what the scanner could not parse (a pickle runs every opcode before the error). Re-export the model with its framework, or waive the finding if you trust its source.';
export const LIMIT_HELP =
  'A size, depth or time limit was reached. Raise `limits` in the model-scan section of ml-gates.yml if the file is legitimate and large, or find out why it is so large or deep.';
export const UNPARSEABLE_HELP =
  'The loaders read this stream as a pickle (by its header, its name or its place in the container) but it does not parse as one, so the scanner cannot vouch for it: pickle.load runs every opcode before the point where it fails. Re-export the model, or waive the finding if you trust its source.';
export const FORMAT_HELP =
  'The bytes claim a model format (by signature or by name) but do not parse completely as it, so nothing about them could be verified. A corrupt or truncated file, or one crafted to look like one format to the scanner and another to a loader. Re-export the model.';
export const POLYGLOT_HELP =
  'A file that is valid as two formats is a classic way to show a scanner one thing and a loader another. Re-export the model.';
export const DUPLICATE_HELP =
  "Zip readers disagree on which duplicate entry wins: PyTorch (miniz) and Python's zipfile can load different data. Every entry was scanned; re-export the archive.";
export const INCONSISTENT_HELP =
  "The archive is inconsistent in a way PyTorch's reader tolerates but other tools reject; such differences have been used to hide payloads from scanners. Re-export the archive.";
export const TEMPLATE_HELP =
  'Chat templates run inside the inference server (llama.cpp, vLLM, transformers) with Jinja. Reaching Python internals from a template is a sandbox escape (server-side template injection). Ordinary chat templates only use messages, roles, loops and filters like tojson.';
export const KERAS_HELP =
  'Lambda layers and objects from arbitrary modules run Python code when the Keras model is loaded (safe_mode only blocks some of it). Replace Lambda layers with registered custom layers whose code you review, or waive with a reason.';
export const TF_HELP =
  'These TensorFlow ops read or write files or run Python functions when the graph runs. A model graph should not need them.';
export const ONNX_HELP =
  'ONNX external data is read from the path the model names: absolute paths and ".." let a model read any file on the serving host. Custom operator domains need a native library that is loaded into the process.';
export const PICKLE_HELP: Record<string, string> = {
  'pickle.dangerous-global':
    'Unpickling imports this callable and can call it: arbitrary code execution while loading the model. Never load this file; re-export the model as safetensors, or with torch.save of a state_dict and torch.load(weights_only=True).',
  'pickle.unknown-global':
    'The callable is not on the allowlist of callables known to be safe for model files. If it is your own class and you trust it, add it to `allowlist` in the model-scan section of ml-gates.yml with a justification.',
  'pickle.dunder-attribute':
    'Reaching dunder attributes (`__globals__`, `__builtins__`...) while unpickling is a sandbox escape.',
  'pickle.dynamic-global':
    'The name imported is computed while loading, a known way to hide the callable from scanners.',
  'pickle.indirect-call':
    'Calling the result of another call reaches callables the import check cannot see (for example getattr results).',
  'pickle.build-on-global': 'BUILD on an imported class or module sets attributes on it for the whole process.',
  'pickle.extension-code': 'Extension codes name callables through the copyreg registry of the loading process.',
  'pickle.nested-unscanned':
    'A loader called while unpickling receives bytes too large for the scanner to keep, so what they hold was not checked. Treat the file as unsafe, or raise the limit only if you trust its producer.',
};
