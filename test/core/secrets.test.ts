/**
 * The shared secret catalogue: every format with examples and look-alikes, the checksum against other
 * implementations' vectors, the one redaction, hostile input, and the end-to-end promise: the three gates
 * that search for secrets (model-scan artifacts, notebook outputs, data-gate cells) report the same rule
 * ids, and no report format ever contains a full token.
 *
 * Tokens are assembled at run time (`j(...)`) so this file holds no string a secret scanner would flag.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  REPORT_FORMATS,
  SECRET_RULES,
  checksumValid,
  checksummedToken,
  defaultConfig,
  findSecrets,
  redactSecret,
  renderReport,
  runGate,
  secretRule,
  secretRuleId,
  silentLogger,
  type GateResult,
} from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { modelScanGate } from '@ml-gates/model-scan';

const j = (...parts: string[]): string => parts.join('');
const rep = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const LETTERS = 'QwErTyUiOpAsDfGhJkLzXcVbNm';
const ALNUM = 'aB3dE5gH7jK9mN1pQ2rS4tU6vW8xY0z';

/** One token of the real format per rule (the examples of the README). */
const VALID: Record<string, string[]> = {
  'github-token': (['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'] as const).map((p) => checksummedToken(p, rep(ALNUM, 30))),
  'github-fine-grained-pat': [j('github', '_pat_', rep(ALNUM, 22), '_', rep(LETTERS, 59))],
  'npm-token': [checksummedToken('npm_', rep('Zy9', 30))],
  'pypi-token': [j('pypi-', 'AgEIcHlwaS5vcmc', rep('CJDY0NDMwNWVmLTI1MDQtNDFlNC1hOWU5', 150))],
  'huggingface-token': [j('hf', '_', rep(LETTERS, 34)), j('api', '_org_', rep(LETTERS, 34))],
  'openai-api-key': [
    j('sk-', rep(ALNUM, 20), 'T3Blbk', 'FJ', rep(LETTERS, 20)),
    j('sk-', 'proj-', rep(ALNUM, 74), 'T3Blbk', 'FJ', rep(LETTERS, 74)),
  ],
  'anthropic-api-key': [j('sk-', 'ant-', 'api03-', rep(`${ALNUM}_-`, 93), 'AA')],
  'aws-access-key-id': [j('AKIA', 'IOSFODNN7EXAMPLE'), j('ASIA', 'Y34FZKBOKMUTVV7A')],
  'google-api-key': [j('AI', 'za', rep(`${ALNUM}-_`, 35))],
  'slack-token': [j('xo', 'xb-', '123456789012-', '1234567890123-', rep(LETTERS, 24))],
  'stripe-secret-key': [j('sk', '_live_', rep(ALNUM, 24)), j('rk', '_live_', rep(ALNUM, 99))],
  'private-key': [
    '-----BEGIN RSA PRIVATE KEY-----',
    '-----BEGIN OPENSSH PRIVATE KEY-----',
    '-----BEGIN PRIVATE KEY-----',
    '-----BEGIN PGP PRIVATE KEY BLOCK-----',
  ],
};

/** Strings that look like a format but are not tokens it issues: never reported. */
const LOOK_ALIKES: [string, string][] = [
  [
    'GitHub token with a wrong checksum',
    (() => {
      const t = checksummedToken('ghp_', rep(ALNUM, 30));
      return `${t.slice(0, -1)}${t.endsWith('A') ? 'B' : 'A'}`;
    })(),
  ],
  ['GitHub token one character short', checksummedToken('ghp_', rep(ALNUM, 30)).slice(0, -1)],
  ['npm token with a wrong checksum', j('npm_', rep('Zy9', 36))],
  ['Hugging Face look-alike with digits (the old notebook fixture)', j('hf', '_abcdefghijklmnopqrstuvwxyz123456')],
  ['Hugging Face look-alike, 35 letters', j('hf', '_', rep(LETTERS, 35))],
  ['sk- string without the OpenAI marker', j('sk-', rep(ALNUM, 48))],
  ['sk-ant- without a key kind and version', j('sk-', 'ant-', rep(ALNUM, 40))],
  ['AWS key id one character short', j('AKIA', 'IOSFODNN7EXAMPL')],
  ['AWS key id inside a longer word', j('XAKIA', 'IOSFODNN7EXAMPLE')],
  ['Slack-like word', 'xoxo-hugs-and-kisses-forever'],
  ['Stripe test key', j('sk', '_test_', rep(ALNUM, 24))],
  ['public key', '-----BEGIN PUBLIC KEY-----'],
  ['token prefix inside an identifier', j('myghp_', rep(ALNUM, 36))],
  ['PyPI token of another index', j('pypi-', 'AgENdGVzdC5weXBpLm9yZw', rep(ALNUM, 80))],
];

