import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { UserError } from '@ml-gates/core';
import {
  loadPredictions,
  type ClassificationPredictions,
  type LoadOptions,
} from '../../packages/performance-gate/src/predictions.js';
import { MetricEngine, parseMetricKey } from '../../packages/performance-gate/src/metrics.js';
import { workspace } from './scenarios.js';

const FIX = join(import.meta.dirname, '../fixtures/performance-gate');

async function errorOf(content: string, name: string, opts: LoadOptions = { columns: {} }): Promise<UserError> {
  const dir = workspace();
  writeFileSync(join(dir, name), content);
  try {
    await loadPredictions(join(dir, name), name, opts);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected an error');
}

describe('malformed predictions give clear errors (file, row, column, fix)', () => {
  it('a missing column names the column and lists the ones that exist', async () => {
    const e = await errorOf('y,score\n1,0.2\n', 'p.csv', { columns: { label: 'label' } });
    expect(e.message).toBe('p.csv: no column "label" (the label column).');
    expect(e.describe()).toContain('Columns in the file: y, score.');
    expect(e.describe()).toContain('columns.label');
  });

  it('no prediction or score column at all', async () => {
    const e = await errorOf('label,feature\n1,0.2\n', 'p.csv');
    expect(e.message).toContain('no prediction or score column');
  });

  it('a label outside the known classes (per-class probability columns)', async () => {
    const e = await errorOf(
      '{"label":"cat","p_cat":0.7,"p_dog":0.3}\n{"label":"fish","p_cat":0.5,"p_dog":0.5}\n',
      'p.jsonl',
      { columns: { 'score-prefix': 'p_' } },
    );
    expect(e.message).toBe(
      'p.jsonl: row 2 (line 2), column "label": the label "fish" is not one of the known classes (cat, dog).',
    );
    expect(e.describe()).toContain('Add a "p_fish" probability column');
  });

  it('a prediction outside the classes of a binary task', async () => {
    const e = await errorOf('label,prediction\n0,1\n1,1\n0,2\n', 'p.csv', { columns: {}, task: 'binary' });
    expect(e.message).toContain('the task is binary but the labels and predictions hold 3 classes (0, 1, 2)');
  });

  it('probabilities that do not sum to 1 name the row', async () => {
    const e = await errorOf('label,proba_a,proba_b,proba_c\na,0.2,0.3,0.5\nb,0.5,0.6,0.1\n', 'p.csv', {
      columns: { 'score-prefix': 'proba_' },
    });
    expect(e.message).toBe('p.csv: row 2 (line 3), column "proba_*": the class probabilities sum to 1.20000, not 1.');
    expect(e.describe()).toContain('probability-tolerance');
  });

  it('a probability outside [0, 1]', async () => {
    const e = await errorOf('label,proba_a,proba_b\na,1.2,-0.2\n', 'p.csv', { columns: { 'score-prefix': 'proba_' } });
    expect(e.message).toContain('column "proba_a": the probability 1.2 is outside [0, 1]');
  });

  it('NaN and empty cells', async () => {
    const nan = await errorOf('label,score\n1,0.2\n0,NaN\n', 'p.csv');
    expect(nan.message).toBe('p.csv: row 2 (line 3), column "score": the score is not a number ("NaN").');
    const jnan = await errorOf('{"label":1,"score":0.3}\n{"label":0,"score":null}\n', 'p.jsonl');
    expect(jnan.message).toBe('p.jsonl: row 2 (line 2), column "score": the score is empty.');
    const label = await errorOf('label,prediction\n1,1\n,0\n', 'p.csv');
    expect(label.message).toContain('row 2 (line 3), column "label": the label is empty');
    const reg = await errorOf('target,predicted\n1.5,2.5\n2.25,nan\n', 'p.csv', {
      columns: { label: 'target', prediction: 'predicted' },
    });
    expect(reg.message).toContain('row 2 (line 3), column "predicted": the prediction is not a number');
  });

  it('ragged CSV rows, invalid JSON lines, unknown formats, missing files, empty files', async () => {
    // Read by core's table reader (shared with the data-gate): its messages name the file and the line.
    expect((await errorOf('label,score\n1,0.2,9\n', 'p.csv')).message).toContain(
      'p.csv: line 2: ragged row with 3 field(s) where the header has 2',
    );
    expect((await errorOf('{"label":1,"score":0.2}\n{"label":\n', 'p.jsonl')).message).toContain(
      'p.jsonl: line 2: not valid JSON',
    );
    expect((await errorOf('[1,2]\n', 'p.jsonl')).message).toContain(
      'p.jsonl: line 1: expected a JSON object, found an array',
    );
    expect((await errorOf('label,score\n', 'p.csv')).message).toContain('has a header but no rows');
    expect((await errorOf('', 'p.csv')).message).toContain('empty');
    expect((await errorOf('x', 'p.xlsx')).message).toContain('cannot tell the predictions format');
    await expect(loadPredictions('/nonexistent/p.csv', 'p.csv', { columns: {} })).rejects.toMatchObject({
      code: 'input-unreadable',
    });
  });

  it('caps the number of rows', async () => {
    const e = await errorOf('label,score\n1,0.2\n0,0.4\n1,0.9\n', 'p.csv', { columns: {}, 'max-rows': 2 });
    expect(e.message).toBe('p.csv: more than 2 rows.');
  });

  it('names the line a row starts on, also after a quoted field spanning lines', async () => {
    const e = await errorOf('id,label,score\n"a\nb",1,0.2\nc,0,oops\n', 'p.csv', { columns: { id: 'id' } });
    expect(e.message).toBe('p.csv: row 2 (line 4), column "score": the score is not a number ("oops").');
  });

  it('refuses nested JSON values in the columns it reads', async () => {
    const e = await errorOf('{"label":1,"score":0.2}\n{"label":{"a":1},"score":0.3}\n', 'p.jsonl');
    expect(e.message).toBe('p.jsonl: line 2, column "label" holds a nested value.');
  });
});

describe('what the shared table reader brings to predictions files', () => {
  it('reads gzip-compressed predictions, and keeps "NA" and "None" as class names', async () => {
    const dir = workspace();
    const text = 'label,prediction\nNA,NA\nNone,NA\nNone,None\n';
    writeFileSync(join(dir, 'p.csv.gz'), gzipSync(text));
    const p = (await loadPredictions(join(dir, 'p.csv.gz'), 'p.csv.gz', { columns: {} })) as ClassificationPredictions;
    expect(p.classes).toEqual(['NA', 'None']);
    expect(Array.from(p.y)).toEqual([0, 1, 1]);
    expect(Array.from(p.pred)).toEqual([0, 0, 1]);
  });

  it('refuses a latin-1 predictions file at the line of its first invalid byte; its UTF-8 twin reads', async () => {
    const dir = workspace();
    const text = 'label,score,group\n1,0.9,Zoë\n0,0.2,José\n1,0.6,Zoë\n';
    writeFileSync(join(dir, 'u.csv'), text);
    // A latin-1 byte (0xEB) is invalid UTF-8: the reader says where, instead of guessing.
    writeFileSync(join(dir, 'l.csv'), Buffer.from(text, 'latin1'));
    const e = await loadPredictions(join(dir, 'l.csv'), 'l.csv', { columns: {} }).catch((x: unknown) => x);
    expect((e as UserError).message).toBe('l.csv: line 2: bytes are not valid utf-8 text.');
    const u = (await loadPredictions(join(dir, 'u.csv'), 'u.csv', {
      columns: { group: 'group' },
    })) as ClassificationPredictions;
    expect(u.group).toEqual(['Zoë', 'José', 'Zoë']);
    expect(Array.from(u.scores![1]!)).toEqual([0.9, 0.2, 0.6]);
  });
});

describe('task inference and column guessing', () => {
  it('infers binary, multiclass and regression', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'b.csv'), 'y_true,y_pred\nyes,no\nno,no\n');
    writeFileSync(join(dir, 'm.csv'), 'label,prediction\n1,2\n2,3\n3,3\n');
    writeFileSync(join(dir, 'r.csv'), 'target,prediction\n1.5,2\n2.25,2\n');
    const b = (await loadPredictions(join(dir, 'b.csv'), 'b.csv', { columns: {} })) as ClassificationPredictions;
    expect(b.task).toBe('binary');
    expect(b.classes).toEqual(['no', 'yes']);
    expect((await loadPredictions(join(dir, 'm.csv'), 'm.csv', { columns: {} })).task).toBe('multiclass');
    expect((await loadPredictions(join(dir, 'r.csv'), 'r.csv', { columns: {} })).task).toBe('regression');
  });

  it('pos-label reorders the classes; a threshold derives predictions from scores', async () => {
    const dir = workspace();
    writeFileSync(join(dir, 'b.csv'), 'label,score\nspam,0.9\nham,0.4\nspam,0.6\n');
    const p = (await loadPredictions(join(dir, 'b.csv'), 'b.csv', {
      columns: {},
      'pos-label': 'spam',
      threshold: 0.5,
    })) as ClassificationPredictions;
    expect(p.classes).toEqual(['ham', 'spam']);
    expect(Array.from(p.pred)).toEqual([1, 0, 1]);
    expect(p.predictionSource).toBe('threshold');
    const e = await errorOf('label,score\nspam,0.9\nham,0.2\n', 'c.csv', { columns: {}, 'pos-label': 'eggs' });
    expect(e.message).toContain('the positive class "eggs" (pos-label) is not one of the classes');
  });
});

