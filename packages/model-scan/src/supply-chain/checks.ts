import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import {
  collectFiles,
  walkScope,
  describeError,
  type CheckOutput,
  type DigestFn,
  type Finding,
  type GateContext,
  type WalkEntry,
} from '@ml-gates/core';
import type { FileDigests } from '../digests.js';
import { buildMlBom, modelFormat, type BomModel } from './bom/build.js';
import { verifyDvc } from './integrity/dvc.js';
import { readManifest, verifyManifest, type Manifest, type ManifestEntry } from './integrity/manifest.js';
import { isModelCardName, parseModelCard, type ModelCard } from './model-card/card.js';
import type { SupplyChainOptions } from './options.js';
import { scanNotebook, scanPythonSource, type AppliedSuppression } from './python/scan.js';
import { loadPublicKey, parseDetachedSignature, verifyDetached } from './signature/detached.js';
import type { sigstoreOnlineVerify } from './signature/model-signing.js';

/**
 * Sigstore's verifier and bundle code is loaded only when a run signs or checks a
 * Sigstore bundle; a chunk that cannot load rejects, and the signature check reports the error.
 */
const modelSigning = () => import('./signature/model-signing.js');

/** State shared by the checks of one run (files walked once, manifest read once). */
export interface RunState {
  ctx: GateContext<Record<string, unknown>>;
  opts: SupplyChainOptions;
  files: WalkEntry[];
  manifest?: { path: string; manifest: Manifest; bytes: Buffer };
  /** Integrity state per workspace path, for the BOM. */
  integrity: Map<string, string>;
  signature: Map<string, string>;
  digests: Map<string, string>;
  outputs: CheckOutput[];
  /** What the artifact scan of the same run hands over: its check outputs (for the BOM) and its digests. */
  fromScan: ScanHandover;
}

/** The artifact scan's outputs and the SHA-256s its reads computed, so no file is hashed twice. */
export interface ScanHandover {
  outputs: readonly CheckOutput[];
  digests: FileDigests;
}

const rel = (cwd: string, abs: string): string => relative(cwd, abs).split(sep).join('/');

export async function collect(
  ctx: GateContext<Record<string, unknown>>,
  opts: SupplyChainOptions,
): Promise<WalkEntry[]> {
  const { files } = await collectFiles(ctx.cwd, opts.paths, walkScope(ctx.services));
  return files;
}

function isPython(f: WalkEntry): boolean {
  return /\.(py|pyw)$/i.test(f.relPath);
}

// ---------------------------------------------------------------------------------------------- unsafe-loading
export async function unsafeLoadingCheck(s: RunState): Promise<CheckOutput> {
  const findings: Finding[] = [];
  const suppressions: AppliedSuppression[] = [];
  let scanned = 0;
  for (const f of s.files) {
    const notebook = /\.ipynb$/i.test(f.relPath);
    if (!notebook && !isPython(f)) continue;
    s.ctx.signal.throwIfAborted();
    const limit = notebook ? s.opts.code.maxNotebookBytes : s.opts.code.maxFileBytes;
    if (f.size > limit) {
      findings.push({
        ruleId: 'python.unparsable',
        severity: 'medium',
        message: `File is ${f.size} bytes, over code.${notebook ? 'max-notebook-bytes' : 'max-file-bytes'} (${limit}); it was not scanned`,
        location: { path: f.relPath },
      });
      continue;
    }
    const text = await readFile(f.path, 'utf8');
    const r = notebook
      ? await scanNotebook(f.relPath, text, s.opts.code.parseTimeoutMs)
      : await scanPythonSource(f.relPath, text, s.opts.code.parseTimeoutMs);
    findings.push(...r.findings);
    suppressions.push(...r.suppressions);
    scanned++;
  }
  return {
    id: 'unsafe-loading',
    title: 'Unsafe loading in code and notebooks',
    ...(findings.some((x) => x.severity !== 'info')
      ? {}
      : {
          summary: `${scanned} file(s) scanned, nothing unsafe${suppressions.length ? ` (${suppressions.length} suppressed in code)` : ''}`,
        }),
    findings,
    details: { filesScanned: scanned, suppressions },
  };
}

