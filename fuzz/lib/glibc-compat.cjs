// Jazzer.js 4.0.0's prebuilt libFuzzer addon (fuzzer-linux-x64.node) is linked against glibc 2.38 and
// libstdc++ from GCC 13, so it does not load on Debian 12 / Ubuntu 22.04 (glibc 2.36/2.35):
//   version `GLIBC_2.38' not found (required by .../fuzzer-linux-x64.node)
// It needs only three symbols from those versions:
//   __isoc23_strtol@GLIBC_2.38, __isoc23_strtoul@GLIBC_2.38  (C23 strtol/strtoul: they also accept "0b")
//   std::ios_base_library_init@GLIBCXX_3.4.32                  (a link-time marker, never called)
// Preloaded with `node --require`, this file wraps process.dlopen: when the addon fails to load for a
// missing GLIBC/GLIBCXX version, it writes a patched copy under node_modules/.cache/ml-gates-fuzz/
// (the two C23 functions renamed to strtol/strtoul@GLIBC_2.2.5, the marker's version requirement moved to
// GLIBCXX_3.4) and loads that instead. The package in node_modules is never modified; on a system with a
// recent glibc the original loads and nothing is patched.
/* global __dirname */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const SHT_DYNSYM = 11;
const SHT_GNU_VERNEED = 0x6ffffffe;

function elfHash(name) {
  let h = 0;
  for (const c of Buffer.from(name, 'latin1')) {
    h = ((h << 4) + c) >>> 0;
    const g = h & 0xf0000000;
    if (g) h ^= g >>> 24;
    h &= ~g >>> 0;
  }
  return h >>> 0;
}

/** Returns a patched copy of the ELF64 little-endian shared object `buf`, or throws if it is not as expected. */
function patch(buf) {
  const out = Buffer.from(buf);
  if (out.readUInt32BE(0) !== 0x7f454c46 || out[4] !== 2 || out[5] !== 1) throw new Error('not an ELF64 LE file');
  const shoff = Number(out.readBigUInt64LE(0x28));
  const shentsize = out.readUInt16LE(0x3a);
  const shnum = out.readUInt16LE(0x3c);
  const sections = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * shentsize;
    sections.push({
      type: out.readUInt32LE(o + 4),
      offset: Number(out.readBigUInt64LE(o + 0x18)),
      size: Number(out.readBigUInt64LE(o + 0x20)),
      link: out.readUInt32LE(o + 0x28),
    });
  }
  const verneed = sections.find((s) => s.type === SHT_GNU_VERNEED);
  const dynsym = sections.find((s) => s.type === SHT_DYNSYM);
  if (!verneed || !dynsym) throw new Error('no .gnu.version_r or .dynsym section');
  const dynstr = sections[verneed.link];
  const strAt = (off) => {
    const start = dynstr.offset + off;
    return out.toString('latin1', start, out.indexOf(0, start));
  };
  const strOffset = (s) => {
    const table = out.subarray(dynstr.offset, dynstr.offset + dynstr.size);
    const i = table.indexOf(Buffer.from(`\0${s}\0`, 'latin1'));
    if (i < 0) throw new Error(`string ${s} not in .dynstr`);
    return i + 1;
  };
  // 1. version requirements this system lacks -> the base version of the same library
  const REPLACE = { 'GLIBC_2.38': 'GLIBC_2.2.5', 'GLIBCXX_3.4.32': 'GLIBCXX_3.4' };
  let changed = 0;
  for (let p = verneed.offset; ;) {
    const cnt = out.readUInt16LE(p + 2);
    const aux = out.readUInt32LE(p + 8);
    const next = out.readUInt32LE(p + 12);
    for (let a = p + aux, k = 0; k < cnt; k++) {
      const name = strAt(out.readUInt32LE(a + 8));
      const to = REPLACE[name];
      if (to) {
        out.writeUInt32LE(elfHash(to), a);
        out.writeUInt32LE(strOffset(to), a + 8);
        changed++;
      }
      const an = out.readUInt32LE(a + 12);
      if (an === 0) break;
      a += an;
    }
    if (next === 0) break;
    p += next;
  }
  // 2. the C23 variants -> the classic functions (same signature; only "0b" prefixes differ)
  for (let s = dynsym.offset; s < dynsym.offset + dynsym.size; s += 24) {
    const nameOff = out.readUInt32LE(s);
    const name = strAt(nameOff);
    if (name === '__isoc23_strtol' || name === '__isoc23_strtoul') {
      out.write(`${name.slice('__isoc23_'.length)}\0`, dynstr.offset + nameOff, 'latin1');
      changed++;
    }
  }
  if (changed === 0) throw new Error('nothing to patch');
  return out;
}

const realDlopen = process.dlopen;
process.dlopen = function dlopen(module, filename, ...rest) {
  try {
    return realDlopen.call(this, module, filename, ...rest);
  } catch (error) {
    const file = String(filename);
    if (!/@jazzer\.js[\\/]fuzzer[\\/]/.test(file) || !/version `GLIBC(XX)?_[\d.]+' not found/.test(String(error)))
      throw error;
    const orig = fs.readFileSync(file);
    const digest = crypto.createHash('sha256').update(orig).digest('hex').slice(0, 16);
    const dir = path.join(__dirname, '..', '..', 'node_modules', '.cache', 'ml-gates-fuzz');
    const copy = path.join(dir, `${path.basename(file, '.node')}-${digest}-glibc236.node`);
    if (!fs.existsSync(copy)) {
      fs.mkdirSync(dir, { recursive: true });
      const tmp = `${copy}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, patch(orig));
      fs.renameSync(tmp, copy);
    }
    return realDlopen.call(this, module, copy, ...rest);
  }
};

module.exports = { patch };