const ALL_VALID = Object.entries(VALID).flatMap(([id, tokens]) => tokens.map((t) => [id, t] as const));
/** One token per rule (fewer than the 20 hits a text is searched for). */
const ONE_PER_RULE = Object.entries(VALID).map(([id, tokens]) => [id, tokens[0]!] as const);
/** The characters a report may show: the redaction without its " (N chars)" tail. */
const shownPart = (redacted: string): string => redacted.replace(/… \(\d+ chars\)$/, '');

describe('the catalogue', () => {
  it('has unique, stable ids, a title and an example for every rule', () => {
    const ids = SECRET_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(Object.keys(VALID).sort());
    for (const r of SECRET_RULES) {
      expect(r.title.length).toBeGreaterThan(3);
      expect(r.re.flags).toContain('g');
      expect(secretRule(r.id)).toBe(r);
      expect(secretRuleId(r)).toBe(`secrets.${r.id}`);
    }
    expect(secretRuleId('github-token')).toBe('secrets.github-token');
    expect(secretRule('nope')).toBeUndefined();
  });

  it.each(ALL_VALID)('%s: finds %s, whole, at its offset', (id, token) => {
    const text = `config = {"key": "${token}"}\n`;
    const hits = findSecrets(text);
    expect(hits.map((h) => [h.rule.id, h.value, h.index])).toEqual([[id, token, text.indexOf(token)]]);
  });

  it.each(LOOK_ALIKES)('does not report a %s', (_what, s) => {
    expect(findSecrets(`value: ${s} end`)).toEqual([]);
  });
});

describe('the GitHub/npm checksum', () => {
  it('agrees with vectors of other implementations', () => {
    // A token from the format write-up (coolaj86's gist, from GitHub's blog post) and CredSweeper's test vector
    // for npm tokens (its ValueGitHubCheck verifies npm_ and gh?_ tokens with the same CRC32/base62 scheme).
    expect(checksumValid(j('ghp', '_zQWBuTSOoRi4A9spHcVY5ncnsDkxkJ', '0mLq17'))).toBe(true);
    expect(checksumValid(j('npm', '_', '0'.repeat(31), '4WZ4EQ'))).toBe(true);
    expect(checksumValid(j('npm', '_', '0'.repeat(31), '4WZAEQ'))).toBe(false);
    // The model-scan fixture generator computes it with Python's zlib.crc32.
    expect(checksumValid(j('ghp', '_sOmuQ2GzWVPworJzUMbvwDW8I8m6dp2vGir8'))).toBe(true);
  });

  it('builds valid tokens and rejects every single-character change of the checksum', () => {
    const t = checksummedToken('gho_', rep(ALNUM, 30));
    expect(t).toHaveLength(40);
    expect(checksumValid(t)).toBe(true);
    for (let i = 34; i < 40; i++) {
      const c = t[i] === 'x' ? 'y' : 'x';
      expect(checksumValid(`${t.slice(0, i)}${c}${t.slice(i + 1)}`)).toBe(false);
    }
    expect(checksumValid(`${t}0`)).toBe(false);
    expect(() => checksummedToken('ghp_', 'short')).toThrow(/30 base62/);
  });
});

describe('redaction', () => {
  it.each(ALL_VALID)('%s: shows the marker and at most 4 more characters of %s', (id, token) => {
    const r = redactSecret(token);
    const rule = secretRule(id)!;
    const marker = rule.marker.exec(token)![0];
    expect(redactSecret(token, rule)).toBe(r);
    if (id === 'private-key') {
      expect(r).toBe(`${token} (key material not shown)`);
      return;
    }
    expect(r).toBe(`${token.slice(0, shownPart(r).length)}… (${token.length} chars)`);
    expect(shownPart(r).length).toBeLessThanOrEqual(marker.length + 4);
    expect(shownPart(r).length - marker.length).toBeLessThanOrEqual((token.length - marker.length) / 4);
    expect(r).not.toContain(token);
  });

  it('redacts an unknown value to at most a quarter of it', () => {
    expect(redactSecret('abcdefghij')).toBe('ab… (10 chars)');
    expect(redactSecret('abc')).toBe('… (3 chars)');
  });
});

describe('search limits and hostile text', () => {
  it('returns hits in text order, at most `limit`', () => {
    const [gh] = VALID['github-token']!;
    const aws = VALID['aws-access-key-id']![0]!;
    const text = `${aws} then ${gh!} then ${aws}`;
    expect(findSecrets(text).map((h) => h.rule.id)).toEqual(['aws-access-key-id', 'github-token', 'aws-access-key-id']);
    expect(findSecrets(text, 2).map((h) => h.index)).toEqual([0, aws.length + 6]);
    expect(findSecrets(text, 0)).toEqual([]);
    expect(findSecrets('plain text without any marker at all')).toEqual([]);
  });

  // Catastrophic backtracking would blow the test timeout. Some soups end in a string of the right shape
  // (the last 80+ characters after an Anthropic marker are one); those hits are right, and counted.
  it.each([
    ['sk- runs', rep('sk-', 60000), 0],
    ['OpenAI marker soup', rep('sk-aaaaaaaaaaaaaaaaaaaaaT3BlbkFJ', 60000), 0],
    ['Anthropic prefix soup', rep('sk-ant-api03-', 60000), 1],
    ['Slack soup', rep('xoxb-12345678-', 60000), 1],
    ['PyPI prefix soup', rep('pypi-AgEIcHlwaS5vcmc ', 60000), 0],
    ['AKIA run', `AKIA${'A'.repeat(60000)}`, 0],
    ['Google soup', rep('AIza-', 60000), 0],
    ['GitHub shapes with bad checksums', rep(`${'ghp_'}${'a'.repeat(36)} `, 60000), 0],
    ['private key header soup', rep('-----BEGIN PRIVATE KEY ', 60000), 0],
  ])('%s: bounded time, %#', (_what, text, hits) => {
    const found = findSecrets(text);
    expect(found).toHaveLength(hits);
    for (const h of found) expect(h.index + h.value.length).toBe(text.length);
  });
});

