// Child of bench/integrity/run.mjs: verifies one manifest (`sha256`) or one .dvc file (`dvc`) with core's
// integrity module and prints the verdict. Usage: node verify-one.mjs BUNDLE sha256|dvc DIR FILE
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [bundle, kind, dir, file] = process.argv.slice(2);
const m = await import(bundle);
const r =
  kind === 'sha256'
    ? await m.verifyHashList(join(dir, file), m.parseHashList(readFileSync(join(dir, file), 'utf8'), file), {
        cwd: dir,
      })
    : await m.verifyDvcFiles(dir, [file]);
console.log(`${r.verified.length} verified, ${r.issues.length} issues`);
if (r.issues.length > 0) process.exit(1);
