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

export function checkTemplate(source: string): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const add = (rule: string, severity: Severity, message: string): void => {
    if (!issues.some((i) => i.message === message)) issues.push({ rule, severity, message });
  };

  const load = /\{%[-+]?\s*(import|include|extends|from)\b/.exec(source);
  if (load)
    add('templates.ssti', 'high', `the template loads another template with "${load[1]}", outside the chat template`);

  let ast: unknown;
  try {
    ast = parse(tokenize(desugar(source), { lstrip_blocks: true, trim_blocks: true }));
  } catch (error) {
    // Not verified: a renderer (Jinja2) may accept what this parser rejects. Report what the patterns show and
    // the template itself as unverified.
    const dunder = DUNDER.exec(source);
    if (dunder)
      add('templates.ssti', 'critical', `the template refers to the interpreter attribute "${clip(dunder[0])}"`);
    if (/\|\s*attr\b|\battr\s*\(/.test(source))
      add('templates.ssti', 'high', 'the template uses the attr() filter to look up attributes by name');
    add(
      'templates.unparsable',
      'high',
      `the template could not be parsed (${(error as Error).message.slice(0, 120)}), so it was not verified: a Jinja2 renderer may still run it`,
    );
    return issues;
  }

  /** Names bound with `{% set %}`: their constant string value, or `null` if it is only known when rendering. */
  const env = new Map<string, string | null>();
  /** `{% set %}` names whose value is built from strings (`'a' ~ x`): a name the author assembles at render time. */
  const stringBuilt = new Set<string>();
  /** Names that alias a Python-object global (`{% set g = cycler %}`) or hold one (`{% set c = cycler(…) %}`). */
  const aliases = new Map<string, string>();

  /** The constant string an expression evaluates to, when it can be known without rendering. */
  const fold = (n: unknown, depth = 0): string | undefined => {
    if (depth > 40 || n === null || typeof n !== 'object') return undefined;
    const node = n as Node;
    switch (node.type) {
      case 'StringLiteral':
        return String(node.value);
      case 'IntegerLiteral':
      case 'FloatLiteral':
        return String(node.value);
      case 'Identifier': {
        const v = env.get(String(node.value));
        return v === null ? undefined : v;
      }
      case 'BinaryExpression': {
        const op = String((node.operator as Node).value);
        if (op !== '+' && op !== '~') return undefined;
        const l = fold(node.left, depth + 1);
        const r = fold(node.right, depth + 1);
        return l !== undefined && r !== undefined ? l + r : undefined;
      }
      case 'FilterExpression': {
        const v = fold(node.operand, depth + 1);
        const f = node.filter as Node;
        const name = f.type === 'Identifier' ? f.value : (f.callee as Node | undefined)?.value;
        if (v === undefined) return undefined;
        if (name === 'lower') return v.toLowerCase();
        if (name === 'upper') return v.toUpperCase();
        if (name === 'trim') return v.trim();
        if (name === 'string') return v;
        if (name === 'reverse') return [...v].reverse().join('');
        if (name === 'replace' && f.type === 'CallExpression') {
          const [a, b] = ((f.args as unknown[]) ?? []).map((x) => fold(x, depth + 1));
          return a !== undefined && b !== undefined ? v.split(a).join(b) : undefined;
        }
        return undefined;
      }
      case 'ArrayLiteral':
      case 'TupleLiteral':
        return undefined;
      default:
        return undefined;
    }
  };
  /** Whether an expression is built at render time from strings (a name the author hides from a reader). */
  const built = (n: unknown, depth = 0): boolean => {
    if (depth > 40 || n === null || typeof n !== 'object') return false;
    const node = n as Node;
    if (node.type === 'StringLiteral') return true;
    if (node.type === 'Identifier') {
      const name = String(node.value);
      return typeof env.get(name) === 'string' || stringBuilt.has(name);
    }
    if (Array.isArray(n)) return n.some((v) => built(v, depth + 1));
    if (node.type === 'ArrayLiteral' || node.type === 'TupleLiteral') return built(node.value, depth + 1);
    if (node.type === 'CallExpression') {
      // a string method ('_'.join(…), 'x'.replace(…)) or a call whose arguments are strings
      const callee = node.callee as Node;
      return (callee.type === 'MemberExpression' && built(callee.object, depth + 1)) || built(node.args, depth + 1);
    }
    if (node.type === 'BinaryExpression' || node.type === 'FilterExpression')
      return Object.values(node).some((v) => built(v, depth + 1));
    return false;
  };
  /** Checks a name that will be looked up as an attribute; `how` says how the template spelled the lookup. */
  const attrName = (nameNode: unknown, how: string, literalOk: boolean): void => {
    const v = fold(nameNode);
    if (v !== undefined) {
      if (v.startsWith('_') || DUNDER.test(v))
        add('templates.ssti', 'critical', `the template reads the private attribute "${clip(v)}" (${how})`);
      else if (INTERNAL_ATTRS.has(v))
        add('templates.ssti', 'high', `the template reads the interpreter attribute "${clip(v)}" (${how})`);
      else if (!literalOk && (nameNode as Node).type !== 'StringLiteral')
        add(
          'templates.ssti',
          'high',
          `the template looks up an attribute whose name is computed at render time (${how})`,
        );
      return;
    }
    add('templates.ssti', 'high', `the template looks up an attribute whose name is computed at render time (${how})`);
  };

  const seen = new Set<unknown>();
  const visit = (n: unknown, depth: number): void => {
    if (n === null || typeof n !== 'object' || seen.has(n) || depth > 800) return;
    seen.add(n);
    if (Array.isArray(n)) {
      for (const c of n) visit(c, depth + 1);
      return;
    }
    if (n instanceof Map) {
      for (const [k, v] of n) {
        visit(k, depth + 1);
        visit(v, depth + 1);
      }
      return;
    }
    const node = n as Node;
    switch (node.type) {
      case 'Set': {
        const target = node.assignee as Node;
        const value = node.value as Node | undefined;
        if (target?.type === 'Identifier') {
          const name = String(target.value);
          env.set(name, value ? (fold(value) ?? null) : null);
          if (value && built(value)) stringBuilt.add(name);
          else stringBuilt.delete(name);
          const root = value ? rootGlobal(value) : undefined;
          if (root) {
            aliases.set(name, root);
            if (value?.type === 'Identifier' && root !== 'namespace' && root !== 'range' && root !== 'dict')
              add('templates.ssti', 'high', `the template aliases the Jinja2 global "${root}" as "${clip(name)}"`);
          }
        }
        break;
      }
      case 'For': {
        // loop variables hold the template's data, not names the author built: they shadow any `set` value
        for (const id of identifiers(node.loopvar)) {
          env.delete(id);
          stringBuilt.delete(id);
        }
        break;
      }
      case 'MemberExpression': {
        const prop = node.property as Node;
        const obj = node.object as Node;
        if (!node.computed) {
          const name = String(prop.value);
          if (name.startsWith('_'))
            add('templates.ssti', 'critical', `the template reads the private attribute "${clip(name)}"`);
          else if (INTERNAL_ATTRS.has(name))
            add('templates.ssti', 'high', `the template reads the interpreter attribute "${clip(name)}"`);
          else if (name === 'format' || name === 'format_map') {
            // str.format walks attributes and indexes in its fields ("{0.__class__}"); Jinja's |format does not
            const fmt = fold(obj);
            if (fmt !== undefined ? FORMAT_WALK.test(fmt) : built(obj))
              add(
                'templates.ssti',
                'high',
                'the template calls str.format() with fields that walk attributes ("{0.x}")',
              );
          }
        } else if (prop.type === 'StringLiteral') {
          const v = String(prop.value);
          if (v.startsWith('_') || DUNDER.test(v))
            add('templates.ssti', 'critical', `the template reads the private attribute "${clip(v)}" (by subscript)`);
        } else if (prop.type !== 'SliceExpression' && built(prop)) {
          attrName(prop, 'subscript', true);
        }
        const root = rootGlobal(obj) ?? (obj.type === 'Identifier' ? aliases.get(String(obj.value)) : undefined);
        if (root && !(root === 'cycler' && !node.computed && CYCLER_API.has(String(prop.value))))
          add(
            'templates.ssti',
            'high',
            `the template reaches into the Jinja2 global "${root}", a known sandbox-escape entry point`,
          );
        break;
      }
      case 'FilterExpression': {
        const f = node.filter as Node;
        const name = String(f.type === 'Identifier' ? f.value : ((f.callee as Node | undefined)?.value ?? ''));
        const args = f.type === 'CallExpression' ? ((f.args as Node[]) ?? []) : [];
        if (name === 'attr') {
          if (args.length === 0) add('templates.ssti', 'high', 'the template uses the attr filter without a name');
          else attrName(args[0], '|attr', true);
          if (args[0] && args[0].type !== 'StringLiteral' && fold(args[0]) === undefined)
            add('templates.ssti', 'high', 'the template uses the attr() filter with a name computed at render time');
        } else if (ATTRIBUTE_FILTERS.has(name)) {
          for (const a of args) {
            const isKw = a.type === 'KeywordArgumentExpression';
            const key = isKw ? String((a.key as Node).value) : undefined;
            if (key === 'attribute') attrName(a.value, `${name}(attribute=…)`, true);
            else if (!isKw && (name === 'selectattr' || name === 'rejectattr') && a === args[0])
              attrName(a, name, true);
          }
        }
        break;
      }
      case 'CallExpression': {
        const callee = node.callee as Node;
        // {{ x.__getattribute__(name) }} and friends are dunders (caught above); getattr itself is not a Jinja global
        if (
          callee.type === 'Identifier' &&
          ['getattr', 'eval', 'exec', '__import__', 'open'].includes(String(callee.value))
        )
          add(
            'templates.ssti',
            'high',
            `the template calls "${String(callee.value)}", which is not a chat-template function`,
          );
        break;
      }
      case 'StringLiteral': {
        const m = DUNDER.exec(String(node.value));
        if (m)
          add(
            'templates.ssti',
            'critical',
            `the template contains the interpreter attribute name "${clip(m[0])}" in a string`,
          );
        break;
      }
      case 'Identifier': {
        const v = String(node.value);
        if (/^__.*__$/.test(v)) add('templates.ssti', 'critical', `the template refers to "${clip(v)}"`);
        break;
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'type') visit(v, depth + 1);
  };
  visit(ast, 0);
  return issues;
}

/**
 * Rewrites the two Jinja2 statements @huggingface/jinja does not know into ones it does, without hiding any
 * expression: `{% raw %}…{% endraw %}` is literal text (never evaluated), and `{% with a = x %}…{% endwith %}`
 * binds like `{% set a = x %}` for this analysis (its narrower scope only matters when rendering).
 */
/** Names from the template, shortened for a finding message (the reporters escape them). */
function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

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
