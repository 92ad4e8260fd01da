import type { Severity } from '@ml-gates/core';
import type { Node, Tree } from 'web-tree-sitter';
import { PYTHON_RULES, type PythonRuleKey } from './rules.js';

/** A hit of a rule in Python source, before suppressions and line mapping. 1-based line and column. */
export interface CodeHit {
  rule: PythonRuleKey;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
}

/** What the analyser knows about names in one module (one file, or all code cells of a notebook). */
interface Scope {
  /** Local name → fully qualified name (`pk` → `pickle`, `load` → `torch.load`, `ld` → `pickle.loads`). */
  aliases: Map<string, string>;
  /** Modules imported with `from M import *`. */
  stars: string[];
  /** Names defined locally (functions, classes, parameters) that shadow builtins such as `eval`. */
  shadowed: Set<string>;
  /** Names bound to a constant string. */
  strings: Map<string, string>;
  /** Names bound to data read from outside (files, network, environment, user input). */
  tainted: Set<string>;
}

const MAX_DEPTH = 40;
const BUILTINS = new Set(['eval', 'exec', '__import__', 'getattr', 'open', 'input', 'compile', 'globals', 'vars']);

const PICKLE_MODULES = ['pickle', 'cPickle', '_pickle', 'pickle5', 'dill', 'dill._dill', 'cloudpickle'];
const PICKLE_CALLS = new Set([
  ...PICKLE_MODULES.flatMap((m) =>
    ['load', 'loads', 'Unpickler', '_load', '_loads', '_Unpickler'].map((f) => `${m}.${f}`),
  ),
  'joblib.load',
  'joblib.numpy_pickle.load',
  'sklearn.externals.joblib.load',
  'shelve.open',
  'shelve.DbfilenameShelf',
  'pandas.read_pickle',
  'pandas.io.pickle.read_pickle',
]);
const TORCH_LOAD = new Set(['torch.load', 'torch.serialization.load']);
const NUMPY_LOAD = new Set(['numpy.load', 'numpy.lib.npyio.load']);
const YAML_LOAD = new Set(['yaml.load', 'yaml.load_all']);
const YAML_UNSAFE = new Set(['yaml.unsafe_load', 'yaml.unsafe_load_all']);
const YAML_FULL = new Set(['yaml.full_load', 'yaml.full_load_all']);
const YAML_SAFE_LOADERS = /(^|\.)(C?SafeLoader|C?BaseLoader)$/;
const YAML_UNSAFE_LOADERS = /^yaml\.(.*\.)?(C?Loader|C?UnsafeLoader)$/;
const KERAS_ROOTS = new Set(['keras', 'tensorflow', 'tf_keras']);
const TAINT_CALLS = new Set([
  'open',
  'io.open',
  'codecs.open',
  'input',
  'json.load',
  'json.loads',
  'urllib.request.urlopen',
  'os.getenv',
  'os.environ.get',
  'base64.b64decode',
  'zlib.decompress',
  'subprocess.check_output',
  'pathlib.Path.read_text',
]);
const TAINT_ROOTS = new Set(['requests', 'httpx', 'urllib3', 'aiohttp', 'socket', 'pickle', 'yaml']);
const TAINT_VALUES = new Set(['sys.argv', 'sys.stdin', 'os.environ']);
const READ_METHODS = new Set([
  'read',
  'readline',
  'readlines',
  'read_text',
  'read_bytes',
  'recv',
  'recvfrom',
  'getvalue',
  'json',
  'urlopen',
]);

function newScope(): Scope {
  return { aliases: new Map(), stars: [], shadowed: new Set(), strings: new Map(), tainted: new Set() };
}

function field(node: Node, name: string): Node | undefined {
  return node.childForFieldName(name) ?? undefined;
}

