/**
 * Server-side template injection in chat templates (GGUF `tokenizer.chat_template`, `tokenizer_config.json`),
 * found by parsing the Jinja template with @huggingface/jinja and walking its syntax tree. Ordinary chat and
 * tool-calling templates (loops, `namespace()`, `message['role']`, `tojson`, `raise_exception`) pass.
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
  'gi_frame',
  'gi_code',
  'f_globals',
  'f_locals',
  'f_back',
  'f_builtins',
  'tb_frame',
  'cr_frame',
  'ag_frame',
  'im_func',
  'co_code',
  'environment',
  'globals',
  'modules',
  'popen',
  'system',
]);
/** Jinja2 (not chat-template) globals that lead to Python objects: the usual SSTI entry points. */
const ENTRY_GLOBALS = new Set([
  'self',
  'lipsum',
  'cycler',
  'joiner',
  'config',
  'request',
  'url_for',
  'get_flashed_messages',
  'g',
  'session',
]);
/** Filters that turn a string into an attribute lookup or build names. */
const ATTR_FILTERS = new Set(['attr']);

type Node = { type?: string; [k: string]: unknown };

export function checkTemplate(source: string): TemplateIssue[] {
  const issues: TemplateIssue[] = [];
  const add = (rule: string, severity: Severity, message: string): void => {
    if (!issues.some((i) => i.message === message)) issues.push({ rule, severity, message });
  };
  let ast: unknown;
  try {
    ast = parse(tokenize(source, { lstrip_blocks: true, trim_blocks: true }));
  } catch (error) {
    // The parser does not know every Jinja2 construct: fall back to the tell-tale strings.
    const dunder = /__[a-zA-Z]+__/.exec(source);
    if (dunder) add('templates.ssti', 'critical', `the template refers to the interpreter attribute "${dunder[0]}"`);
    if (/\|\s*attr\s*\(/.test(source))
      add('templates.ssti', 'high', 'the template uses the attr() filter to look up attributes by name');
    add(
      'templates.unparsable',
      'low',
      `the template could not be parsed (${(error as Error).message.slice(0, 120)}); checked by pattern only`,
    );
    return issues;
  }

  const seen = new Set<unknown>();
  const visit = (n: unknown, depth: number): void => {
    if (n === null || typeof n !== 'object' || seen.has(n) || depth > 500) return;
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
      case 'MemberExpression': {
        const prop = node.property as Node;
        const obj = node.object as Node;
        const name = prop.type === 'Identifier' || prop.type === 'StringLiteral' ? String(prop.value) : undefined;
        if (name !== undefined && (!node.computed || prop.type === 'StringLiteral')) {
          if (name.startsWith('_'))
            add('templates.ssti', 'critical', `the template reads the private attribute "${name}"`);
          else if (INTERNAL_ATTRS.has(name))
            add('templates.ssti', 'high', `the template reads the interpreter attribute "${name}"`);
        } else if (
          node.computed &&
          ['BinaryExpression', 'FilterExpression', 'CallExpression'].includes(String(prop.type)) &&
          containsString(prop)
        ) {
          add('templates.ssti', 'high', 'the template looks up an attribute whose name is built from strings');
        }
        if (obj.type === 'Identifier' && ENTRY_GLOBALS.has(String(obj.value))) {
          add(
            'templates.ssti',
            'high',
            `the template reaches into the Jinja2 global "${String(obj.value)}", a known sandbox-escape entry point`,
          );
        }
        break;
      }
      case 'FilterExpression': {
        const f = node.filter as Node;
        const name =
          f.type === 'Identifier' ? f.value : f.type === 'CallExpression' ? (f.callee as Node).value : undefined;
        if (typeof name === 'string' && ATTR_FILTERS.has(name)) {
          add('templates.ssti', 'high', `the template uses the "${name}" filter to look up attributes by name`);
        }
        break;
      }
      case 'StringLiteral': {
        const v = String(node.value);
        const m = /__[a-zA-Z_]+__/.exec(v);
        if (m)
          add(
            'templates.ssti',
            'critical',
            `the template contains the interpreter attribute name "${m[0]}" in a string`,
          );
        break;
      }
      case 'Identifier': {
        const v = String(node.value);
        if (/^__.*__$/.test(v)) add('templates.ssti', 'critical', `the template refers to "${v}"`);
        break;
      }
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'type') visit(v, depth + 1);
  };
  visit(ast, 0);
  return issues;
}

function containsString(n: unknown, depth = 0): boolean {
  if (n === null || typeof n !== 'object' || depth > 50) return false;
  const node = n as Node;
  if (node.type === 'StringLiteral') return true;
  return Object.values(node).some((v) => containsString(v, depth + 1));
}
