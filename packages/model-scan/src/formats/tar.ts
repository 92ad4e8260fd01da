/** tar archives (legacy torch.save, model bundles): members scanned, links and names that escape are findings. */
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

export async function scanTar(scan: FileScan, src: RandomSource, where: Where, depth: number): Promise<void> {
  let off = 0;
  let longName: string | undefined;
  let n = 0;
  while (off + 512 <= src.size) {
    scan.tick();
    const h = await src.read(off, 512);
    if (h.every((b) => b === 0)) break;
    if (++n > scan.opts.limits.maxMembers) throw new LimitError(`more than ${scan.opts.limits.maxMembers} tar members`);
    const field = (a: number, l: number): string => h.toString('latin1', a, a + l).replace(/\0.*$/s, '');
    let name = longName ?? (field(345, 155) ? `${field(345, 155)}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    const type = String.fromCharCode(h[156]!);
    let size: number;
    if (h[124]! & 0x80) {
      let v = 0n;
      for (let i = 125; i < 136; i++) v = (v << 8n) | BigInt(h[i]!);
      if (v > BigInt(src.size))
        throw new ScanError(`tar member "${clip(name)}" declares ${v} bytes, more than the file`, off);
      size = Number(v);
    } else size = parseInt(field(124, 12).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new ScanError(`tar member "${clip(name)}" has an invalid size`, off);
    const data = off + 512;
    if (type === 'L' || type === 'x') {
      const body = (await src.read(data, Math.min(size, 1 << 20))).toString('utf8');
      if (type === 'L') longName = body.replace(/\0.*$/s, '');
      else {
        const m = /\d+ path=([^\n]*)\n/.exec(body);
        if (m) longName = m[1];
      }
    } else {
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
      } else if (type === '0' || type === '\0' || type === '7') {
        name = name || '(unnamed)';
        await scan.guard(w, async () => {
          await scan.random(src.slice(data, size), w, depth + 1, { name });
        });
      }
    }
    off = data + Math.ceil(size / 512) * 512;
  }
}