/** Value of a constant string expression: literals, implicit and `+` concatenation, names bound to constants. */
export function constString(node: Node | undefined, scope: Scope, depth = 0): string | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'string': {
      let out = '';
      const prefix = (node.firstChild?.text ?? '').toLowerCase();
      for (const part of node.namedChildren) {
        if (part.type === 'interpolation') return undefined;
        if (part.type === 'string_content') out += part.text;
        else if (part.type === 'escape_sequence') out += prefix.includes('r') ? part.text : unescape(part.text);
      }
      return out;
    }
    case 'concatenated_string': {
      let out = '';
      for (const part of node.namedChildren) {
        const v = constString(part, scope, depth + 1);
        if (v === undefined) return undefined;
        out += v;
      }
      return out;
    }
    case 'binary_operator': {
      if (field(node, 'operator')?.text !== '+') return undefined;
      const l = constString(field(node, 'left'), scope, depth + 1);
      const r = constString(field(node, 'right'), scope, depth + 1);
      return l === undefined || r === undefined ? undefined : l + r;
    }
    case 'parenthesized_expression':
      return constString(node.namedChildren[0] ?? undefined, scope, depth + 1);
    case 'identifier':
      return scope.strings.get(node.text);
    default:
      return undefined;
  }
}

function unescape(seq: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
  const c = seq.slice(1);
  if (c in simple) return simple[c]!;
  if (/^x[0-9a-fA-F]{2}$/.test(c) || /^u[0-9a-fA-F]{4}$/.test(c) || /^U[0-9a-fA-F]{8}$/.test(c)) {
    return String.fromCodePoint(parseInt(c.slice(1), 16));
  }
  if (c.startsWith('\n')) return '';
  return seq;
}

interface Args {
  positional: Node[];
  keywords: Map<string, Node>;
  /** A `**kwargs` whose content is unknown: any keyword may be set. */
  unknownKeywords: boolean;
  /** A `*args` whose content is unknown. */
  unknownPositional: boolean;
}

function callArgs(call: Node, scope: Scope): Args {
  const out: Args = { positional: [], keywords: new Map(), unknownKeywords: false, unknownPositional: false };
  const list = field(call, 'arguments');
  if (!list || list.type !== 'argument_list') return out;
  for (const arg of list.namedChildren) {
    if (arg.type === 'keyword_argument') {
      const name = field(arg, 'name')?.text;
      const value = field(arg, 'value');
      if (name && value) out.keywords.set(name, value);
    } else if (arg.type === 'dictionary_splat') {
      const inner = arg.namedChildren[0];
      if (inner?.type === 'dictionary') {
        for (const pair of inner.namedChildren) {
          const key = constString(field(pair, 'key'), scope);
          const value = field(pair, 'value');
          if (pair.type !== 'pair' || key === undefined || !value) out.unknownKeywords = true;
          else out.keywords.set(key, value);
        }
      } else if (inner?.type === 'call' && qualify(field(inner, 'function'), scope) === 'dict') {
        const nested = callArgs(inner, scope);
        for (const [k, v] of nested.keywords) out.keywords.set(k, v);
        if (nested.positional.length > 0 || nested.unknownKeywords) out.unknownKeywords = true;
      } else {
        out.unknownKeywords = true;
      }
    } else if (arg.type === 'list_splat') {
      out.unknownPositional = true;
    } else if (arg.type !== 'comment') {
      out.positional.push(arg);
    }
  }
  return out;
}

/** The argument at `index` or keyword `name`. */
function argument(args: Args, index: number, name: string): Node | undefined {
  return args.keywords.get(name) ?? args.positional[index];
}

type Truth = 'true' | 'false' | 'unknown';

function truth(node: Node | undefined, scope: Scope): Truth {
  if (!node) return 'false';
  switch (node.type) {
    case 'true':
      return 'true';
    case 'false':
    case 'none':
      return 'false';
    case 'integer':
      return /^0+$/.test(node.text.replace(/_/g, '')) ? 'false' : 'true';
    case 'string':
    case 'concatenated_string': {
      const s = constString(node, scope);
      return s === undefined ? 'unknown' : s.length > 0 ? 'true' : 'false';
    }
    case 'parenthesized_expression':
      return truth(node.namedChildren[0] ?? undefined, scope);
    default:
      return 'unknown';
  }
}

