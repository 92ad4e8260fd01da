/**
 * Chat templates (issue 13 item 3): every real public template in test/fixtures/model-scan/chat-templates/benign
 * passes with no finding, every public SSTI payload is flagged, a template the parser cannot read is reported
 * high (never a pass), and both reach the gate through scanFile (tokenizer_config.json).
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atLeast } from '@ml-gates/core';
import { checkTemplate, DEFAULT_LIMITS, GlobalPolicy, scanFile } from '@ml-gates/model-scan';

const DIR = join(process.cwd(), 'test/fixtures/model-scan/chat-templates');
const benign = readdirSync(join(DIR, 'benign'))
  .filter((f) => f.endsWith('.jinja'))
  .sort();
const payloads = (JSON.parse(readFileSync(join(DIR, 'ssti-payloads.json'), 'utf8')) as { payloads: string[] }).payloads;

const blocking = (src: string): string[] =>
  checkTemplate(src)
    .filter((i) => atLeast(i.severity, 'medium'))
    .map((i) => `${i.severity} ${i.rule}: ${i.message}`);

describe('real public chat templates pass', () => {
  it('has the templates the issue names', () => {
    for (const n of ['llama-3.3-tools', 'qwen2.5', 'mistral', 'gemma', 'phi-3', 'deepseek', 'chatml', 'hermes'])
      expect(benign.some((f) => f.startsWith(n))).toBe(true);
  });
  it.each(benign)('%s has no finding', (f) => {
    expect(checkTemplate(readFileSync(join(DIR, 'benign', f), 'utf8'))).toEqual([]);
  });
  it('reads attributes of the template data without a finding', () => {
    const t =
      "{%- set ns = namespace(system='', found=false) -%}{%- for m in messages -%}{%- if m.role == 'system' -%}{%- set ns.system = ns.system + m.content -%}{%- endif -%}{%- endfor -%}" +
      '{{ ns.system }}{% for tool in tools %}{{ tool.function.name }}{{ tool.function.parameters | tojson }}{% endfor %}' +
      "{{ messages | selectattr('role', 'equalto', 'user') | map(attribute='content') | join('\\n') }}" +
      "{% set c = cycler('odd', 'even') %}{% for m in messages %}{{ c.next() }}{{ message.role }}{% endfor %}" +
      '{% for k, v in tool.parameters.properties | items %}{{ k }}={{ tool.parameters.properties[k].type }}{% endfor %}' +
      "{% set role = messages[0]['role'] %}{{ roles[role] }}{{ 'Hello {}'.format(user) }}{{ '%s' | format(x) }}";
    expect(checkTemplate(t)).toEqual([]);
  });
});

describe('public SSTI payloads are flagged', () => {
  it('has the public payload list', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(40);
  });
  it.each(payloads.map((p) => [p]))('%s', (p) => {
    expect(blocking(p).length).toBeGreaterThan(0);
  });
  it('says why: private attributes are critical, computed names high', () => {
    expect(checkTemplate("{{ ''.__class__ }}").map((i) => i.severity)).toContain('critical');
    expect(checkTemplate("{% set x = '__glo' ~ 'bals__' %}{{ y|attr(x) }}").map((i) => i.severity)).toContain(
      'critical',
    );
    const computed = checkTemplate('{{ y|attr(messages[0].content) }}');
    expect(computed.map((i) => i.severity)).toContain('high');
    expect(computed.map((i) => i.message).join(' ')).toMatch(/computed at render time/);
    expect(
      checkTemplate('{% set g = joiner %}{{ g() }}')
        .map((i) => i.message)
        .join(' '),
    ).toMatch(/aliases/);
  });
  it("reads map('attr', name) as the attr filter it applies to every item", () => {
    // map(filter, *args) looks the filter up by name: map('attr', x) is |attr(x) on each item
    expect(blocking("{{ tools|map('attr', messages[0].content)|list }}").join(' ')).toMatch(/computed at render/);
    expect(blocking("{% set n = '_' ~ '_class__' %}{{ tools|map('attr', n)|list }}").join(' ')).toMatch(/__class__/);
    expect(blocking("{{ tools|map('at' ~ 'tr', '_' ~ '_init__')|list }}").join(' ')).toMatch(/__init__/);
    expect(blocking("{{ tools|map(messages[0].role, 'x')|list }}").join(' ')).toMatch(/filter whose name/);
    // the ordinary uses stay quiet
    expect(checkTemplate("{{ tools|map('attr', 'name')|join(', ') }}{{ xs|map('string')|map('upper')|list }}")).toEqual(
      [],
    );
  });
  it('reads raw and with blocks, which the parser does not know, instead of giving up on them', () => {
    expect(
      checkTemplate("{% raw %}{{ '{' }}{% endraw %}{% with p = messages[0] %}{{ p.content }}{% endwith %}"),
    ).toEqual([]);
    expect(blocking('{% with a = cycler %}{{ a.__init__ }}{% endwith %}').join(' ')).toMatch(/__init__/);
    expect(blocking("{% raw %}x{% endraw %}{{ ''.__class__ }}").length).toBeGreaterThan(0);
  });
  it('does not flag a template for its variable names alone', () => {
    // "system", "globals", "environment" are ordinary names in chat templates' own data
    expect(checkTemplate('{{ ns.system }}{{ config_value.globals }}{{ message.environment }}')).toEqual([]);
  });
});

describe('templates the parser cannot read are unverified, not passed', () => {
  it('reports an unparsable template high, with what the patterns show', () => {
    const r = checkTemplate('{% for m in messages %}{{ m.content }');
    expect(r.map((i) => `${i.rule} ${i.severity}`)).toContain('templates.unparsable high');
    const d = checkTemplate("{% weird %}{{ x.__class__ }}{{ y|attr('z') }}");
    expect(d.map((i) => i.severity)).toEqual(expect.arrayContaining(['critical', 'high']));
  });
});

describe('through scanFile', () => {
  const opts = { policy: new GlobalPolicy(), limits: DEFAULT_LIMITS, hash: false };
  const scan = async (tpl: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-jinja-'));
    try {
      const p = join(dir, 'tokenizer_config.json');
      writeFileSync(p, JSON.stringify({ chat_template: tpl, eos_token: '</s>' }));
      return (await scanFile(p, 'tokenizer_config.json', statSync(p).size, opts)).findings.filter((f) =>
        f.ruleId.startsWith('templates.'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it('reads every named template, as a list or as a dict (transformers renders both)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-jinja-'));
    try {
      const evil = "{{ lipsum.__globals__['os'].popen('id').read() }}";
      for (const tpl of [
        [
          { name: 'default', template: '{{ messages }}' },
          { name: 'tool_use', template: evil },
        ],
        { default: '{{ messages }}', tool_use: evil },
      ]) {
        const p = join(dir, 'tokenizer_config.json');
        writeFileSync(p, JSON.stringify({ chat_template: tpl }));
        const r = await scanFile(p, 'tokenizer_config.json', statSync(p).size, opts);
        expect(r.findings.filter((f) => f.ruleId === 'templates.ssti').length).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('passes a real template and flags a payload in tokenizer_config.json', async () => {
    expect(await scan(readFileSync(join(DIR, 'benign', 'qwen2.5-instruct.jinja'), 'utf8'))).toEqual([]);
    const bad = await scan("{% set k = '__cl' ~ 'ass__' %}{{ messages|map(attribute=k)|list }}");
    expect(bad.map((f) => f.severity)).toContain('critical');
  });
});
