/**
 * The red-team corpus of issue 13 (written by ./generate.py, labelled with CPython's pickletools): every malicious
 * file must fail the gate and every benign file made by the real producers must pass it, through the real
 * scanner (`scanFile`, judged at model-scan's own `fail-on`). Prints `escapes N/M, false alarms K/L` with the
 * escapes grouped by root cause.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { atLeast } from '@ml-gates/core';
import { DEFAULT_LIMITS, GlobalPolicy, modelScanGate, scanFile } from '@ml-gates/model-scan';

const HERE = join(process.cwd(), 'test/model-scan/redteam');

interface Entry {
  file: string;
  /** The corpus folder the file is in (corpus, corpus-more or corpus-extra). */
  dir?: string;
  kind: 'malicious' | 'benign';
  cause: string;
  globals?: string[];
  note?: string;
  /** Insert `count` copies of `fill` at `at` (and add `count` to the little-endian length at `len_at`). */
  expand?: { at: number; count: number; fill: string; len_at?: number; len_size?: number };
}

interface Outcome {
  entry: Entry;
  flagged: boolean;
  /** The findings at or above fail-on (for false alarms) or every finding (for escapes). */
  findings: string[];
}

/**
 * The corpora: generate.py's, generate_more.py's variants of it, and generate_extra.py's independent variants
 * (entries carry their folder).
 */
const CORPORA: [string, string][] = [
  ['manifest.json', 'corpus'],
  ['manifest-more.json', 'corpus-more'],
  ['manifest-extra.json', 'corpus-extra'],
];
const manifest = CORPORA.flatMap(([file, dir]) =>
  (JSON.parse(readFileSync(join(HERE, file), 'utf8')) as Entry[]).map((e) => ({ ...e, dir })),
);
const failOn = modelScanGate.defaultFailOn ?? 'medium';
const opts = {
  policy: new GlobalPolicy(),
  limits: { ...DEFAULT_LIMITS, timeoutSeconds: 30 },
  hash: false,
};

/** The root causes of the issue's "What we saw" that the malicious corpus must cover. */
const CAUSES = [
  'reach-callable',
  'nested-loads',
  'detection-first-opcode',
  'detection-padding',
  'protocol0-int-forms',
  'container-torch-zip',
  'container-torch-zip-duplicate',
  'container-legacy-torch',
  'container-legacy-torch-tar',
  'container-tar',
  'container-compression',
  'numpy-header-literal',
  'joblib-array-wrapper',
  'polyglot-signature',
  'trailing-data',
  'lying-extension',
  'allowlist-too-wide',
  'unverifiable-model-file',
  'malformed-format',
  'keras-config',
  'template-ssti',
  // generate_more.py
  'scanner-limit',
  'container-tar-reader',
  // generate_extra.py
  'onnx-external-data',
];

/** Builds the big variants from their templates (keeps the committed corpus small). */
function materialise(e: Entry, scratch: string): string {
  const src = join(HERE, e.dir ?? 'corpus', e.file);
  if (!e.expand) return src;
  const { at, count, fill, len_at: lenAt, len_size: lenSize } = e.expand;
  const t = readFileSync(src);
  const out = Buffer.concat([t.subarray(0, at), Buffer.alloc(count, fill), t.subarray(at)]);
  if (lenAt !== undefined) {
    if (lenSize === 4) out.writeUInt32LE(out.readUInt32LE(lenAt) + count, lenAt);
    else out.writeBigUInt64LE(out.readBigUInt64LE(lenAt) + BigInt(count), lenAt);
  }
  const dst = join(scratch, e.dir ?? 'corpus', e.file);
  mkdirSync(dirname(dst), { recursive: true });
  writeFileSync(dst, out);
  return dst;
}

async function scanAll(entries: Entry[], scratch: string): Promise<Outcome[]> {
  const out: Outcome[] = new Array<Outcome>(entries.length);
  let next = 0;
  // Scanning is mostly small reads and CPU: a few files in flight hide the I/O without piling up buffers.
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const i = next++;
      const entry = entries[i]!;
      const abs = materialise(entry, scratch);
      const r = await scanFile(abs, entry.file, statSync(abs).size, opts);
      const blocking = r.findings.filter((f) => atLeast(f.severity, failOn));
      out[i] = {
        entry,
        flagged: blocking.length > 0,
        findings: (entry.kind === 'benign' ? blocking : r.findings).map(
          (f) => `${f.severity} ${f.ruleId}: ${f.message.slice(0, 140)}`,
        ),
      };
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return out;
}