/**
 * The fully qualified name an expression refers to, following imports, aliases, `getattr(mod, 'na' + 'me')`,
 * `__import__('x')`, `importlib.import_module('x')` and `sys.modules['x']`; `undefined` when unknown.
 */
export function qualify(node: Node | undefined, scope: Scope, depth = 0): string | undefined {
  if (!node || depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'identifier': {
      const name = node.text;
      const alias = scope.aliases.get(name);
      if (alias !== undefined) return alias;
      if (scope.shadowed.has(name)) return undefined;
      if (BUILTINS.has(name)) return name;
      const star = scope.stars[scope.stars.length - 1];
      return star === undefined ? undefined : `${star}.${name}`;
    }
    case 'attribute': {
      const base = qualify(field(node, 'object'), scope, depth + 1);
      const attr = field(node, 'attribute')?.text;
      if (base === undefined || !attr) return undefined;
      return normalise(`${base}.${attr}`);
    }
    case 'call': {
      const fn = qualify(field(node, 'function'), scope, depth + 1);
      const args = callArgs(node, scope);
      if (fn === '__import__' || fn === 'importlib.import_module' || fn === 'importlib.__import__') {
        return constString(args.positional[0], scope);
      }
      if (fn === 'getattr') {
        const base = qualify(args.positional[0], scope, depth + 1);
        const attr = constString(args.positional[1], scope);
        return base !== undefined && attr !== undefined ? normalise(`${base}.${attr}`) : undefined;
      }
      if (fn === 'pathlib.Path' || fn === 'pathlib.PurePath') return fn;
      return undefined;
    }
    case 'subscript': {
      const base = qualify(field(node, 'value'), scope, depth + 1);
      if (base === 'sys.modules' || base === 'globals' || base === 'vars') {
        return constString(field(node, 'subscript'), scope);
      }
      return undefined;
    }
    case 'parenthesized_expression':
      return qualify(node.namedChildren[0] ?? undefined, scope, depth + 1);
    default:
      return undefined;
  }
}

function normalise(name: string): string {
  return name.startsWith('builtins.') ? name.slice('builtins.'.length) : name;
}

function identifiersIn(node: Node): string[] {
  if (node.type === 'identifier') return [node.text];
  return node.descendantsOfType('identifier').map((n) => n.text);
}