// ---------------------------------------------------------------------------------------------- integrity
async function loadManifest(s: RunState): Promise<Finding | undefined> {
  const abs = resolve(s.ctx.cwd, s.opts.manifest.path);
  if (!existsSync(abs)) return undefined;
  try {
    const { manifest, bytes } = await readManifest(abs, s.opts.manifest.path);
    s.manifest = { path: abs, manifest, bytes };
    return undefined;
  } catch (error) {
    return {
      ruleId: 'integrity.manifest-invalid',
      severity: 'high',
      message: describeError(error),
      location: { path: s.opts.manifest.path },
      help: 'Regenerate the manifest with `ml-gates hash PATH... --out <manifest>`.',
    };
  }
}

export async function integrityCheck(s: RunState): Promise<CheckOutput> {
  const base = { id: 'integrity', title: 'Integrity manifest' };
  const invalid = await loadManifest(s);
  if (invalid) return { ...base, findings: [invalid] };
  if (!s.manifest) {
    if (!s.opts.manifest.required) {
      return {
        ...base,
        summary: `no manifest at ${s.opts.manifest.path} (create one with \`ml-gates hash\`)`,
        details: { manifest: null },
      };
    }
    return {
      ...base,
      findings: [
        {
          ruleId: 'integrity.manifest-missing',
          severity: 'high',
          message: `No manifest at \`${s.opts.manifest.path}\`, and manifest.required is true`,
          location: { path: s.opts.manifest.path },
          help: 'Create it with `ml-gates hash models/ --out model-manifest.json` and commit it (or set manifest.path).',
        },
      ],
    };
  }
  const r = await verifyManifest(s.manifest.path, s.manifest.manifest, s.ctx.cwd, s.ctx.signal, digestOf(s));
  const root = dirname(s.manifest.path);
  for (const e of r.matched) {
    const p = rel(s.ctx.cwd, resolve(root, e.path));
    s.integrity.set(p, 'verified');
    s.digests.set(p, e.sha256);
  }
  for (const f of r.findings) if (f.location) s.integrity.set(f.location.path, f.ruleId.replace('integrity.', ''));
  return {
    ...base,
    ...(r.findings.length === 0 ? { summary: `${r.verified} file(s) match ${rel(s.ctx.cwd, s.manifest.path)}` } : {}),
    findings: r.findings,
    details: {
      manifest: rel(s.ctx.cwd, s.manifest.path),
      verified: r.verified,
      listed: s.manifest.manifest.files.length,
    },
  };
}

// ---------------------------------------------------------------------------------------------- dvc
export async function dvcCheck(s: RunState): Promise<CheckOutput> {
  const dvcFiles = s.files
    .filter((f) => f.relPath.endsWith('.dvc') && !f.relPath.split('/').includes('.dvc'))
    .map((f) => f.relPath);
  const base = { id: 'dvc', title: 'DVC-tracked files' };
  if (dvcFiles.length === 0) return { ...base, summary: 'no .dvc files' };
  const r = await verifyDvc(s.ctx.cwd, dvcFiles, s.ctx.signal);
  return {
    ...base,
    ...(r.findings.length === 0 ? { summary: `${r.verified} file(s) match ${r.dvcFiles} .dvc file(s)` } : {}),
    findings: r.findings,
    details: { dvcFiles, verified: r.verified },
  };
}

