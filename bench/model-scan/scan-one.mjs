// Child of bench/model-scan/run.mjs: scans one file with the bundled scanner and prints, as JSON, the wall
// and CPU milliseconds of the scan and the process's peak RSS (what the 300 MB budget is about).
// Usage: node scan-one.mjs SCANNER_BUNDLE FILE
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [bundle, path] = process.argv.slice(2);
const { scanFile, GlobalPolicy, DEFAULT_LIMITS } = await import(bundle);
const t0 = performance.now();
const c0 = process.cpuUsage();
const r = await scanFile(path, path, statSync(path).size, {
  policy: new GlobalPolicy(),
  limits: DEFAULT_LIMITS,
  hash: true,
});
const c = process.cpuUsage(c0);
console.log(
  JSON.stringify({
    ms: performance.now() - t0,
    cpu: (c.user + c.system) / 1000,
    rssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    r: { findings: r.findings, pickles: r.pickles, opcodes: r.opcodes },
  }),
);
