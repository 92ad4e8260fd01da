/**
 * Escapes (issue 13 item 5): mutations of valid malicious pickles, checked against an invariant the VM states
 * itself: every global it resolved (`vm.imports`) that the allowlist does not admit has a finding naming it.
 * A mutation that makes the VM import `os.system` without saying so is an escape, whatever else the stream
 * does. Seeds: the pickles of the committed fixtures and the small malicious pickles of the red-team corpus
 * (test/model-scan/redteam, labelled by CPython's pickletools).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { GlobalPolicy } from '../../packages/model-scan/src/pickle/policy.js';
import { PickleVM } from '../../packages/model-scan/src/pickle/vm.js';
import { FuzzBug, isExpectedError } from '../lib/oracle.js';
import { entry, type FuzzTarget } from '../lib/target.js';

const policy = new GlobalPolicy([]);

/** True when some split of `full` into module and name is allowlisted (the VM may have split it that way). */
function allowlisted(full: string): boolean {
  for (let i = full.indexOf('.'); i > 0; i = full.indexOf('.', i + 1))
    if (policy.judge(full.slice(0, i), full.slice(i + 1)).severity === 'safe') return true;
  return false;
}

/** Runs the VM over `data`; returns what it imported and what it reported. */
export function resolve(data: Buffer): { imports: string[]; findings: string[] } {
  const findings: string[] = [];
  const vm = new PickleVM(
    {
      finding: (rule, severity, message) => findings.push(`${severity} ${rule}: ${message}`),
      nested: () => undefined,
      text: () => undefined,
    },
    policy,
  );
  try {
    if (data.length > 0) vm.feed(data);
    if (!vm.done) vm.end();
  } catch (e) {
    if (!isExpectedError(e)) throw e;
  }
  return { imports: [...vm.imports.keys()], findings };
}

/** The small malicious pickles of the red-team corpus, one in `step` (deterministic). */
function redTeamSeeds(step = 4): Buffer[] {
  const root = join(process.cwd(), 'test/model-scan/redteam');
  let manifest: { file: string; kind: string; expand?: unknown }[];
  try {
    manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as typeof manifest;
  } catch {
    return [];
  }
  const picked = manifest.filter(
    (e) =>
      e.kind === 'malicious' &&
      !e.expand &&
      /^malicious\/(reach|first-opcode|padding|issue|confusion|allowlist|nested|trailing)\//.test(e.file),
  );
  const out: Buffer[] = [];
  for (const [i, e] of picked.entries()) {
    if (i % step !== 0) continue;
    const p = join(root, 'corpus', e.file);
    if (statSync(p).size <= 16 << 10) out.push(readFileSync(p));
  }
  return out;
}

export const target: FuzzTarget = {
  name: 'pickle-escape',
  parser: 'PickleVM (packages/model-scan/src/pickle/vm.ts): every non-allowlisted global it resolves has a finding',
  sync: true,
  seeds: (f) => (f.format === 'pickle' ? [f.data] : []),
  extraSeeds: () => redTeamSeeds(),
  fuzz(data) {
    const { imports, findings } = resolve(data);
    for (const full of imports) {
      if (allowlisted(full)) continue;
      if (!findings.some((m) => m.includes(`\`${full}`)))
        throw new FuzzBug(
          `escape: the VM resolved the non-allowlisted global ${full} and reported no finding naming it (findings: ${findings.slice(0, 3).join(' | ') || 'none'})`,
        );
    }
  },
};

export const fuzz = entry(target);