// ---------------------------------------------------------------------------------------------- signature
export async function signatureCheck(s: RunState): Promise<CheckOutput> {
  const base = { id: 'signature', title: 'Manifest signature' };
  if (!s.manifest) {
    const invalid = await loadManifest(s);
    if (invalid) return { ...base, outcome: 'error', summary: `cannot verify: ${invalid.message.split('\n')[0]}` };
  }
  if (!s.manifest) {
    return {
      ...base,
      findings: [
        {
          ruleId: 'signature.missing',
          severity: 'high',
          message: `No manifest at \`${s.opts.manifest.path}\` to verify a signature of`,
          location: { path: s.opts.manifest.path },
          help: 'Signatures cover the manifest: create it with `ml-gates hash`, then sign it (`ml-gates sign-manifest`, or `signature.sign: true` in GitHub Actions).',
        },
      ],
    };
  }
  const manifestRel = rel(s.ctx.cwd, s.manifest.path);
  const sigFile = resolve(s.ctx.cwd, s.opts.signature.file ?? `${s.opts.manifest.path}.sig.json`);
  const bundleFile = resolve(s.ctx.cwd, s.opts.signature.bundle ?? `${dirname(s.opts.manifest.path)}/model.sig`);
  const details: Record<string, unknown> = { manifest: manifestRel };
  const findings: Finding[] = [];

  if (s.opts.signature.sign) return signKeyless(s, { manifestRel, bundleFile, details, findings });

  const keys = [];
  for (const k of s.opts.signature.publicKeys) {
    const abs = resolve(s.ctx.cwd, k);
    keys.push(
      loadPublicKey(
        await readFile(abs).catch((e: Error) =>
          Promise.reject(new Error(`signature.public-keys: cannot read ${k}: ${e.message}`)),
        ),
        k,
      ),
    );
  }

  if (existsSync(sigFile)) return verifySignatureFile(s, keys, sigFile, { manifestRel, bundleFile, details, findings });

  if (existsSync(bundleFile)) return verifyBundleFile(s, keys, { manifestRel, bundleFile, details, findings });

  return {
    ...base,
    findings: [
      {
        ruleId: 'signature.missing',
        severity: 'high',
        message: `${manifestRel} is not signed (no ${rel(s.ctx.cwd, sigFile)} or ${rel(s.ctx.cwd, bundleFile)})`,
        location: { path: manifestRel },
        help: 'Sign the manifest: `ml-gates sign-manifest model-manifest.json --key release.pem`, or `signature.sign: true` in GitHub Actions (keyless, Sigstore).',
      },
    ],
    details,
  };
}

/** What the signature helpers share with signatureCheck. */
interface SignatureRun {
  manifestRel: string;
  bundleFile: string;
  details: Record<string, unknown>;
  findings: Finding[];
}

const SIGNATURE_BASE = { id: 'signature', title: 'Manifest signature' };

/** `signature.sign`: signs the manifest's statement keylessly (Sigstore, GitHub OIDC) and writes the bundle. */
async function signKeyless(s: RunState, run: SignatureRun): Promise<CheckOutput> {
  const { manifestRel, bundleFile, details, findings } = run;
  const base = SIGNATURE_BASE;
  const manifest = s.manifest!;
  const { buildStatement, IN_TOTO_PAYLOAD_TYPE, keylessSignerFrom } = await modelSigning();
  const signer = keylessSignerFrom(s.ctx.services);
  if (!signer) {
    return {
      ...base,
      outcome: 'error',
      summary:
        'signature.sign is true but no OIDC token is available: run in GitHub Actions with `permissions: id-token: write`',
    };
  }
  const statement = buildStatement(basename(dirname(manifest.path)) || 'model', manifest.manifest.files);
  const bundle = await signer.attest(statement, IN_TOTO_PAYLOAD_TYPE);
  await writeFile(bundleFile, `${JSON.stringify(bundle, null, 2)}\n`);
  details.signed = rel(s.ctx.cwd, bundleFile);
  findings.push({
    ruleId: 'signature.signed',
    severity: 'info',
    message: `Signed ${manifestRel} keylessly with Sigstore: ${rel(s.ctx.cwd, bundleFile)}`,
    location: { path: rel(s.ctx.cwd, bundleFile) },
  });
  return { ...base, summary: `signed (${rel(s.ctx.cwd, bundleFile)})`, findings, details };
}

