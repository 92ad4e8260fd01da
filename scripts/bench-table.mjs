// Rewrites the README's benchmark table from the benches' own output, so the figures cannot go stale.
// Reads `BENCH_JSON {...}` lines from the files given (or stdin), each `{ bench, rows: [{ name, value,
// reference, ratio, goal, met, unit?, median?, medianRatio?, missedBy? }] }`, and replaces what is between
// `<!-- bench:start -->` and `<!-- bench:end -->` in README.md (or --readme <file>). --check: exit 1 when
// the README's table differs instead of writing it.
// Usage: node bench/startup.mjs | tee /tmp/startup.txt; node scripts/bench-table.mjs /tmp/startup.txt /tmp/scan.txt
import { readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const readmeAt = args.indexOf('--readme');
const readme = readmeAt >= 0 ? args[readmeAt + 1] : 'README.md';
const files = args.filter((a, i) => a !== '--check' && (readmeAt < 0 || (i !== readmeAt && i !== readmeAt + 1)));

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Every BENCH_JSON object of a text; a malformed one is an error (never silently dropped). */
export function parseBenchLines(text, source = 'input') {
  const out = [];
  for (const line of text.split('\n')) {
    const at = line.indexOf('BENCH_JSON ');
    if (at < 0) continue;
    let data;
    try {
      data = JSON.parse(line.slice(at + 'BENCH_JSON '.length));
    } catch (error) {
      throw new Error(`${source}: a BENCH_JSON line is not JSON (${error.message})`, { cause: error });
    }
    if (typeof data?.bench !== 'string' || !Array.isArray(data.rows)) {
      throw new Error(`${source}: a BENCH_JSON object needs "bench" (string) and "rows" (array)`);
    }
    out.push(data);
  }
  return out;
}

const num = (v, unit) =>
  typeof v === 'number' ? `${Number.isInteger(v) ? v : v.toPrecision(3)}${unit ? ` ${unit}` : ''}` : String(v ?? '');

/** The Markdown table of the benches, one row per measurement. */
export function renderTable(benches) {
  const lines = [
    '| Bench | Measure | Value | Reference | Ratio (best / median) | Goal | Met |',
    '| --- | --- | ---: | ---: | ---: | --- | :---: |',
  ];
  for (const b of benches) {
    for (const r of b.rows) {
      const ratio = `${num(r.ratio)}${r.medianRatio === undefined ? '' : ` / ${num(r.medianRatio)}`}`;
      const cell = (s) => String(s).replaceAll('|', '\\|');
      lines.push(
        `| ${cell(b.bench)} | ${cell(r.name)} | ${num(r.value, r.unit)} | ${num(r.reference, r.unit)} | ${ratio} | ${cell(r.goal ?? '')} | ${r.met ? 'yes' : `**no**${r.missedBy ? `: ${cell(r.missedBy)}` : ''}`} |`,
      );
    }
  }
  const nodes = [...new Set(benches.map((b) => b.node).filter(Boolean))];
  if (nodes.length > 0) lines.push('', `Measured with Node ${nodes.join(', ')} by \`scripts/bench-table.mjs\`.`);
  return lines.join('\n');
}

/** The README with the table between the markers replaced. */
export function replaceTable(text, table) {
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${readme}: no "${START}" ... "${END}" markers to put the table between`);
  return `${text.slice(0, a + START.length)}\n${table}\n${text.slice(b)}`;
}

async function readStdin() {
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

async function main() {
  const inputs = files.length > 0 ? files.map((f) => [f, readFileSync(f, 'utf8')]) : [['stdin', await readStdin()]];
  const benches = inputs.flatMap(([f, t]) => parseBenchLines(t, f));
  if (benches.length === 0) throw new Error('no BENCH_JSON line in the input');
  const before = readFileSync(readme, 'utf8');
  const after = replaceTable(before, renderTable(benches));
  if (check) {
    if (after !== before) {
      console.error(`${readme}: the bench table differs from the benches' output; run scripts/bench-table.mjs`);
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(readme, after);
  console.log(`${readme}: wrote the table of ${benches.length} bench(es)`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
