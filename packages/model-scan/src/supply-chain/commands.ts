import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { buildManifest, parseManifest, serialiseManifest, UserError, type GateCommand } from '@ml-gates/core';
import { DEFAULT_MANIFEST } from './options.js';
import { loadPrivateKey, signManifest } from './signature/detached.js';

const noOptions = (): { options: Record<string, unknown> } => ({ options: {} });

/** `ml-gates hash [PATH...] --out model-manifest.json` */
export const hashCommand: GateCommand = {
  name: ['hash'],
  description: 'Write a manifest (path, size, SHA-256) of the model files, for the integrity and signature checks.',
  args: '[paths...]',
  options: [
    {
      flags: '--out <file>',
      description: 'Manifest to write (paths in it are relative to its folder).',
      default: DEFAULT_MANIFEST,
    },
  ],
  toOptions: noOptions,
  async action(args, opts, ctx) {
    const out = resolve(ctx.cwd, typeof opts.out === 'string' ? opts.out : DEFAULT_MANIFEST);
    const root = dirname(out);
    const include = (args.length > 0 ? args : ['.']).map((p) => {
      const r = relative(root, resolve(ctx.cwd, p)).split(sep).join('/');
      if (r.startsWith('..')) {
        throw new UserError(
          'usage',
          `${p} is outside the manifest folder ${root}; put the manifest at or above the files it lists.`,
        );
      }
      return r === '' ? '.' : r;
    });
    const manifest = await buildManifest(out, include);
    // An empty manifest would verify nothing: "nothing hashed" is a run that could not do its job (exit 3).
    if (manifest.files.length === 0) {
      throw new UserError(
        'input-unreadable',
        `Nothing to hash: ${include.join(', ')} matched no file under ${root}; no manifest written.`,
      );
    }
    await mkdir(root, { recursive: true });
    await writeFile(out, serialiseManifest(manifest));
    const bytes = manifest.files.reduce((n, f) => n + f.size, 0);
    return `wrote ${relative(ctx.cwd, out) || out}: ${manifest.files.length} file(s), ${bytes} bytes\n`;
  },
};

/** `ml-gates sign-manifest MANIFEST --key private.pem [--bundle]` */
export const signCommand: GateCommand = {
  name: ['sign-manifest'],
  description:
    'Sign a manifest with an Ed25519 or ECDSA P-256 private key: writes <manifest>.sig.json, or with --bundle an OpenSSF model-signing Sigstore bundle (model.sig).',
  args: '<manifest>',
  options: [
    { flags: '--key <pem>', description: 'PKCS#8 PEM private key (Ed25519 or ECDSA P-256).' },
    {
      flags: '--bundle',
      description: 'Write an OpenSSF model-signing bundle (model.sig beside the manifest) instead.',
      default: false,
    },
    { flags: '--out <file>', description: 'Where to write the signature.' },
  ],
  toOptions: noOptions,
  async action(args, opts, ctx) {
    const manifestPath = resolve(ctx.cwd, args[0] ?? DEFAULT_MANIFEST);
    if (typeof opts.key !== 'string') throw new UserError('usage', 'sign-manifest needs --key <private key PEM>.');
    const keyPath = resolve(ctx.cwd, opts.key);
    const [bytes, pem] = await Promise.all([
      readFile(manifestPath).catch(() =>
        Promise.reject(new UserError('input-unreadable', `Cannot read manifest ${args[0]}.`)),
      ),
      readFile(keyPath).catch(() =>
        Promise.reject(new UserError('input-unreadable', `Cannot read key ${opts.key as string}.`)),
      ),
    ]);
    const key = loadPrivateKey(pem, String(opts.key));
    if (opts.bundle === true) {
      const manifest = parseManifest(bytes.toString('utf8'), String(args[0]));
      // Sigstore's bundle code loads only for --bundle
      const { buildStatement, signStatementWithKey } = await import('./signature/model-signing.js');
      const statement = buildStatement(basename(dirname(manifestPath)) || 'model', manifest.files);
      const out = resolve(
        ctx.cwd,
        typeof opts.out === 'string' ? opts.out : resolve(dirname(manifestPath), 'model.sig'),
      );
      await writeFile(out, `${JSON.stringify(signStatementWithKey(statement, key), null, 2)}\n`);
      return `wrote ${relative(ctx.cwd, out)}: model-signing bundle over ${manifest.files.length} file(s)\n`;
    }
    const sig = signManifest(bytes, key, String(opts.key));
    const out = resolve(ctx.cwd, typeof opts.out === 'string' ? opts.out : `${manifestPath}.sig.json`);
    await writeFile(out, `${JSON.stringify(sig, null, 2)}\n`);
    return `wrote ${relative(ctx.cwd, out)} (${sig.algorithm}, key ${sig.keyid})\n`;
  },
};

/** `ml-gates keygen --out release` → release.pem (private) and release.pub (public). */
export const keygenCommand: GateCommand = {
  name: ['keygen'],
  description: 'Create an Ed25519 (default) or ECDSA P-256 key pair for signing manifests.',
  options: [
    {
      flags: '--out <prefix>',
      description: 'Writes <prefix>.pem (private, keep secret) and <prefix>.pub.',
      default: 'ml-gates-signing',
    },
    { flags: '--algorithm <alg>', description: 'Key type.', default: 'ed25519', choices: ['ed25519', 'ecdsa-p256'] },
  ],
  toOptions: noOptions,
  async action(_args, opts, ctx) {
    const prefix = resolve(ctx.cwd, typeof opts.out === 'string' ? opts.out : 'ml-gates-signing');
    if (existsSync(`${prefix}.pem`))
      throw new UserError('usage', `${prefix}.pem exists; refusing to overwrite a private key.`);
    const pair =
      opts.algorithm === 'ecdsa-p256'
        ? generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
        : generateKeyPairSync('ed25519');
    await writeFile(`${prefix}.pem`, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    await writeFile(`${prefix}.pub`, pair.publicKey.export({ type: 'spki', format: 'pem' }));
    return `wrote ${relative(ctx.cwd, prefix)}.pem (private: keep it out of the repository) and ${relative(ctx.cwd, prefix)}.pub\n`;
  },
};
