import { describe, expect, it } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { silentLogger } from '@ml-gates/core';
import { validateBomJson } from '../../../packages/model-scan/src/supply-chain/bom/validate.js';
import { runSupplyChainChecks, supplyChainCommands } from '../../../packages/model-scan/src/supply-chain/index.js';
import { context } from './helpers.js';

const DEMO = join(import.meta.dirname, '../../../examples/demo');

describe('examples/demo/supply-chain', () => {
  it('shows an unsafe load failing while integrity, signature, model card and BOM pass', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-demo-'));
    cpSync(join(DEMO, 'supply-chain'), join(dir, 'supply-chain'), { recursive: true });
    const outputs = await runSupplyChainChecks(
      context(
        dir,
        {
          'unsafe-loading': 'block',
          integrity: 'block',
          dvc: 'block',
          signature: 'block',
          'model-card': 'warn',
          'ml-bom': 'warn',
        },
        {
          paths: ['supply-chain'],
          manifest: { path: 'supply-chain/model-manifest.json', required: true },
          signature: { 'public-keys': ['supply-chain/release.pub'] },
          'model-card': { licenses: ['apache-2.0', 'mit'] },
        },
      ),
    );
    const byId = Object.fromEntries(outputs.map((o) => [o.id, o]));
    const open = byId['unsafe-loading']!.findings!.filter((f) => f.severity !== 'info');
    expect(open.map((f) => `${f.ruleId}@${f.location?.line}`)).toEqual(['python.torch-load@6']);
    expect((byId['unsafe-loading']!.details as { suppressions: unknown[] }).suppressions).toHaveLength(1);
    for (const id of ['integrity', 'signature', 'model-card', 'dvc'])
      expect([id, byId[id]!.findings ?? []]).toEqual([id, []]);
    expect(byId.signature!.summary).toMatch(/signed by sha256:/);
    expect(await validateBomJson(readFileSync(join(dir, '.ml-gates/ml-bom.cdx.json'), 'utf8'))).toBeNull();
  });

  it('`ml-gates hash` reproduces the committed manifest byte for byte, in a form Prettier leaves alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlg-demo-hash-'));
    cpSync(join(DEMO, 'supply-chain'), dir, { recursive: true });
    await supplyChainCommands[0]!.action!(['models'], { out: 'again.json' }, { cwd: dir, logger: silentLogger });
    const again = readFileSync(join(dir, 'again.json'), 'utf8');
    expect(again).toBe(readFileSync(join(DEMO, 'supply-chain/model-manifest.json'), 'utf8'));
    expect(await prettier.format(again, { parser: 'json', printWidth: 120 })).toBe(again);
    expect(await prettier.format(again, { parser: 'json' })).toBe(again);
  });
});