/** The manifest's detached signature file (ml-gates Ed25519/ECDSA), checked against the trusted keys. */
async function verifySignatureFile(
  s: RunState,
  keys: ReturnType<typeof loadPublicKey>[],
  sigFile: string,
  run: SignatureRun,
): Promise<CheckOutput> {
  const { manifestRel, details, findings } = run;
  const base = SIGNATURE_BASE;
  const manifest = s.manifest!;
  const where = rel(s.ctx.cwd, sigFile);
  details.signatureFile = where;
  const sig = parseDetachedSignature(await readFile(sigFile, 'utf8'), where);
  if (keys.length === 0) {
    findings.push({
      ruleId: 'signature.untrusted',
      severity: 'high',
      message: `${where} is signed by ${sig.keyid}, but no public key is configured to trust`,
      location: { path: where },
      help: 'List the PEM public keys allowed to sign in `signature.public-keys`.',
    });
  } else {
    const r = verifyDetached(manifest.bytes, sig, keys);
    if (r.ok) {
      for (const e of manifest.manifest.files)
        s.signature.set(rel(s.ctx.cwd, resolve(dirname(manifest.path), e.path)), `signed ${r.keyid}`);
      return { ...base, summary: `${manifestRel} signed by ${r.keyid}`, details: { ...details, keyid: r.keyid } };
    }
    findings.push({
      ruleId: r.reason === 'unknown-key' ? 'signature.untrusted' : 'signature.invalid',
      severity: r.reason === 'unknown-key' ? 'high' : 'critical',
      message:
        r.reason === 'unknown-key'
          ? `${where} was made with key ${r.keyid}, which is not in signature.public-keys`
          : r.reason === 'algorithm-mismatch'
            ? `${where} names an algorithm that does not match key ${r.keyid}`
            : `${where} does not verify: ${manifestRel} was changed after signing, or the signature was forged`,
      location: { path: manifestRel },
      help: 'The manifest must be byte-for-byte the one that was signed. Re-sign it with the release key if the change is intended.',
    });
  }
  return { ...base, findings, details };
}

/** An OpenSSF model-signing bundle: verified, then the files its statement lists are verified like a manifest. */
async function verifyBundleFile(
  s: RunState,
  keys: ReturnType<typeof loadPublicKey>[],
  run: SignatureRun,
): Promise<CheckOutput> {
  const { bundleFile, details, findings } = run;
  const base = SIGNATURE_BASE;
  const where = rel(s.ctx.cwd, bundleFile);
  details.bundle = where;
  let json: unknown;
  try {
    json = JSON.parse(await readFile(bundleFile, 'utf8'));
  } catch (error) {
    json = { invalid: (error as Error).message };
  }
  const trustedRoot = s.opts.signature.trustedRoot
    ? (JSON.parse(await readFile(resolve(s.ctx.cwd, s.opts.signature.trustedRoot), 'utf8')) as unknown)
    : undefined;
  const signing = await modelSigning();
  const r = await signing.verifyModelBundle(json, {
    keys,
    ...(trustedRoot === undefined ? {} : { trustedRoot }),
    ...(s.opts.signature.identity ? { identity: s.opts.signature.identity } : {}),
    online:
      (s.ctx.services.sigstoreOnlineVerify as typeof sigstoreOnlineVerify | undefined) ?? signing.sigstoreOnlineVerify,
  });
  if (!r.ok) {
    findings.push({
      ruleId: r.kind === 'untrusted' ? 'signature.untrusted' : 'signature.invalid',
      severity: r.kind === 'untrusted' ? 'high' : 'critical',
      message: `${where}: ${r.reason}`,
      location: { path: where },
      help: 'The model-signing bundle must verify with a trusted key or identity, and its statement must list the model files.',
    });
    return { ...base, findings, details };
  }
  // The signed statement lists the files: verify them like a manifest.
  const asManifest: Manifest = {
    format: 'ml-gates-manifest',
    version: 1,
    algorithm: 'sha256',
    include: ['.'],
    files: r.statement.resources.map((x) => ({ path: x.name, sha256: x.digest, size: -1 }) as ManifestEntry),
  };
  const verified = await verifyManifestIgnoringSize(bundleFile, asManifest, s);
  for (const f of verified.findings) f.ruleId = f.ruleId.replace('integrity.', 'signature.');
  findings.push(...verified.findings);
  if (findings.length === 0) {
    for (const e of verified.matched)
      s.signature.set(rel(s.ctx.cwd, resolve(dirname(bundleFile), e.path)), `signed ${r.signer}`);
  }
  return {
    ...base,
    ...(findings.length === 0 ? { summary: `${where} signed by ${r.signer}; ${verified.verified} file(s) match` } : {}),
    findings,
    details: { ...details, signer: r.signer, files: r.statement.resources.length },
  };
}

