import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_GATES, STARTER_CONFIG } from '@ml-gates/cli';
import { isUserError, parseConfig, type AnyGate } from '@ml-gates/core';

function problems(text: string, gates: readonly AnyGate[] = ALL_GATES): string[] {
  try {
    parseConfig(text, 'ml-gates.yml', gates);
    return [];
  } catch (error) {
    if (!isUserError(error)) throw error;
    return error.details;
  }
}

const waiver = (check: string, rule: string): string =>
  [
    'gates:',
    '  model-scan:',
    '    waivers:',
    `      - check: ${check}`,
    `        rule: ${rule}`,
    '        reason: reviewed in SEC-1',
    '        owner: "@ml"',
    '        expires: 2099-01-31',
    '',
  ].join('\n');

describe('waivers are checked against what each gate publishes, before anything runs (#14 item 4)', () => {
  it('the README example rule pickle.unknown-callable is rejected with a hint and its file:line:col', () => {
    expect(problems(waiver('pickle', 'pickle.unknown-callable'))).toEqual([
      'ml-gates.yml:5:15 gates.model-scan.waivers[0].rule: unknown rule "pickle.unknown-callable": model-scan never emits it; did you mean "pickle.unknown-global"?',
    ]);
    expect(problems(waiver('pickle', 'pickle.unknown-global'))).toEqual([]);
  });

  it('an expiry that is not a day of the calendar is a problem at its position; leap days are days', () => {
    const at = (day: string): string => waiver('pickle', 'pickle.unknown-global').replace('2099-01-31', day);
    expect(problems(at('2099-02-30'))).toEqual([
      'ml-gates.yml:8:18 gates.model-scan.waivers[0].expires: "2099-02-30" is not a day of the calendar; write the last day the waiver holds as YYYY-MM-DD',
    ]);
    expect(problems(at('2099-13-01'))).toHaveLength(1);
    expect(problems(at('2096-02-29'))).toEqual([]);
    expect(problems(at('2099-02-29'))).toHaveLength(1);
  });

  it('an unknown check, a rule from another check, and secrets.<id> from core’s catalogue', () => {
    expect(problems(waiver('pickel', 'pickle.unknown-global'))).toEqual([
      expect.stringMatching(
        /^ml-gates\.yml:4:16 gates\.model-scan\.waivers\[0\]\.check: unknown check "pickel" of model-scan; did you mean "pickle"\?/,
      ),
    ]);
    expect(problems(waiver('secrets', 'secrets.github-token'))).toEqual([]);
    expect(problems(waiver('unsafe-loading', 'python.eval-loaded-data'))).toEqual([]);
    const wrongCheck = [
      'gates:',
      '  data-gate:',
      '    waivers:',
      '      - {check: drift, rule: schema.type, reason: fine here, owner: "@a", expires: 2099-01-01}',
      '',
    ].join('\n');
    expect(problems(wrongCheck)).toEqual([
      'ml-gates.yml:4:30 gates.data-gate.waivers[0].rule: rule "schema.type" is emitted by the "schema" check, not "drift"; the waiver would match nothing',
    ]);
  });

  it("a rule family named from the user's data (safety.<category>) accepts any category, not other families", () => {
    const safety = (rule: string): string =>
      [
        'gates:',
        '  adversarial-gate:',
        '    waivers:',
        `      - {check: safety, rule: ${rule}, reason: triaged, owner: "@a", expires: 2099-01-01}`,
        '',
      ].join('\n');
    expect(problems(safety('safety.self-harm'))).toEqual([]);
    expect(problems(safety('safety.error'))).toEqual([]);
    expect(problems(safety('safetyx.self-harm'))).toEqual([
      expect.stringContaining('unknown rule "safetyx.self-harm"'),
    ]);
  });

  it('schema problems and waiver problems are reported together, each with its position', () => {
    const text = [
      'gates:',
      '  model-scan:',
      '    fail-onn: high',
      '    waivers:',
      '      - {check: pickle, rule: pickle.nope, reason: whatever, owner: "@a", expires: 2099-01-01}',
      '',
    ].join('\n');
    const p = problems(text);
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^ml-gates\.yml:3:5 gates\.model-scan\.fail-onn: unknown key; did you mean "fail-on"\?/);
    expect(p[1]).toMatch(/^ml-gates\.yml:5:31 gates\.model-scan\.waivers\[0\]\.rule: unknown rule "pickle\.nope"/);
  });

  it('a gate-specific option enum (any gate’s schema) reaches validate with file:line:col', () => {
    const g = {
      ...ALL_GATES[0]!,
      name: 'performance-gate',
      checks: [
        {
          id: 'thresholds',
          title: 'T',
          description: 't',
          defaultMode: 'block',
          optionsSchema: { metric: { enum: ['roc_auc', 'f1'] } },
        },
      ],
      optionsSchema: {},
      rules: [],
    } as AnyGate;
    expect(problems('gates:\n  performance-gate:\n    checks:\n      thresholds: {metric: roc_acu}\n', [g])).toEqual([
      'ml-gates.yml:4:28 gates.performance-gate.checks.thresholds.metric: string "roc_acu" is not allowed; expected one of: roc_auc, f1; did you mean "roc_auc"?',
    ]);
  });

  it('every YAML example in the root README that has waivers validates against the real gates', () => {
    const readme = readFileSync('README.md', 'utf8');
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1]!)
      .filter((b) => b.includes('waivers:'));
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(problems(b)).toEqual([]);
  });

  it("init's starter config validates with its commented-out examples switched on", () => {
    // A user uncomments the waiver example and the gate sections: what they get must validate as it is.
    const uncommented = STARTER_CONFIG.replace(/^( +)# ( *(?:[\w-]+:(?: |$)|- ).*)$/gm, '$1$2');
    expect(uncommented).toContain('\n    waivers:\n      - check: pickle\n        rule: pickle.unknown-global\n');
    expect(uncommented).toContain('\n  approval-gate: {}');
    expect(problems(uncommented)).toEqual([]);
  });
});