describe('Parquet', () => {
  it('reads the binary parity fixture written as Parquet and gives the same metrics as the CSV', async () => {
    const lines = readFileSync(join(FIX, 'binary.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'label', data: lines.map((l) => Number(l[1])), type: 'INT32' },
        { name: 'score', data: lines.map((l) => Number(l[2])), type: 'DOUBLE' },
        { name: 'prediction', data: lines.map((l) => Number(l[3])), type: 'INT32' },
        { name: 'group', data: lines.map((l) => l[4]!), type: 'STRING' },
      ],
    });
    const dir = workspace();
    writeFileSync(join(dir, 'b.parquet'), Buffer.from(buffer));
    const pq = await loadPredictions(join(dir, 'b.parquet'), 'b.parquet', { columns: { group: 'group' } });
    const csv = await loadPredictions(join(FIX, 'binary.csv'), 'binary.csv', { columns: { group: 'group' } });
    expect(pq.n).toBe(csv.n);
    for (const k of ['accuracy', 'roc_auc', 'log_loss', 'f1']) {
      expect(new MetricEngine(pq).compute(parseMetricKey(k)!)).toBe(new MetricEngine(csv).compute(parseMetricKey(k)!));
    }
    expect(pq.group).toEqual(csv.group);
  });

  it('a file that is not Parquet is unreadable, not a crash', async () => {
    const e = await errorOf('not parquet at all', 'p.parquet');
    expect(e.code).toBe('input-invalid');
    expect(e.message).toContain('p.parquet is not a Parquet file');
  });
});