/** Reads imports, aliases, constant strings and tainted names of a module (a few passes for forward references). */
function buildScope(root: Node, needTaint: boolean): Scope {
  const scope = newScope();
  for (const imp of root.descendantsOfType('import_statement')) {
    for (const name of imp.childrenForFieldName('name')) {
      if (name.type === 'aliased_import') {
        const target = field(name, 'name')?.text;
        const alias = field(name, 'alias')?.text;
        if (target && alias) scope.aliases.set(alias, target);
      } else if (name.type === 'dotted_name') {
        const first = name.text.split('.')[0]!;
        scope.aliases.set(first, first);
      }
    }
  }
  for (const imp of root.descendantsOfType('import_from_statement')) {
    const mod = field(imp, 'module_name')?.text;
    if (!mod || mod === '__future__') continue;
    if (imp.namedChildren.some((c) => c.type === 'wildcard_import')) scope.stars.push(mod);
    for (const name of imp.childrenForFieldName('name')) {
      if (name.type === 'aliased_import') {
        const target = field(name, 'name')?.text;
        const alias = field(name, 'alias')?.text;
        if (target && alias) scope.aliases.set(alias, `${mod}.${target}`);
      } else if (name.type === 'dotted_name') {
        scope.aliases.set(name.text, `${mod}.${name.text}`);
      }
    }
  }
  for (const def of root.descendantsOfType(['function_definition', 'class_definition'])) {
    const name = field(def, 'name')?.text;
    // Methods do not shadow module-level names; functions and classes do.
    let inClass = false;
    for (let p = def.parent; p && !inClass; p = p.parent) inClass = p.type === 'class_definition';
    if (name && !inClass && !scope.aliases.has(name)) scope.shadowed.add(name);
  }
  for (const params of root.descendantsOfType('parameters')) {
    for (const p of params.namedChildren) {
      const id = p.type === 'identifier' ? p : p.namedChildren.find((c) => c.type === 'identifier');
      if (id && BUILTINS.has(id.text)) scope.shadowed.add(id.text);
    }
  }

  const assignments = root.descendantsOfType('assignment');
  const withTargets = root.descendantsOfType('as_pattern');
  const loops = root.descendantsOfType('for_statement');
  // Repeat while names keep resolving (forward references), at most 3 passes.
  for (let pass = 0, changed = true; pass < 3 && changed; pass++) {
    const before = scope.aliases.size + scope.strings.size + scope.tainted.size;
    for (const a of assignments) {
      const left = field(a, 'left');
      const right = field(a, 'right');
      if (!left || !right) continue;
      const pairs: [Node, Node][] =
        (left.type === 'pattern_list' || left.type === 'tuple_pattern') &&
        (right.type === 'expression_list' || right.type === 'tuple') &&
        left.namedChildren.length === right.namedChildren.length
          ? left.namedChildren.map((l, i) => [l, right.namedChildren[i]!])
          : [[left, right]];
      for (const [l, r] of pairs) {
        if (l.type === 'identifier') {
          const q = qualify(r, scope);
          if (q !== undefined && q !== l.text) scope.aliases.set(l.text, q);
          const s = constString(r, scope);
          if (s !== undefined) scope.strings.set(l.text, s);
        }
        if (needTaint && isTainted(r, scope)) for (const id of identifiersIn(l)) scope.tainted.add(id);
      }
    }
    if (needTaint) taintScopes(scope, withTargets, loops);
    changed = scope.aliases.size + scope.strings.size + scope.tainted.size !== before;
  }
  return scope;
}

/** Names bound by `with open(...) as f` and `for line in f` to tainted data. */
function taintScopes(scope: Scope, withTargets: Node[], loops: Node[]): void {
  for (const w of withTargets) {
    const value = w.namedChildren[0];
    const alias = field(w, 'alias') ?? w.namedChildren[1];
    if (value && alias && isTainted(value, scope)) for (const id of identifiersIn(alias)) scope.tainted.add(id);
  }
  for (const loop of loops) {
    const left = field(loop, 'left');
    const right = field(loop, 'right');
    if (left && right && isTainted(right, scope)) for (const id of identifiersIn(left)) scope.tainted.add(id);
  }
}

/** True when the expression involves data read from outside the program. */
function isTainted(node: Node, scope: Scope): boolean {
  const parts = [node, ...node.descendantsOfType(['call', 'identifier', 'attribute'])];
  for (const n of parts) {
    if (n.type === 'identifier') {
      if (scope.tainted.has(n.text)) return true;
    } else if (n.type === 'attribute') {
      const q = qualify(n, scope);
      if (q !== undefined && TAINT_VALUES.has(q)) return true;
    } else if (n.type === 'call') {
      const fnNode = field(n, 'function');
      const fn = qualify(fnNode, scope);
      if (fn !== undefined && (TAINT_CALLS.has(fn) || TAINT_ROOTS.has(fn.split('.')[0]!))) return true;
      if (fnNode?.type === 'attribute' && READ_METHODS.has(field(fnNode, 'attribute')?.text ?? '')) return true;
    }
  }
  return false;
}

function hit(rule: PythonRuleKey, node: Node, message: string, severity?: Severity): CodeHit {
  return {
    rule,
    severity: severity ?? PYTHON_RULES[rule].severity,
    message,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
  };
}

/** One call being judged: its node, what its function resolves to, its arguments, and how to name it. */
interface CallSite {
  call: Node;
  fn: string;
  args: Args;
  scope: Scope;
  /** The callee as written (for messages). */
  shown: string;
  /** ` (resolves to \`…\`)` when the callee is spelled differently from what it resolves to. */
  via: string;
}

