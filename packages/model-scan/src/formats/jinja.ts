/**
 * Server-side template injection in chat templates (GGUF `tokenizer.chat_template`, `tokenizer_config.json`),
 * found by parsing the Jinja template with @huggingface/jinja and walking its syntax tree. Ordinary chat and
 * tool-calling templates (loops, `namespace()` with `ns.system`, `message['role']`, `tool.function.name`,
 * `tojson`, `raise_exception`, macros) pass.
 *
 * What is flagged is what reaches Python objects the template was not given: private and dunder attributes
 * (however the name is spelled: `.x`, `['x']`, `|attr('x')`, `map(attribute='x')`, a name built with `~`/`+`
 * or kept in a `{% set %}` variable), interpreter attributes (`mro`, `f_globals`…), the Jinja2 globals that are
 * Python objects (`cycler`, `joiner`, `lipsum`, `self`…) beyond their public use, attribute names computed at
 * render time, format strings that walk attributes (`'{0.__class__}'.format(x)`), and templates that load
 * other templates (`import`, `include`, `extends`, `from`). A template the parser cannot read is not
 * verified, so it is reported high (fail closed), with whatever the tell-tale patterns show.
 */
import { parse, tokenize } from '@huggingface/jinja';
import type { Severity } from '@ml-gates/core';

export interface TemplateIssue {
  rule: string;
  severity: Severity;
  message: string;
}

/** Attribute names that reach interpreter internals without underscores. */
const INTERNAL_ATTRS = new Set([
  'mro',
  'func_globals',
  'func_code',
  'func_closure',
  'gi_frame',
  'gi_code',
  'f_globals',
  'f_locals',
  'f_back',
  'f_builtins',
  'f_code',
  'tb_frame',
  'tb_next',
  'cr_frame',
  'cr_code',
  'ag_frame',
  'ag_code',
  'im_func',
  'im_self',
  'co_code',
  'co_consts',
]);
/** Jinja2 globals (and Flask ones) that are Python objects: the usual SSTI entry points. */
const ENTRY_GLOBALS = new Set([
  'self',
  'lipsum',
  'cycler',
  'joiner',
  'namespace',
  'range',
  'dict',
  'config',
  'request',
  'url_for',
  'get_flashed_messages',
  'g',
  'session',
]);
/** The public API of cycler objects (joiner and lipsum have none beyond being called). */
const CYCLER_API = new Set(['next', 'reset', 'current']);
/** Filters whose `attribute=` (or first) argument names an attribute to read. */
const ATTRIBUTE_FILTERS = new Set([
  'map',
  'selectattr',
  'rejectattr',
  'sort',
  'groupby',
  'sum',
  'unique',
  'min',
  'max',
  'dictsort',
]);

type Node = { type?: string; [k: string]: unknown };

