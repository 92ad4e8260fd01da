import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateBomJson } from '../../../packages/model-scan/src/supply-chain/bom/validate.js';
import { defaultConfig, runGate, silentLogger, type Gate } from '@ml-gates/core';
import { FileDigests } from '@ml-gates/model-scan';
import { parseModelCard } from '../../../packages/model-scan/src/supply-chain/model-card/card.js';
import {
  runSupplyChainChecks,
  SUPPLY_CHAIN_CHECKS,
  supplyChainCommands,
  supplyChainOptionsSchema,
} from '../../../packages/model-scan/src/supply-chain/index.js';
import { context, copyFixture, FIXTURES } from './helpers.js';

const reference = JSON.parse(readFileSync(join(FIXTURES, 'reference.json'), 'utf8')) as {
  model: { modelSha256: string };
};

const validateCycloneDx = validateBomJson;

describe('model cards', () => {
  it('reads Hugging Face front matter and sections', () => {
    const text = readFileSync(join(FIXTURES, 'model-project/models/classifier/README.md'), 'utf8');
    const card = parseModelCard('README.md', text);
    expect(card.license).toBe('apache-2.0');
    expect(card.datasets).toEqual(['imdb']);
    expect(card.metrics).toEqual([{ type: 'accuracy', value: 0.91, dataset: 'imdb' }]);
    expect(Object.keys(card.fields).sort()).toEqual([
      'evaluation',
      'intended-use',
      'license',
      'limitations',
      'training-data',
    ]);
    expect(card.fields['intended-use']).toMatch(/Sentiment classification/);
  });

  it('treats placeholders as missing and reads model-card.json', () => {
    const md = parseModelCard(
      'README.md',
      '---\nlicense: mit\n---\n## Uses\n\n[More Information Needed]\n\n## Limitations\nTODO\n',
    );
    expect(md.fields['intended-use']).toBeUndefined();
    expect(md.fields.limitations).toBeUndefined();
    const json = parseModelCard(
      'model-card.json',
      JSON.stringify({
        intendedUse: 'fraud scoring',
        limitations: 'EU data only',
        trainingData: 'tx-2025',
        evaluation: [{ metric: 'auc', value: 0.93 }],
        license: 'proprietary',
      }),
    );
    expect(Object.keys(json.fields).sort()).toEqual([
      'evaluation',
      'intended-use',
      'license',
      'limitations',
      'training-data',
    ]);
    expect(json.metrics).toEqual([{ type: 'auc', value: 0.93 }]);
  });

  it('reports missing fields and licences outside the allowlist', async () => {
    const dir = copyFixture('model-project');
    const ok = await runSupplyChainChecks(
      context(dir, { 'model-card': 'warn' }, { 'model-card': { licenses: ['Apache-2.0', 'mit'] } }),
    );
    expect(ok[0]!.findings).toEqual([]);

    writeFileSync(
      join(dir, 'models/classifier/README.md'),
      '---\nlicense: cc-by-nc-4.0\n---\n# m\n## Intended use\nDemos.\n',
    );
    const [bad] = await runSupplyChainChecks(
      context(dir, { 'model-card': 'warn' }, { 'model-card': { licenses: ['apache-2.0'] } }),
    );
    expect(bad!.findings!.map((f) => f.ruleId).sort()).toEqual([
      'model-card.incomplete',
      'model-card.incomplete',
      'model-card.incomplete',
      'model-card.license-not-allowed',
    ]);
    expect(
      bad!
        .findings!.filter((f) => f.ruleId === 'model-card.incomplete')
        .map((f) => f.message.match(/has no ([\w-]+)/)![1])
        .sort(),
    ).toEqual(['evaluation', 'limitations', 'training-data']);
  });

  it('a model without a card is reported', async () => {
    const dir = copyFixture('model-project');
    writeFileSync(join(dir, 'models/classifier/README.md'), '# just a readme without metadata\n');
    // A README beside a model file counts as its card, even without front matter.
    const [beside] = await runSupplyChainChecks(context(dir, { 'model-card': 'warn' }));
    expect(beside!.findings!.filter((f) => f.ruleId === 'model-card.incomplete')).toHaveLength(5);
    const [none] = await runSupplyChainChecks(
      context(dir, { 'model-card': 'warn' }, { 'model-card': { paths: ['nope/model-card.json'] } }),
    );
    expect(none!.findings!.map((f) => f.ruleId)).toEqual(['model-card.missing']);
  });
});

