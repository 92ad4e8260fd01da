/**
 * Split checks: rows shared between the dataset (training split) and a held-out split, by exact row hash
 * (all columns, normalised cell text) and by key columns; class-balance shift of a label column.
 * Row hashes are 64-bit (two independent 32-bit FNV-1a lanes) kept in typed arrays, sorted and intersected:
 * 16 bytes a row, no strings kept.
 */
import type { ColumnData } from '../profile/accumulate.js';
import type { Cell, CheckOutput, Finding, Metric, RowPosition, RowSink } from '@ml-gates/core';
import { identityKey } from '@ml-gates/core/io';
import { GrowableF64 } from '../profile/accumulate.js';
import { lInfinity, psi } from '../stats/tests.js';

function fnv(s: string, h: number): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** 64-bit hash of a row as a double (52 bits of entropy kept exactly: hi 20 bits + lo 32 bits). */
function rowKey(parts: string): number {
  const a = fnv(parts, 2166136261);
  const b = fnv(parts, 0x9747b28c);
  return (a & 0xfffff) * 4294967296 + b;
}

/** A cell's identity in a row hash: one value however it was written (core's `identityKey`); null apart. */
function norm(c: Cell): string {
  return c === null ? '\u0000' : identityKey(c);
}

/** Collects row hashes (and key hashes) with their row numbers. */
export class RowHashSink implements RowSink {
  private names: readonly string[] = [];
  private keyIdx: number[] = [];
  readonly rowHashes = new GrowableF64();
  readonly keyHashes = new GrowableF64();
  readonly rowNumbers = new GrowableF64();
  readonly files: string[] = [];
  readonly fileOf = new GrowableF64();
  private fileIndex = new Map<string, number>();

  constructor(private readonly keys: readonly string[]) {}

  columns(all: readonly string[]): void {
    this.names = all;
    this.keyIdx = this.keys.map((k) => all.indexOf(k));
  }

  row(cells: readonly Cell[], pos: RowPosition): void {
    let s = '';
    for (let i = 0; i < this.names.length; i++) s += `${norm(cells[i] ?? null)}\u0001`;
    this.rowHashes.push(rowKey(s));
    if (this.keyIdx.length > 0 && this.keyIdx.every((i) => i >= 0)) {
      let k = '';
      for (const i of this.keyIdx) k += `${norm(cells[i] ?? null)}\u0001`;
      this.keyHashes.push(rowKey(k));
    }
    let f = this.fileIndex.get(pos.file);
    if (f === undefined) {
      f = this.files.length;
      this.files.push(pos.file);
      this.fileIndex.set(pos.file, f);
    }
    this.fileOf.push(f);
    this.rowNumbers.push(pos.line ?? pos.row);
  }

  missingKeys(): string[] {
    return this.keys.filter((_k, i) => (this.keyIdx[i] ?? -1) < 0);
  }
}

function overlap(a: Float64Array, b: Float64Array): { count: number; shared: Set<number> } {
  const sa = a.slice().sort();
  const sb = new Set(b);
  const shared = new Set<number>();
  let count = 0;
  for (let i = 0; i < sa.length; i++) {
    if (sb.has(sa[i]!)) {
      count++;
      shared.add(sa[i]!);
    }
  }
  return { count, shared };
}

function examples(
  hashes: Float64Array,
  shared: Set<number>,
  sink: RowHashSink,
  max: number,
  rows: Float64Array,
  fileOf: Float64Array,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < hashes.length && out.length < max; i++) {
    if (shared.has(hashes[i]!)) out.push(`${sink.files[fileOf[i]!]}:${rows[i]}`);
  }
  return out;
}