describe('every gate reports the same rule ids, and no report shows a full token', () => {
  const body = 'MIIEowIBAAKCAQEA0Zx1b7Jr9Qm2Yt5Wv8Ks3Lp6Nd4Hf1Gc7Ja2Bx9Ez5Ur';
  const lines = ONE_PER_RULE.map(([, t]) => (t.startsWith('-----BEGIN') ? `${t}\n${body}` : t));

  async function runAll(): Promise<{ data: GateResult; model: GateResult }> {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-secrets-'));
    mkdirSync(join(dir, 'data'));
    mkdirSync(join(dir, 'model'));
    // data-gate: one token per row of a text column (CSV-quoted, private keys span two lines)
    const csv = ['id,note', ...lines.map((l, i) => `${i + 1},"leaked ${l}"`)].join('\n');
    writeFileSync(join(dir, 'data/notes.csv'), `${csv}\n`);
    // model-scan: a config file with every token, and a notebook that printed them
    writeFileSync(join(dir, 'model/config.json'), JSON.stringify({ tokens: lines }, null, 1));
    const nb = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [
        {
          cell_type: 'code',
          execution_count: 1,
          metadata: {},
          source: ['import os\n', "print(os.environ['TOKENS'])"],
          outputs: [{ output_type: 'stream', name: 'stdout', text: lines.map((l) => `${l}\n`) }],
        },
      ],
    };
    writeFileSync(join(dir, 'model/train.ipynb'), JSON.stringify(nb, null, 1));

    const config = defaultConfig();
    config.gates['data-gate'] = {
      dataset: 'data/notes.csv',
      checks: Object.fromEntries(dataGate.checks.map((c) => [c.id, c.id === 'secrets' ? {} : 'off'])),
    } as never;
    const data = await runGate(dataGate, { config, cwd: dir, logger: silentLogger });
    const model = await runGate(modelScanGate, {
      config: defaultConfig(),
      cwd: dir,
      logger: silentLogger,
      overrides: { options: { paths: ['model'] } },
    });
    return { data, model };
  }

  it('finds every rule in dataset cells, artifacts and notebook outputs, under the same rule ids', async () => {
    const { data, model } = await runAll();
    const want = SECRET_RULES.map((r) => secretRuleId(r)).sort();
    const ids = (fs: { ruleId: string }[]) => [...new Set(fs.map((f) => f.ruleId))].sort();
    const dataFindings = data.checks.find((c) => c.id === 'secrets')!.findings;
    const findings = model.checks.flatMap((c) => c.findings);
    const artifact = findings.filter((f) => f.location?.path === 'model/config.json');
    const notebook = findings.filter((f) => f.ruleId.startsWith('secrets.') && f.location?.member?.startsWith('cell '));
    expect(ids(dataFindings)).toEqual(want);
    expect(ids(artifact)).toEqual(want);
    expect(ids(notebook)).toEqual(want);
  });

  it('shows each token only redacted in JSON, Markdown, SARIF, text and JUnit', async () => {
    const { data, model } = await runAll();
    for (const results of [[data], [model], [data, model]]) {
      for (const format of REPORT_FORMATS) {
        // escaping must not be what hides a token: compare without backslashes and XML/HTML entities
        const out = renderReport(results, format)
          .replace(/\\/g, '')
          .replace(/&#95;|&lowbar;/g, '_');
        for (const [id, token] of ONE_PER_RULE) {
          const where = `${format} report of ${results.map((r) => r.gate).join('+')} (${id})`;
          if (id === 'private-key') continue; // the header holds no key material and is shown
          expect({ where, leaked: out.includes(token) }).toEqual({ where, leaked: false });
          // never more than the marker and 4 characters
          const shown = shownPart(redactSecret(token));
          expect({ where, longer: out.includes(token.slice(0, shown.length + 1)) }).toEqual({ where, longer: false });
        }
        expect(out).not.toContain(body);
      }
      // the findings are there (redacted), so the checks above are not vacuous
      const json = renderReport(results, 'json');
      for (const [, token] of ONE_PER_RULE) expect(json).toContain(JSON.stringify(redactSecret(token)).slice(1, -1));
    }
  });
});