/** `trust_remote_code=` on any call. */
function remoteCodeKeyword(call: Node, args: Args, scope: Scope, shown: string): CodeHit | undefined {
  const remote = args.keywords.get('trust_remote_code');
  if (!remote) return undefined;
  const t = truth(remote, scope);
  if (t === 'true') {
    const msg = `\`${shown}\` is called with trust_remote_code=True: it runs code from the model repository`;
    return hit('remoteCode', call, msg);
  }
  if (t === 'unknown') {
    const msg = `\`${shown}\` gets trust_remote_code from \`${remote.text.slice(0, 60)}\`, which may be True`;
    return hit('remoteCode', call, msg, 'medium');
  }
  return undefined;
}

function torchLoad({ call, args, scope, shown, via }: CallSite): CodeHit | undefined {
  const w = args.keywords.get('weights_only');
  const t = truth(w, scope);
  if (!w && !args.unknownKeywords) {
    return hit(
      'torchLoad',
      call,
      `\`${shown}\`${via} without weights_only=True unpickles the checkpoint (unsafe before PyTorch 2.6 or with TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD)`,
    );
  }
  if (w && t === 'false') {
    const msg = `\`${shown}\`${via} with weights_only=False unpickles the checkpoint and can run arbitrary code`;
    return hit('torchLoad', call, msg);
  }
  if (t === 'unknown' || (!w && args.unknownKeywords)) {
    const msg = `\`${shown}\`${via}: weights_only is not a literal True, so the load may be unsafe`;
    return hit('torchLoad', call, msg, 'medium');
  }
  return undefined;
}

function numpyLoad({ call, args, scope, shown, via }: CallSite): CodeHit | undefined {
  const a = argument(args, 2, 'allow_pickle');
  const t = truth(a, scope);
  if (a && t === 'true')
    return hit('numpyPickle', call, `\`${shown}\`${via} with allow_pickle=True unpickles object arrays`);
  if ((a && t === 'unknown') || (!a && (args.unknownKeywords || args.unknownPositional))) {
    return hit('numpyPickle', call, `\`${shown}\`${via}: allow_pickle is not a literal False`, 'medium');
  }
  return undefined;
}

/** `yaml.load(…, Loader=…)`: the Loader decides. */
function yamlLoad({ call, args, scope, shown, via }: CallSite): CodeHit | undefined {
  const loader = argument(args, 1, 'Loader');
  if (!loader) {
    if (args.unknownKeywords || args.unknownPositional) {
      return hit('yaml', call, `\`${shown}\`${via}: the Loader comes from **kwargs and may be unsafe`, 'medium');
    }
    const msg = `\`${shown}\`${via} without a Loader (unsafe in PyYAML < 5.1, FullLoader in 5.x)`;
    return hit('yaml', call, msg, 'medium');
  }
  const q = qualify(loader, scope) ?? loader.text;
  if (YAML_UNSAFE_LOADERS.test(q) || /^(C?Loader|C?UnsafeLoader)$/.test(q)) {
    return hit('yaml', call, `\`${shown}\`${via} with Loader=${q} constructs arbitrary Python objects`);
  }
  if (/FullLoader$/.test(q)) {
    return hit('yaml', call, `\`${shown}\`${via} with ${q}, which had code-execution bypasses`, 'medium');
  }
  if (!YAML_SAFE_LOADERS.test(q)) {
    const msg = `\`${shown}\`${via} with a custom Loader (${q}); make sure it derives from SafeLoader`;
    return hit('yaml', call, msg, 'low');
  }
  return undefined;
}

