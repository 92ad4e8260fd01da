import { configDigest, UserError, type GateResult } from '@ml-gates/core';

const short = (digest: string | undefined): string => (digest === undefined ? '(none)' : `${digest.slice(0, 12)}…`);

/**
 * Every report must have been produced under the config file a policy or attestation is about: its
 * `configDigest` (the config-file settings of that gate, see `configDigest`) must be the one this config gives
 * the gate. A report written before config and inputs were recorded apart (`inputsDigest` missing) cannot be
 * placed and is refused. Inputs (flags, action inputs) may differ between gates that ran in separate jobs:
 * they are recorded, not compared. A result that records no digest at all was not written by a gate run (an API
 * caller's, or a hand-made report): `digestless` says whether it is refused, let through, or let through with a
 * warning, returned for the caller to show (the digest is no secret: it guards against mix-ups, not forgery).
 */
export function requireConfigIdentity(
  results: readonly GateResult[],
  sources: ReadonlyMap<string, string>,
  config: unknown,
  shown: string,
  dir: string,
  opts: { digestless?: 'refuse' | 'accept' | 'warn' } = {},
): string[] {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const r of results) {
    const where = `${r.gate} (${sources.get(r.gate) ?? dir})`;
    if (r.configDigest === undefined && opts.digestless === 'accept') continue;
    if (r.configDigest === undefined && opts.digestless === 'warn') {
      warnings.push(`${where} records no config digest: it could not be checked against ${shown}`);
      continue;
    }
    const expected = configDigest(config, r.gate);
    if (r.configDigest === undefined) problems.push(`${where}: records no config digest`);
    else if (r.inputsDigest === undefined)
      problems.push(
        `${where}: written by an ml-gates that recorded the config and the inputs in one digest (${short(r.configDigest)}); run the gate again with this version`,
      );
    else if (r.configDigest.toLowerCase() !== expected)
      problems.push(`${where}: config digest ${short(r.configDigest)}, ${shown} gives ${short(expected)}`);
  }
  if (problems.length === 0) return warnings;
  const gates = problems.map((p) => p.split(' ')[0]).join(', ');
  throw new UserError(
    'input-invalid',
    `${dir}: ${gates} ${problems.length === 1 ? 'was' : 'were'} not run under ${shown}; refusing to judge results of another configuration.`,
    {
      details: [
        ...problems,
        `Run every gate with ${shown} (--config, or the action's "config" input) and judge their reports with the same file; settings that differ between jobs belong in flags or inputs.`,
      ],
    },
  );
}