/**
 * The rule catalogues list the ids the gates' code really emits. Every rule-id-looking string literal in a
 * gate's sources (with a prefix the catalogue uses) must be in its catalogue, and every catalogue id must
 * come from the sources (literally, from a template such as `pii.${entity}`, or derived as noted below).
 */
describe('rule catalogues match the gates’ sources', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.ts'))
      .map((d) => join(d.parentPath, d.name))
      .filter((f) => f !== join(dir, 'rules.ts')); // the catalogue itself
  // Strings that share a rule prefix but are no rule: Python callables the analysers look for, a file name, an
  // option, and the allowlist's "safe" verdict (never a finding).
  const NOT_RULES = new Set([
    'pickle.load',
    'pickle.loads',
    'model-card.json',
    'signature.public-keys',
    'signature.sign',
    'pickle.safe',
  ]);
  // signature.* ids made by renaming the integrity.* findings of a signed manifest (supply-chain/checks.ts)
  const DERIVED = new Set(['signature.changed', 'signature.extra', 'signature.path-outside']);
  const dirs: Record<string, string> = {
    'model-scan': 'packages/model-scan/src',
    'data-gate': 'packages/data-gate/src',
    'adversarial-gate': 'packages/adversarial-gate/src',
    'performance-gate': 'packages/performance-gate/src',
    'approval-gate': 'packages/approval-gate/src',
  };
  for (const gate of ALL_GATES) {
    it(`${gate.name}`, () => {
      const rules = gate.rules ?? [];
      expect(rules.length).toBeGreaterThan(0);
      const ids = new Set(rules.map((r) => r.id));
      expect(ids.size).toBe(rules.length);
      const source = files(dirs[gate.name]!)
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      // Prefixes the catalogue uses, and those of every `ruleId:` literal (a new family must not go unseen).
      const prefixes = [
        ...new Set([
          ...rules.map((r) => r.id.split('.')[0]!),
          ...[...source.matchAll(/ruleId:\s*['`]([a-z-]+)\./g)].map((m) => m[1]!),
        ]),
      ].filter((p) => p !== 'secrets');
      const literal = new RegExp(`['\`]((?:${prefixes.join('|')})\\.[a-z][a-z0-9-]*)['\`]`, 'g');
      const found = new Set([...source.matchAll(literal)].map((m) => m[1]!).filter((id) => !NOT_RULES.has(id)));
      expect([...found].filter((id) => !ids.has(id)).sort()).toEqual([]);
      const templates = [...source.matchAll(/`([a-z-]+)\.\$\{/g)].map((m) => `${m[1]}.`);
      const unexplained = [...ids].filter(
        (id) =>
          !found.has(id) && !DERIVED.has(id) && !id.startsWith('secrets.') && !templates.some((t) => id.startsWith(t)),
      );
      expect(unexplained.sort()).toEqual([]);
    });
  }
});
