/** tar archives (legacy torch.save, model bundles): members scanned, links and names that escape are findings. */
import { tarNumber } from '../detect.js';
import { inner, LimitError, ScanError, type Where } from '../findings.js';
import { unsafeMemberName } from '../archive/zip.js';
import { clip } from './help.js';
import type { FileScan } from '../scan.js';
import type { RandomSource } from '../source.js';
import type { FormatHandler } from './types.js';

export const tarFormat: FormatHandler = {
  format: 'tar',
  title: 'tar',
  scan: (scan, src, where, depth) => scanTar(scan, src, where, depth),
};

/** Entry types Python's tarfile knows; any other type is read as a regular file (extractfile returns its data). */
const SUPPORTED = new Set(['0', '\0', '1', '2', '3', '4', '5', '6', '7', 'L', 'K', 'S']);
/** Types whose data blocks tarfile skips (regular files, sparse files, unknown types); links, directories and devices have none. */
const hasData = (type: string): boolean =>
  type === '0' || type === '\0' || type === '7' || type === 'S' || !SUPPORTED.has(type);

/** The records of a pax extended header (`%d %s=%s\n`). */
function paxRecords(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let p = 0;
  while (p < body.length) {
    const m = /^(\d+) /.exec(body.slice(p, p + 24));
    if (!m) break;
    const n = Number(m[1]);
    if (n <= m[0].length) break;
    const rec = body.slice(p + m[0].length, p + n - 1);
    const eq = rec.indexOf('=');
    if (eq > 0) out.set(rec.slice(0, eq), rec.slice(eq + 1));
    p += n;
  }
  return out;
}

/**
 * Walks the members the way Python's tarfile does (pandas' `.tar`, legacy torch.load): pax `path`/`size`
 * overrides, GNU long names, data skipped only for the entry types tarfile reads data for, unknown types read
 * as regular files.
 */
export async function scanTar(scan: FileScan, src: RandomSource, where: Where, depth: number): Promise<void> {
  let off = 0;
  let longName: string | undefined;
  let pax = new Map<string, string>();
  let globalPax = new Map<string, string>();
  let n = 0;
  while (off + 512 <= src.size) {
    scan.tick();
    const h = await src.read(off, 512);
    if (h.every((b) => b === 0)) break;
    if (++n > scan.opts.limits.maxMembers) throw new LimitError(`more than ${scan.opts.limits.maxMembers} tar members`);
    const field = (a: number, l: number): string => h.toString('latin1', a, a + l).replace(/\0.*$/s, '');
    const ustar = h.toString('latin1', 257, 262) === 'ustar';
    const name =
      pax.get('path') ?? longName ?? (ustar && field(345, 155) ? `${field(345, 155)}/${field(0, 100)}` : field(0, 100));
    const type = String.fromCharCode(h[156]!);
    let size = tarNumber(h, 124, 12);
    if (type !== 'x' && type !== 'X' && type !== 'g' && pax.has('size')) size = Number(pax.get('size'));
    if (size === undefined || !Number.isSafeInteger(size) || size < 0)
      throw new ScanError(`tar member "${clip(name)}" has an invalid size`, off);
    if (size > src.size)
      throw new ScanError(`tar member "${clip(name)}" declares ${size} bytes, more than the file`, off);
    let data = off + 512;
    if (type === 'L' || type === 'K' || type === 'x' || type === 'X' || type === 'g') {
      const body = (await src.read(data, Math.min(size, 1 << 20))).toString('utf8');
      if (type === 'L') longName = body.replace(/\0.*$/s, '');
      // tarfile starts each extended header from the global ('g') records, so those reach the next member through it
      else if (type === 'g') globalPax = new Map([...globalPax, ...paxRecords(body)]);
      else pax = new Map([...globalPax, ...pax, ...paxRecords(body)]);
      off = data + Math.ceil(size / 512) * 512;
      continue;
    }
    longName = undefined;
    pax = new Map();
    if (type === 'S') {
      // old GNU sparse: extension blocks (flag at 504) come before the data
      for (let ext = h[482] !== 0; ext && data + 512 <= src.size; data += 512)
        ext = (await src.read(data, 512))[504] !== 0;
    }
    scan.members++;
    const w = inner(where, name);
    const bad = unsafeMemberName(name);
    if (bad)
      scan.add('archive', 'archive.path-traversal', 'high', `tar member "${clip(name)}" contains ${bad}`, w, off);
    if (type === '1' || type === '2') {
      const target = field(157, 100);
      if (unsafeMemberName(target))
        scan.add(
          'archive',
          'archive.path-traversal',
          'high',
          `tar ${type === '2' ? 'symlink' : 'hard link'} "${clip(name)}" points to "${clip(target)}", outside the archive`,
          w,
          off,
        );
    } else if (hasData(type)) {
      const member = { at: data, size, name: name || '(unnamed)' };
      await scan.guard(w, async () => {
        await scan.random(src.slice(member.at, member.size), w, depth + 1, { name: member.name });
      });
    }
    off = data + (hasData(type) ? Math.ceil(size / 512) * 512 : 0);
  }
  // tarfile stops at the end-of-archive blocks, but Python's zipfile reads a zip appended after them (a file that
  // is a tar to tar readers and a zip to Keras and pandas)
  await scan.zipAtEnd(src, where, depth, -1, Math.min(off, src.size));
}