describe('ML-BOM', () => {
  it('writes a CycloneDX 1.6 BOM that validates against the schema, with hashes, card data, datasets and scan results', async () => {
    const dir = copyFixture('model-project');
    await supplyChainCommands[0]!.action!(
      ['models'],
      { out: 'model-manifest.json' },
      { cwd: dir, logger: silentLogger },
    );
    writeFileSync(join(dir, 'load.py'), 'import torch\nstate = torch.load("models/classifier/model.pt")\n');
    const outputs = await runSupplyChainChecks(
      context(dir, { 'unsafe-loading': 'block', integrity: 'block', 'model-card': 'warn', 'ml-bom': 'warn' }),
      {
        // what the artifact scan of the same run hands over
        outputs: [
          {
            id: 'pickle',
            title: 'Pickle scan',
            findings: [
              {
                ruleId: 'pickle.global',
                severity: 'low',
                message: 'imports collections.OrderedDict',
                location: { path: 'models/classifier/model.pt' },
              },
            ],
          },
        ],
        digests: new FileDigests(),
      },
    );
    const bomCheck = outputs.find((o) => o.id === 'ml-bom')!;
    expect(bomCheck.details!.bom).toBe('.ml-gates/ml-bom.cdx.json');
    const text = readFileSync(join(dir, '.ml-gates/ml-bom.cdx.json'), 'utf8');
    expect(await validateCycloneDx(text)).toBeNull();

    const bom = JSON.parse(text);
    expect(bom.specVersion).toBe('1.6');
    const model = bom.components.find((c: { type: string }) => c.type === 'machine-learning-model');
    expect(model.hashes).toEqual([{ alg: 'SHA-256', content: reference.model.modelSha256 }]);
    const props = Object.fromEntries(
      model.properties
        .filter((p: { name: string }) => p.name !== 'ml-gates:finding')
        .map((p: { name: string; value: string }) => [p.name, p.value]),
    );
    expect(props).toMatchObject({
      'ml-gates:format': 'pytorch-pickle',
      'ml-gates:framework': 'pytorch',
      'ml-gates:integrity': 'verified',
    });
    expect(
      model.properties
        .filter((p: { name: string }) => p.name === 'ml-gates:finding')
        .map((p: { value: string }) => p.value),
    ).toEqual(['low pickle.global: imports collections.OrderedDict']);
    expect(model.licenses).toEqual([{ license: { id: 'Apache-2.0' } }]);
    expect(model.modelCard.modelParameters).toEqual({
      task: 'text-classification',
      datasets: [{ ref: 'dataset:imdb' }],
    });
    expect(model.modelCard.quantitativeAnalysis.performanceMetrics).toEqual([
      { type: 'accuracy', value: '0.91', slice: 'imdb' },
    ]);
    expect(model.modelCard.considerations.useCases[0]).toMatch(/Sentiment/);
    const dataset = bom.components.find((c: { type: string }) => c.type === 'data');
    expect(dataset.data).toEqual([{ type: 'dataset', name: 'imdb' }]);
  });

  it('the schema validator rejects a broken BOM (the validation is real)', async () => {
    const broken = JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      version: 1,
      components: [
        {
          type: 'machine-learning-model',
          name: 'm',
          modelCard: { quantitativeAnalysis: { performanceMetrics: 'nope' } },
        },
      ],
    });
    expect(await validateCycloneDx(broken)).not.toBeNull();
  });
});

describe('through the engine', () => {
  const gate: Gate = {
    name: 'model-scan',
    title: 'Supply chain (test wrapper)',
    description: 'Wraps the supply-chain checks.',
    checks: SUPPLY_CHAIN_CHECKS,
    optionsSchema: { paths: { type: 'array', items: { type: 'string' }, default: ['.'] }, ...supplyChainOptionsSchema },
    run: async (ctx) => ({ checks: await runSupplyChainChecks(ctx) }),
  };

  it('the options schema validates, defaults apply, off checks are skipped and unsafe code fails the gate', async () => {
    const dir = copyFixture('model-project');
    writeFileSync(join(dir, 'load.py'), 'import torch\nstate = torch.load("models/classifier/model.pt")\n');
    const config = defaultConfig();
    const r = await runGate(gate, { config, cwd: dir, logger: silentLogger });
    expect(r.verdict).toBe('fail');
    const byId = Object.fromEntries(r.checks.map((c) => [c.id, c]));
    expect(byId['unsafe-loading']!.verdict).toBe('fail');
    expect(byId['unsafe-loading']!.findings[0]!.location).toEqual({ path: 'load.py', line: 2, column: 9 });
    expect(byId.signature!.verdict).toBe('skipped');
    expect(byId.integrity!.verdict).toBe('pass');
    expect(byId['model-card']!.verdict).toBe('pass');
    expect(byId['ml-bom']!.verdict).toBe('pass');

    config.gates['model-scan'] = { checks: { signature: 'block' }, manifest: { required: true } } as never;
    const strict = await runGate(gate, { config, cwd: dir, logger: silentLogger });
    const s = Object.fromEntries(strict.checks.map((c) => [c.id, c]));
    expect(s.signature!.verdict).toBe('fail');
    expect(s.integrity!.findings.map((f) => f.ruleId)).toEqual(['integrity.manifest-missing']);

    config.gates['model-scan'] = { manifest: { pth: 'x' } } as never;
    await expect(runGate(gate, { config, cwd: dir, logger: silentLogger })).rejects.toThrow(/Invalid settings/);
  });
});