const DUNDER = /__[A-Za-z0-9_]*__/;
/** A str.format replacement field that walks an attribute or an index: `{0.x}`, `{.x}`, `{x[0]}`. */
const FORMAT_WALK = /\{[^{}]*[.[][^{}]*\}/;

/** Collects issues, one per message. */
class Issues {
  readonly list: TemplateIssue[] = [];
  add(rule: string, severity: Severity, message: string): void {
    if (!this.list.some((i) => i.message === message)) this.list.push({ rule, severity, message });
  }
  ssti(severity: Severity, message: string): void {
    this.add('templates.ssti', severity, message);
  }
}

export function checkTemplate(source: string): TemplateIssue[] {
  const issues = new Issues();
  const load = /\{%[-+]?\s*(import|include|extends|from)\b/.exec(source);
  if (load) issues.ssti('high', `the template loads another template with "${load[1]}", outside the chat template`);

  let ast: unknown;
  try {
    ast = parse(tokenize(desugar(source), { lstrip_blocks: true, trim_blocks: true }));
  } catch (error) {
    unparsable(source, error as Error, issues);
    return issues.list;
  }
  new TemplateWalker(issues).visit(ast, 0);
  return issues.list;
}

/**
 * A template the parser rejects is not verified: a renderer (Jinja2) may accept what this parser rejects.
 * Reports what the patterns show and the template itself as unverified.
 */
function unparsable(source: string, error: Error, issues: Issues): void {
  const dunder = DUNDER.exec(source);
  if (dunder) issues.ssti('critical', `the template refers to the interpreter attribute "${clip(dunder[0])}"`);
  if (/\|\s*attr\b|\battr\s*\(/.test(source))
    issues.ssti('high', 'the template uses the attr() filter to look up attributes by name');
  issues.add(
    'templates.unparsable',
    'high',
    `the template could not be parsed (${error.message.slice(0, 120)}), so it was not verified: a Jinja2 renderer may still run it`,
  );
}

/** The name of a filter node (`x|name` or `x|name(...)`). */
function filterName(f: Node): unknown {
  return f.type === 'Identifier' ? f.value : (f.callee as Node | undefined)?.value;
}

/** Constant folding of the string filters a template may use to spell a name. */
function foldFilter(v: string, name: unknown, f: Node, fold: (n: unknown) => string | undefined): string | undefined {
  if (name === 'lower') return v.toLowerCase();
  if (name === 'upper') return v.toUpperCase();
  if (name === 'trim') return v.trim();
  if (name === 'string') return v;
  if (name === 'reverse') return [...v].reverse().join('');
  if (name === 'replace' && f.type === 'CallExpression') {
    const [a, b] = ((f.args as unknown[]) ?? []).map((x) => fold(x));
    return a !== undefined && b !== undefined ? v.split(a).join(b) : undefined;
  }
  return undefined;
}

/** Walks the syntax tree, tracking `{% set %}` names, and reports what reaches Python objects. */
class TemplateWalker {
  /** Names bound with `{% set %}`: their constant string value, or `null` if it is only known when rendering. */
  private readonly env = new Map<string, string | null>();
  /** `{% set %}` names whose value is built from strings (`'a' ~ x`): a name the author assembles at render time. */
  private readonly stringBuilt = new Set<string>();
  /** Names that alias a Python-object global (`{% set g = cycler %}`) or hold one (`{% set c = cycler(…) %}`). */
  private readonly aliases = new Map<string, string>();
  private readonly seen = new Set<unknown>();

  constructor(private readonly issues: Issues) {}

  /** The constant string an expression evaluates to, when it can be known without rendering. */
  fold(n: unknown, depth = 0): string | undefined {
    if (depth > 40 || n === null || typeof n !== 'object') return undefined;
    const node = n as Node;
    switch (node.type) {
      case 'StringLiteral':
      case 'IntegerLiteral':
      case 'FloatLiteral':
        return String(node.value);
      case 'Identifier': {
        const v = this.env.get(String(node.value));
        return v === null ? undefined : v;
      }
      case 'BinaryExpression': {
        const op = String((node.operator as Node).value);
        if (op !== '+' && op !== '~') return undefined;
        const l = this.fold(node.left, depth + 1);
        const r = this.fold(node.right, depth + 1);
        return l !== undefined && r !== undefined ? l + r : undefined;
      }
      case 'FilterExpression': {
        const v = this.fold(node.operand, depth + 1);
        const f = node.filter as Node;
        return v === undefined ? undefined : foldFilter(v, filterName(f), f, (x) => this.fold(x, depth + 1));
      }
      default:
        return undefined;
    }
  }

  /** Whether an expression is built at render time from strings (a name the author hides from a reader). */
  built(n: unknown, depth = 0): boolean {
    if (depth > 40 || n === null || typeof n !== 'object') return false;
    const node = n as Node;
    if (node.type === 'StringLiteral') return true;
    if (node.type === 'Identifier') {
      const name = String(node.value);
      return typeof this.env.get(name) === 'string' || this.stringBuilt.has(name);
    }
    if (Array.isArray(n)) return n.some((v) => this.built(v, depth + 1));
    if (node.type === 'ArrayLiteral' || node.type === 'TupleLiteral') return this.built(node.value, depth + 1);
    if (node.type === 'CallExpression') {
      // a string method ('_'.join(…), 'x'.replace(…)) or a call whose arguments are strings
      const callee = node.callee as Node;
      return (
        (callee.type === 'MemberExpression' && this.built(callee.object, depth + 1)) || this.built(node.args, depth + 1)
      );
    }
    if (node.type === 'BinaryExpression' || node.type === 'FilterExpression')
      return Object.values(node).some((v) => this.built(v, depth + 1));
    return false;
  }

  /** Checks a name that will be looked up as an attribute; `how` says how the template spelled the lookup. */
  attrName(nameNode: unknown, how: string, literalOk: boolean): void {
    const v = this.fold(nameNode);
    const computed = `the template looks up an attribute whose name is computed at render time (${how})`;
    if (v === undefined) this.issues.ssti('high', computed);
    else if (v.startsWith('_') || DUNDER.test(v))
      this.issues.ssti('critical', `the template reads the private attribute "${clip(v)}" (${how})`);
    else if (INTERNAL_ATTRS.has(v))
      this.issues.ssti('high', `the template reads the interpreter attribute "${clip(v)}" (${how})`);
    else if (!literalOk && (nameNode as Node).type !== 'StringLiteral') this.issues.ssti('high', computed);
  }

  visit(n: unknown, depth: number): void {
    if (n === null || typeof n !== 'object' || this.seen.has(n) || depth > 800) return;
    this.seen.add(n);
    if (Array.isArray(n)) {
      for (const c of n) this.visit(c, depth + 1);
      return;
    }
    if (n instanceof Map) {
      for (const [k, v] of n) {
        this.visit(k, depth + 1);
        this.visit(v, depth + 1);
      }
      return;
    }
    const node = n as Node;
    this.check(node);
    for (const [k, v] of Object.entries(node)) if (k !== 'type') this.visit(v, depth + 1);
  }

  private check(node: Node): void {
    switch (node.type) {
      case 'Set':
        return this.onSet(node);
      case 'For':
        // loop variables hold the template's data, not names the author built: they shadow any `set` value
        for (const id of identifiers(node.loopvar)) {
          this.env.delete(id);
          this.stringBuilt.delete(id);
        }
        return;
      case 'MemberExpression':
        return this.onMember(node);
      case 'FilterExpression':
        return this.onFilter(node);
      case 'CallExpression':
        return this.onCall(node);
      case 'StringLiteral': {
        const m = DUNDER.exec(String(node.value));
        if (m)
          this.issues.ssti(
            'critical',
            `the template contains the interpreter attribute name "${clip(m[0])}" in a string`,
          );
        return;
      }
      case 'Identifier': {
        const v = String(node.value);
        if (/^__.*__$/.test(v)) this.issues.ssti('critical', `the template refers to "${clip(v)}"`);
        return;
      }
    }
  }

  private onSet(node: Node): void {
    const target = node.assignee as Node;
    const value = node.value as Node | undefined;
    if (target?.type !== 'Identifier') return;
    const name = String(target.value);
    this.env.set(name, value ? (this.fold(value) ?? null) : null);
    if (value && this.built(value)) this.stringBuilt.add(name);
    else this.stringBuilt.delete(name);
    const root = value ? rootGlobal(value) : undefined;
    if (!root) return;
    this.aliases.set(name, root);
    if (value?.type === 'Identifier' && root !== 'namespace' && root !== 'range' && root !== 'dict')
      this.issues.ssti('high', `the template aliases the Jinja2 global "${root}" as "${clip(name)}"`);
  }

  private onMember(node: Node): void {
    const prop = node.property as Node;
    const obj = node.object as Node;
    if (!node.computed) this.onDottedName(String(prop.value), obj);
    else if (prop.type === 'StringLiteral') {
      const v = String(prop.value);
      if (v.startsWith('_') || DUNDER.test(v))
        this.issues.ssti('critical', `the template reads the private attribute "${clip(v)}" (by subscript)`);
    } else if (prop.type !== 'SliceExpression' && this.built(prop)) {
      this.attrName(prop, 'subscript', true);
    }
    const root = rootGlobal(obj) ?? (obj.type === 'Identifier' ? this.aliases.get(String(obj.value)) : undefined);
    if (root && !(root === 'cycler' && !node.computed && CYCLER_API.has(String(prop.value))))
      this.issues.ssti(
        'high',
        `the template reaches into the Jinja2 global "${root}", a known sandbox-escape entry point`,
      );
  }

  /** `obj.name`: private and interpreter attributes, and str.format() fields that walk attributes. */
  private onDottedName(name: string, obj: Node): void {
    if (name.startsWith('_')) this.issues.ssti('critical', `the template reads the private attribute "${clip(name)}"`);
    else if (INTERNAL_ATTRS.has(name))
      this.issues.ssti('high', `the template reads the interpreter attribute "${clip(name)}"`);
    else if (name === 'format' || name === 'format_map') {
      // str.format walks attributes and indexes in its fields ("{0.__class__}"); Jinja's |format does not
      const fmt = this.fold(obj);
      if (fmt !== undefined ? FORMAT_WALK.test(fmt) : this.built(obj))
        this.issues.ssti('high', 'the template calls str.format() with fields that walk attributes ("{0.x}")');
    }
  }

  private onFilter(node: Node): void {
    const f = node.filter as Node;
    const name = String(filterName(f) ?? '');
    const args = f.type === 'CallExpression' ? ((f.args as Node[]) ?? []) : [];
    if (name === 'attr') {
      if (args.length === 0) this.issues.ssti('high', 'the template uses the attr filter without a name');
      else this.attrName(args[0], '|attr', true);
      if (args[0] && args[0].type !== 'StringLiteral' && this.fold(args[0]) === undefined)
        this.issues.ssti('high', 'the template uses the attr() filter with a name computed at render time');
    } else if (name === 'map' && args[0] && args[0].type !== 'KeywordArgumentExpression') {
      // map('attr', name) applies the attr filter to every item, so `name` is an attribute name; a filter name
      // computed at render time may be 'attr' too
      const applied = this.fold(args[0]);
      if (applied === undefined)
        this.issues.ssti('high', 'the template applies a filter whose name is computed at render time (map(…))');
      else if (applied === 'attr') {
        if (args.length < 2) this.issues.ssti('high', "the template uses map('attr') without a name");
        else this.attrName(args[1], "map('attr', …)", true);
      }
    } else if (ATTRIBUTE_FILTERS.has(name)) {
      for (const a of args) {
        const isKw = a.type === 'KeywordArgumentExpression';
        const key = isKw ? String((a.key as Node).value) : undefined;
        if (key === 'attribute') this.attrName(a.value, `${name}(attribute=…)`, true);
        else if (!isKw && (name === 'selectattr' || name === 'rejectattr') && a === args[0])
          this.attrName(a, name, true);
      }
    }
  }

  private onCall(node: Node): void {
    const callee = node.callee as Node;
    // {{ x.__getattribute__(name) }} and friends are dunders (caught above); getattr itself is not a Jinja global
    if (
      callee.type === 'Identifier' &&
      ['getattr', 'eval', 'exec', '__import__', 'open'].includes(String(callee.value))
    )
      this.issues.ssti('high', `the template calls "${String(callee.value)}", which is not a chat-template function`);
  }
}

/** Names from the template, shortened for a finding message (the reporters escape them). */
function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Rewrites the two Jinja2 statements @huggingface/jinja does not know into ones it does, without hiding any
 * expression: `{% raw %}…{% endraw %}` is literal text (never evaluated), and `{% with a = x %}…{% endwith %}`
 * binds like `{% set a = x %}` for this analysis (its narrower scope only matters when rendering).
 */
function desugar(source: string): string {
  return source
    .replace(/\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g, '')
    .replace(/\{%(-?)\s*with\s+([A-Za-z_]\w*)\s*=\s*([\s\S]*?)\s*(-?)%\}/g, '{%$1 set $2 = $3 $4%}')
    .replace(/\{%-?\s*(with|endwith)\s*-?%\}/g, '');
}

/** The Python-object global an expression starts from (`cycler`, `cycler(...)`, `lipsum.x`), if any. */
function rootGlobal(n: Node | undefined): string | undefined {
  let cur = n;
  for (let i = 0; cur && i < 50; i++) {
    if (cur.type === 'Identifier') {
      const v = String(cur.value);
      return ENTRY_GLOBALS.has(v) && v !== 'namespace' && v !== 'range' && v !== 'dict' ? v : undefined;
    }
    if (cur.type === 'CallExpression') cur = cur.callee as Node;
    else if (cur.type === 'MemberExpression') cur = cur.object as Node;
    else return undefined;
  }
  return undefined;
}

function identifiers(n: unknown): string[] {
  if (n === null || typeof n !== 'object') return [];
  const node = n as Node;
  if (node.type === 'Identifier') return [String(node.value)];
  if (node.type === 'TupleLiteral' || node.type === 'ArrayLiteral')
    return ((node.value as Node[]) ?? []).flatMap(identifiers);
  if (node.type === 'KeywordArgumentExpression') return identifiers(node.key);
  return [];
}