function kerasLoadModel({ call, args, scope, shown, via }: CallSite): CodeHit | undefined {
  const s = args.keywords.get('safe_mode');
  const t = truth(s, scope);
  if (s && t === 'false') {
    const msg = `\`${shown}\`${via} with safe_mode=False deserialises Lambda layers (arbitrary code)`;
    return hit('keras', call, msg);
  }
  if (s && t === 'unknown') return hit('keras', call, `\`${shown}\`${via}: safe_mode is not a literal True`, 'medium');
  return undefined;
}

function torchHubLoad({ call, args, scope, shown, via }: CallSite): CodeHit {
  const trust = args.keywords.get('trust_repo');
  const skips = trust && truth(trust, scope) === 'true' ? ' (trust_repo=True skips the prompt)' : '';
  const msg = `\`${shown}\`${via} downloads and runs hubconf.py from a GitHub repository${skips}`;
  return hit('remoteCode', call, msg, 'medium');
}

function evalOrExec({ call, fn, args, scope }: CallSite): CodeHit | undefined {
  const code = args.positional[0] ?? args.keywords.get('source');
  if (!code || constString(code, scope) !== undefined) return undefined;
  if (isTainted(code, scope)) {
    return hit('evalLoaded', call, `\`${fn}\` runs code built from loaded data (\`${code.text.slice(0, 60)}\`)`);
  }
  return hit('evalLoaded', call, `\`${fn}\` runs a non-constant expression (\`${code.text.slice(0, 60)}\`)`, 'low');
}

/** The unsafe-loading hit of a call whose function is known, if any (one rule family per function). */
function loadingHit(c: CallSite): CodeHit | undefined {
  const { call, fn, args, scope, shown, via } = c;
  const keras = KERAS_ROOTS.has(fn.split('.')[0]!);
  if (PICKLE_CALLS.has(fn)) {
    return hit('pickle', call, `\`${shown}\`${via} deserialises with pickle, which can run arbitrary code`);
  }
  if (TORCH_LOAD.has(fn)) return torchLoad(c);
  if (NUMPY_LOAD.has(fn)) return numpyLoad(c);
  if (YAML_LOAD.has(fn)) return yamlLoad(c);
  if (YAML_UNSAFE.has(fn)) return hit('yaml', call, `\`${shown}\`${via} constructs arbitrary Python objects`);
  if (YAML_FULL.has(fn)) {
    return hit('yaml', call, `\`${shown}\`${via} uses FullLoader, which had code-execution bypasses`, 'medium');
  }
  if (fn === 'ruamel.yaml.YAML' && constString(args.keywords.get('typ'), scope) === 'unsafe') {
    return hit('yaml', call, `\`${shown}\`${via} with typ='unsafe' constructs arbitrary Python objects`);
  }
  if (keras && fn.endsWith('.load_model')) return kerasLoadModel(c);
  if (keras && fn.endsWith('.enable_unsafe_deserialization')) {
    return hit('keras', call, `\`${shown}\`${via} turns off Keras safe mode for every later load`);
  }
  if (fn === 'torch.hub.load' && constString(argument(args, 2, 'source'), scope) !== 'local') return torchHubLoad(c);
  if (fn === 'eval' || fn === 'exec') return evalOrExec(c);
  return undefined;
}

/** Finds the unsafe-loading patterns in a parsed module. */
export function analyse(tree: Tree): CodeHit[] {
  const root = tree.rootNode;
  // Taint (data read from outside) only matters to eval/exec: skip it when the module never names them.
  const scope = buildScope(root, /\b(eval|exec)\b/.test(root.text));
  const hits: CodeHit[] = [];
  for (const call of root.descendantsOfType('call')) {
    const fnNode = field(call, 'function');
    const fn = qualify(fnNode, scope);
    const args = callArgs(call, scope);
    const shown = fnNode?.text.slice(0, 80) ?? 'call';
    const remote = remoteCodeKeyword(call, args, scope, shown);
    if (remote) hits.push(remote);
    if (fn === undefined) continue;
    const via = fn !== shown ? ` (resolves to \`${fn}\`)` : '';
    const h = loadingHit({ call, fn, args, scope, shown, via });
    if (h) hits.push(h);
  }
  return hits;
}