async function verifyManifestIgnoringSize(bundleFile: string, m: Manifest, s: RunState) {
  // Sizes are not part of the model-signing statement: fill them from disk so only digests decide.
  const root = dirname(bundleFile);
  // Beside our manifest, the bundle covers what the manifest covers; elsewhere (model_signing's default) the
  // whole folder.
  if (s.manifest && dirname(s.manifest.path) === root) m.include = s.manifest.manifest.include;
  for (const e of m.files) {
    // A file that cannot be stat'ed gets size -1, so verification reports it (missing or changed).
    // eslint-disable-next-line no-restricted-syntax -- the failure becomes a verification finding below
    const st = await stat(resolve(root, e.path)).catch(() => undefined);
    e.size = st?.size ?? -1;
  }
  // join(), not resolve(): ncc's relocator globs the whole checkout for resolve(dir, 'name') (scripts/build.mjs).
  const r = await verifyManifest(join(root, '.ml-gates-statement'), m, s.ctx.cwd, s.ctx.signal, digestOf(s));
  const bundleRel = rel(root, bundleFile);
  r.findings = r.findings.filter(
    (f) => !(f.ruleId === 'integrity.extra' && (f.location?.path ?? '').endsWith(bundleRel)),
  );
  const manifestRel = s.manifest ? rel(s.ctx.cwd, s.manifest.path) : '';
  r.findings = r.findings.filter(
    (f) => !(f.ruleId === 'integrity.extra' && f.location?.path.startsWith(manifestRel) && manifestRel !== ''),
  );
  return r;
}

// ---------------------------------------------------------------------------------------------- model card
export function isModelFile(f: WalkEntry): boolean {
  return modelFormat(f.relPath) !== undefined && !f.relPath.split('/').some((p) => p === '.ml-gates' || p === '.dvc');
}

async function discoverCards(s: RunState): Promise<{ cards: ModelCard[]; problems: Finding[] }> {
  const cards: ModelCard[] = [];
  const problems: Finding[] = [];
  const modelDirs = new Set(s.files.filter(isModelFile).map((f) => dirname(f.relPath)));
  const explicit = s.opts.modelCard.paths;
  const candidates =
    explicit.length > 0 ? explicit : s.files.filter((f) => isModelCardName(basename(f.relPath))).map((f) => f.relPath);
  for (const p of candidates) {
    const abs = resolve(s.ctx.cwd, p);
    let text: string;
    try {
      text = await readFile(abs, 'utf8');
    } catch (error) {
      problems.push({
        ruleId: 'model-card.missing',
        severity: 'medium',
        message: `Model card ${p} cannot be read: ${(error as Error).message}`,
        location: { path: p },
      });
      continue;
    }
    const isReadme = /^readme\.md$/i.test(basename(p));
    if (explicit.length === 0 && isReadme && !/^\uFEFF?---\r?\n/.test(text) && !modelDirs.has(dirname(p))) continue;
    try {
      cards.push(parseModelCard(rel(s.ctx.cwd, abs), text));
    } catch (error) {
      problems.push({
        ruleId: 'model-card.invalid',
        severity: 'medium',
        message: `Model card ${p} cannot be parsed: ${(error as Error).message}`,
        location: { path: p },
      });
    }
  }
  return { cards, problems };
}

const FIELD_HELP: Record<string, string> = {
  'intended-use': 'an "Intended use" section (or `intended_use` in the metadata)',
  limitations: 'a "Limitations" / "Bias, risks and limitations" section',
  'training-data': '`datasets` in the front matter or a "Training data" section',
  evaluation: '`model-index` results in the front matter or an "Evaluation" section',
  license: '`license` in the front matter / JSON',
};

