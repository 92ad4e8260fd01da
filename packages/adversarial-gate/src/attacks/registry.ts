/**
 * The attacks of the robustness check, one file each. Adding an attack: write `attacks/<name>.ts` exporting
 * an `AttackDef` factory, and add one line here; the config schema's enum and default, the CLI help, the
 * check's description and the action's validation all come from this list.
 */
import type { AttackDef } from '../classifier.js';
import { raysAttack } from './rays.js';
import { simbaAttack } from './simba.js';
import { squareAttack } from './square.js';

/** Attack id → its definition (factories: an attack holds no state between runs). */
export const ATTACKS = {
  square: () => squareAttack(),
  simba: simbaAttack,
  rays: raysAttack,
} as const satisfies Record<string, () => AttackDef>;

export type AttackName = keyof typeof ATTACKS;

/** Every attack, in the registry's order (the default: all of them). */
export const ATTACK_NAMES = Object.keys(ATTACKS) as AttackName[];

/** The attacks' titles, e.g. "Square Attack, SimBA and RayS (label-only)". */
export function attackTitles(): string {
  const titles = ATTACK_NAMES.map((a) => ATTACKS[a]().title);
  return titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : (titles[0] ?? '');
}

/** Attacks that work from labels alone (for targets without scores). */
export const labelOnlyAttacks = (): AttackName[] => ATTACK_NAMES.filter((a) => !ATTACKS[a]().needsScores);