export function leakageCheck(
  train: RowHashSink,
  test: RowHashSink,
  keys: readonly string[],
  path: string,
  testPath: string,
  maxExamples: number,
): CheckOutput {
  const findings: Finding[] = [];
  const metrics: Metric[] = [];
  const tr = train.rowHashes.take();
  const te = test.rowHashes.take();
  const trRows = train.rowNumbers.take();
  const teRows = test.rowNumbers.take();
  const trFile = train.fileOf.take();
  const teFile = test.fileOf.take();
  const rows = overlap(te, tr);
  metrics.push({
    name: 'shared_rows',
    method: 'row_hash',
    value: rows.count,
    unit: 'rows',
    details: { testRows: te.length, trainRows: tr.length, hash: '64-bit FNV-1a (two lanes) over normalised cells' },
  });
  if (rows.count > 0) {
    const ex = examples(te, rows.shared, test, maxExamples, teRows, teFile);
    const exTrain = examples(tr, rows.shared, train, maxExamples, trRows, trFile);
    findings.push({
      ruleId: 'leakage.duplicate-rows',
      severity: 'high',
      message: `${rows.count} of ${te.length} held-out rows also appear in the training data (held-out ${ex.join(', ')}; training ${exTrain.join(', ')}).`,
      location: { path: testPath },
      help: 'Identical rows in both splits inflate evaluation metrics; deduplicate before splitting.',
    });
  }
  if (keys.length > 0) {
    const missing = [...new Set([...train.missingKeys(), ...test.missingKeys()])];
    if (missing.length > 0) {
      findings.push({
        ruleId: 'leakage.key-missing',
        severity: 'high',
        message: `Key column(s) ${missing.join(', ')} missing in a split; key overlap not checked.`,
        location: { path, field: missing[0]! },
      });
    } else {
      const ktr = train.keyHashes.take();
      const kte = test.keyHashes.take();
      const k = overlap(kte, ktr);
      metrics.push({ name: 'shared_keys', method: 'key_hash', value: k.count, unit: 'rows', details: { keys } });
      if (k.count > 0) {
        const ex = examples(kte, k.shared, test, maxExamples, teRows, teFile);
        findings.push({
          ruleId: 'leakage.key-overlap',
          severity: 'high',
          message: `${k.count} held-out rows share their key (${keys.join(', ')}) with training rows (e.g. ${ex.join(', ')}).`,
          location: { path: testPath, field: keys[0]! },
          help: 'Entities on both sides of the split leak information; split by key (group split).',
        });
      }
    }
  }
  return {
    id: 'leakage',
    title: 'Train/test leakage',
    summary:
      findings.length === 0
        ? `no shared rows${keys.length ? ' or keys' : ''} between ${path} and ${testPath}`
        : undefined,
    findings,
    metrics,
  } as CheckOutput;
}

export interface LabelOptions {
  column?: string;
  metric: 'linf' | 'psi';
  warn: number;
  fail: number;
}

export function labelBalanceCheck(
  label: string,
  base: ColumnData | undefined,
  other: ColumnData | undefined,
  o: LabelOptions,
  path: string,
  otherName: string,
): CheckOutput {
  if (!base || !other) {
    return {
      id: 'label-balance',
      title: 'Label balance',
      outcome: 'error',
      summary: `label column ${label} not found in ${!base ? 'the dataset' : otherName}`,
      findings: [],
    };
  }
  const keys = [...new Set([...base.categories.keys(), ...other.categories.keys()])].sort();
  const p = keys.map((k) => base.categories.get(k) ?? 0);
  const q = keys.map((k) => other.categories.get(k) ?? 0);
  const empty = p.every((n) => n === 0) ? 'the dataset' : q.every((n) => n === 0) ? otherName : undefined;
  if (empty) {
    // Shares of nothing are NaN, and NaN is below every threshold: not run, never "consistent".
    const reason = `${empty} has no labelled rows in ${label} (no rows, or every label is missing)`;
    // core's notRun() shape, written out: this module runs in the reading threads, which import core/io only.
    return {
      id: 'label-balance',
      title: 'Label balance',
      outcome: 'not-run',
      notRun: reason,
      summary: `not run: ${reason}`,
    };
  }
  const value = o.metric === 'psi' ? psi(p, q, 1e-4) : lInfinity(p, q);
  const verdict = value >= o.fail ? 'fail' : value >= o.warn ? 'warn' : 'pass';
  const share = (arr: number[]) => {
    const t = arr.reduce((a, b) => a + b, 0);
    return Object.fromEntries(keys.map((k, i) => [k, t > 0 ? arr[i]! / t : 0]));
  };
  return {
    id: 'label-balance',
    title: 'Label balance',
    summary: `class shares ${verdict === 'pass' ? 'consistent' : 'shifted'} between the dataset and ${otherName} (${o.metric} ${value.toFixed(4)})`,
    metrics: [
      {
        name: 'label_shift',
        method: o.metric,
        subject: label,
        value,
        threshold: o.fail,
        verdict,
        details: {
          bands: { warn: o.warn, fail: o.fail },
          datasetShares: share(p),
          otherShares: share(q),
          against: otherName,
          ...(o.metric === 'psi' ? { epsilon: 1e-4, logBase: 'e' } : {}),
        },
      },
    ],
    outcome: verdict,
    details: { path },
  };
}
