import { describe, expect, it } from '@jest/globals';
import {
  checkMergeable,
  parseConfig,
  REPORT_SCHEMA_VERSION,
  type GateResult,
  type PartialReport,
} from '@ml-gates/core';
import { dataGate } from '@ml-gates/data-gate';
import { prepareGate } from '../../packages/core/src/engine.js';
import { configDigest, inputsDigest } from '../../packages/core/src/shard/spec.js';

const CONFIG = `version: 1
include: ['data/**']
gates:
  data-gate:
    dataset: data/cur.csv
    reference: data/ref.csv
`;
const config = parseConfig(CONFIG, 'ml-gates.yml', [dataGate]).config;

/** A partial report of data-gate shard `index` of 2 with the given digests. */
function partial(index: number, digests: { configDigest?: string; inputsDigest?: string }): PartialReport {
  const result = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    gate: 'data-gate',
    version: '1.0.0',
    verdict: 'pass',
    headline: '',
    checks: [],
    subjects: [],
    waivers: [],
    errors: [],
    timings: { startedAt: '', finishedAt: '', durationMs: 0 },
    tool: { name: 'ml-gates', version: '1.0.0', rulesets: {} },
    commit: 'a'.repeat(40),
    shard: { index, count: 2, plan: 'p', items: 1 },
    ...digests,
  } as GateResult;
  return { source: `s${index}/data-gate.json`, result };
}

describe('the two digests of a result', () => {
  it('the config digest ignores flags and inputs; the inputs digest ignores the config file', () => {
    const plain = prepareGate(dataGate, config);
    const flagged = prepareGate(dataGate, config, { options: { bins: 20 } });
    expect(flagged.configDigest).toBe(plain.configDigest);
    expect(flagged.inputsDigest).not.toBe(plain.inputsDigest);
    const other = parseConfig(CONFIG.replace('ref.csv', 'ref2.csv'), 'ml-gates.yml', [dataGate]).config;
    expect(prepareGate(dataGate, other).configDigest).not.toBe(plain.configDigest);
    expect(prepareGate(dataGate, other).inputsDigest).toBe(plain.inputsDigest);
    expect(plain.configDigest).toBe(configDigest(config, 'data-gate'));
  });

  it('no inputs digest alike in every shape; a fail-on, a check setting or a walk scope of its own count', () => {
    const none = inputsDigest({});
    for (const o of [{ options: {} }, { options: {}, checks: {} }, { options: { bins: undefined } }, undefined])
      expect(inputsDigest(o)).toBe(none);
    const given = [{ failOn: 'low' }, { checks: { drift: { mode: 'warn' } } }, { options: { bins: 20 } }];
    const digests = new Set(given.map((o) => inputsDigest(o)));
    expect(digests.size).toBe(3);
    expect(digests.has(none)).toBe(false);
    // The scope an action passes from the config's include/exclude is no input; another scope is.
    expect(prepareGate(dataGate, config, {}, { include: ['data/**'] }).inputsDigest).toBe(none);
    expect(prepareGate(dataGate, config, {}, { include: ['other/**'] }).inputsDigest).not.toBe(none);
  });
});

describe('ml-gates merge compares both digests', () => {
  const c = configDigest(config, 'data-gate');
  const i = inputsDigest({});
  it('shards with the same config and inputs are mergeable', () => {
    expect(
      checkMergeable(
        [partial(2, { configDigest: c, inputsDigest: i }), partial(1, { configDigest: c, inputsDigest: i })],
        [dataGate],
      ).get('data-gate'),
    ).toHaveLength(2);
  });

  it.each([
    ['config files', { configDigest: 'b'.repeat(64), inputsDigest: i }, /the config files' settings differ/],
    [
      'inputs',
      { configDigest: c, inputsDigest: inputsDigest({ failOn: 'low' }) },
      /command-line flags or action inputs differ/,
    ],
    [
      'a shard without an inputs digest (older ml-gates)',
      { configDigest: c },
      /command-line flags or action inputs differ/,
    ],
  ])('shards with other %s are refused, naming each digest with its files', (_what, second, reason) => {
    let error: unknown;
    try {
      checkMergeable([partial(1, { configDigest: c, inputsDigest: i }), partial(2, second)], [dataGate]);
    } catch (e) {
      error = e;
    }
    const e = error as { message: string; details: string[] };
    expect(e.message).toMatch(reason);
    expect(e.details.join('\n')).toMatch(/s1\/data-gate\.json/);
    expect(e.details.join('\n')).toMatch(/s2\/data-gate\.json/);
  });
});
