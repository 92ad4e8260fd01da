/**
 * The CLI's compile cache lives only where no one else can write (whoever writes it chooses the code the next
 * run executes): a private directory of this user, created 0700, never a link or a group/world-writable one.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCacheDir, isPrivateDir } from '../../packages/cli/src/compile-cache.js';

const base = mkdtempSync(join(tmpdir(), 'ml-gates-ccache-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('compile cache directory', () => {
  it('is under RUNNER_TEMP on Actions, else the XDG cache, else ~/.cache', () => {
    expect(compileCacheDir({ RUNNER_TEMP: '/runner/tmp', XDG_CACHE_HOME: '/x' })).toBe(
      '/runner/tmp/ml-gates-compile-cache',
    );
    expect(compileCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/ml-gates/compile-cache');
    expect(compileCacheDir({})).toMatch(/\.cache\/ml-gates\/compile-cache$/);
  });

  it('is used only when it is a directory of this user that group and others cannot write', () => {
    const own = join(base, 'own');
    mkdirSync(own, { mode: 0o700 });
    expect(isPrivateDir(own)).toBe(true);
    const shared = join(base, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(isPrivateDir(shared)).toBe(false);
    chmodSync(shared, 0o775);
    expect(isPrivateDir(shared)).toBe(false);
    const link = join(base, 'link');
    symlinkSync(own, link);
    expect(isPrivateDir(link)).toBe(false);
    expect(isPrivateDir(join(base, 'missing'))).toBe(false);
  });

  it('the packed CLI creates it 0700 and fills it on the first run', async () => {
    const { spawnSync } = await import('node:child_process');
    const cache = join(base, 'xdg');
    const r = spawnSync(process.execPath, ['dist/cli/index.js', 'rules', 'model-scan'], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CACHE_HOME: cache, RUNNER_TEMP: '' },
    });
    expect(r.status).toBe(0);
    const dir = join(cache, 'ml-gates', 'compile-cache');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    // Node keeps one folder per Node version and build: something was written.
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(dir, { recursive: true }).length).toBeGreaterThan(0);
  });
});