/** How many files per cause a failure lists (REDTEAM_SHOW=1000 lists them all). */
const SHOW = Number(process.env.REDTEAM_SHOW ?? 4);

/** `{ cause: ["N files", first few with what the scanner said] }`, for a failure message one can read. */
function grouped(list: Outcome[]): Record<string, string[]> {
  const by: Record<string, Outcome[]> = {};
  for (const o of list) (by[o.entry.cause] ??= []).push(o);
  return Object.fromEntries(
    Object.entries(by)
      .sort((a, b) => b[1].length - a[1].length)
      .map(([cause, os]) => [
        cause,
        [
          `${os.length} file(s)`,
          ...os
            .slice(0, SHOW)
            .map(
              (o) =>
                `${o.entry.file}${o.entry.globals?.length ? ` [imports ${o.entry.globals.join(', ')}]` : ''} -> ${
                  o.findings.length ? o.findings.slice(0, 2).join(' | ') : 'no finding'
                }`,
            ),
        ],
      ]),
  );
}

describe('red-team corpus (issue 13)', () => {
  const malicious = manifest.filter((e) => e.kind === 'malicious');
  const benign = manifest.filter((e) => e.kind === 'benign');
  let scratch = '';
  let results: Outcome[] = [];

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'mlg-redteam-'));
    results = await scanAll(manifest, scratch);
    const escapes = results.filter((o) => o.entry.kind === 'malicious' && !o.flagged);
    const alarms = results.filter((o) => o.entry.kind === 'benign' && o.flagged);
    const lines = [
      `red-team corpus: escapes ${escapes.length}/${malicious.length}, false alarms ${alarms.length}/${benign.length}`,
      ...Object.entries(grouped(escapes)).map(([c, l]) => `  escapes, ${c}: ${l[0]}`),
      ...Object.entries(grouped(alarms)).map(([c, l]) => `  false alarms, ${c}: ${l[0]}`),
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }, 600_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('has at least 2,000 malicious and 200 benign files covering every root cause', () => {
    expect(malicious.length).toBeGreaterThanOrEqual(2000);
    expect(benign.length).toBeGreaterThanOrEqual(200);
    const causes = new Set(malicious.map((e) => e.cause));
    expect(CAUSES.filter((c) => !causes.has(c))).toEqual([]);
    // A label for every pickle-borne file: the oracle saw the import the loader makes.
    const unlabelled = malicious.filter(
      (e) =>
        !e.globals?.length &&
        ![
          'unverifiable-model-file',
          'malformed-format',
          'keras-config',
          'template-ssti',
          'onnx-external-data',
        ].includes(e.cause),
    );
    expect(unlabelled.map((e) => e.file)).toEqual([]);
  });

  it('expands the big variants (past 500,000 opcodes, 1 MiB and 16 MiB)', () => {
    const big = manifest.filter((e) => e.expand);
    expect(big.length).toBeGreaterThan(0);
    for (const e of big)
      expect(statSync(materialise(e, scratch)).size).toBe(
        statSync(join(HERE, e.dir ?? 'corpus', e.file)).size + e.expand!.count,
      );
    expect(big.filter((e) => e.expand!.count > 1 << 20).length).toBeGreaterThan(0);
  });

  it('flags every malicious file (escapes grouped by root cause)', () => {
    const escapes = results.filter((o) => o.entry.kind === 'malicious' && !o.flagged);
    expect(grouped(escapes)).toEqual({});
  });

  it('passes every benign file made by the real producers (false alarms grouped)', () => {
    const alarms = results.filter((o) => o.entry.kind === 'benign' && o.flagged);
    expect(grouped(alarms)).toEqual({});
  });

  it('names the dangerous import for the pickles that import one by name', () => {
    // Not just "something is wrong": where the oracle saw os.system imported by GLOBAL/STACK_GLOBAL, the
    // scanner's findings name it too.
    const named = results.filter(
      (o) =>
        o.entry.kind === 'malicious' &&
        o.flagged &&
        o.entry.cause === 'reach-callable' &&
        o.entry.globals?.length === 1 &&
        o.entry.globals[0] === 'os.system',
    );
    expect(named.length).toBeGreaterThan(0);
    const missing = named.filter((o) => !o.findings.some((f) => f.includes('system')));
    expect(missing.map((o) => `${o.entry.file}: ${o.findings.join(' | ')}`)).toEqual([]);
  });
});