export async function modelCardCheck(s: RunState): Promise<{ output: CheckOutput; cards: ModelCard[] }> {
  const base = { id: 'model-card', title: 'Model card' };
  const { cards, problems } = await discoverCards(s);
  const findings = [...problems];
  const hasModels = s.files.some(isModelFile);
  if (cards.length === 0 && problems.length === 0) {
    if (!hasModels && s.opts.modelCard.paths.length === 0)
      return { output: { ...base, summary: 'no model files or model cards found' }, cards };
    findings.push({
      ruleId: 'model-card.missing',
      severity: 'medium',
      message: 'No model card found beside the model files',
      help: 'Add a README.md with Hugging Face-style front matter (license, datasets, model-index) and sections for intended use and limitations, or a model-card.json; or list cards in model-card.paths.',
    });
  }
  const allow = s.opts.modelCard.licenses.map((l) => l.toLowerCase());
  for (const card of cards) {
    for (const field of s.opts.modelCard.requiredFields) {
      if (card.fields[field] === undefined) {
        findings.push({
          ruleId: 'model-card.incomplete',
          severity: 'medium',
          message: `Model card ${card.path} has no ${field}: add ${FIELD_HELP[field] ?? field}`,
          location: { path: card.path },
        });
      }
    }
    if (allow.length > 0 && card.license && !allow.includes(card.license.toLowerCase())) {
      findings.push({
        ruleId: 'model-card.license-not-allowed',
        severity: 'high',
        message: `Model card ${card.path} declares licence \`${card.license}\`, which is not in model-card.licenses (${allow.join(', ')})`,
        location: { path: card.path },
        help: 'Use a model under an allowed licence, or have the licence reviewed and add it to model-card.licenses.',
      });
    }
  }
  return {
    output: {
      ...base,
      ...(findings.length === 0 ? { summary: `${cards.length} model card(s) complete` } : {}),
      findings,
      details: {
        cards: cards.map((c) => ({ path: c.path, license: c.license ?? null, fields: Object.keys(c.fields) })),
      },
    },
    cards,
  };
}

// ---------------------------------------------------------------------------------------------- ml-bom
function nearestCard(path: string, cards: ModelCard[]): ModelCard | undefined {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    const c = cards.find((x) => dirname(x.path) === dir);
    if (c) return c;
    if (dir === '.' || dir === dirname(dir)) return undefined;
  }
}

/**
 * The run's digest function: the SHA-256s the artifact scan computed while reading, so neither the manifest
 * nor the BOM hashes a file a second time; a file the scan did not hash is hashed here, once.
 */
function digestOf(s: RunState): DigestFn {
  return (absPath, signal) => s.fromScan.digests.sha256(absPath, signal);
}

export async function mlBomCheck(s: RunState, cards: ModelCard[]): Promise<CheckOutput> {
  const base = { id: 'ml-bom', title: 'ML-BOM (CycloneDX 1.6)' };
  const allFindings = [
    ...s.outputs.flatMap((o) => o.findings ?? []),
    ...s.fromScan.outputs.flatMap((o) => o.findings ?? []),
  ];
  const models: BomModel[] = [];
  for (const f of s.files.filter(isModelFile)) {
    const fmt = modelFormat(f.relPath)!;
    const sha256 = s.digests.get(f.relPath) ?? (await s.fromScan.digests.sha256(f.path, s.ctx.signal));
    models.push({
      path: f.relPath,
      sha256,
      size: f.size,
      format: fmt.format,
      ...(fmt.framework ? { framework: fmt.framework } : {}),
      ...(nearestCard(f.relPath, cards) ? { card: nearestCard(f.relPath, cards)! } : {}),
      integrity: s.integrity.get(f.relPath) ?? 'unverified',
      signature: s.signature.get(f.relPath) ?? 'unsigned',
      findings: allFindings.filter((x) => x.location?.path === f.relPath),
    });
  }
  const reportDir = typeof s.ctx.services.reportDir === 'string' ? s.ctx.services.reportDir : undefined;
  const out =
    reportDir && s.opts.bom.out === '.ml-gates/ml-bom.cdx.json'
      ? join(reportDir, 'ml-bom.cdx.json')
      : resolve(s.ctx.cwd, s.opts.bom.out);
  const text = buildMlBom(models, { name: s.opts.bom.name ?? (basename(resolve(s.ctx.cwd)) || 'project') });
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  return {
    ...base,
    summary: `${models.length} model(s), ${new Set(cards.flatMap((c) => c.datasets)).size} dataset(s) → ${rel(s.ctx.cwd, out)}`,
    details: { bom: rel(s.ctx.cwd, out), bomAbsolute: out, models: models.length },
    artifacts: [out],
  };
}
