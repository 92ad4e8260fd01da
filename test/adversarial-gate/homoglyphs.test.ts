/** One homoglyph table: the union of the probes' (Greek capitals) and the text perturbations' (Cyrillic capitals). */
import { describe, expect, it } from '@jest/globals';
import { Rng } from '@ml-gates/core';
import { contains, FOLD, HOMOGLYPHS, homoglyphs } from '../../packages/adversarial-gate/src/probes/encodings.js';
import { perturb } from '../../packages/adversarial-gate/src/text.js';

// The two tables the gate had, kept here as the floor: detection and perturbation may only grow.
const PROBES = {
  A: 'Α',
  B: 'Β',
  C: 'С',
  E: 'Ε',
  H: 'Η',
  I: 'Ι',
  K: 'Κ',
  M: 'Μ',
  N: 'Ν',
  O: 'Ο',
  P: 'Ρ',
  T: 'Τ',
  X: 'Χ',
  Y: 'Υ',
};
const PERTURBATIONS = { A: 'А', B: 'В', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const LOWER = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', s: 'ѕ', j: 'ј' };

describe('homoglyphs', () => {
  it('holds every glyph of both former tables, the probes’ first', () => {
    for (const [latin, glyph] of Object.entries({ ...PROBES, ...LOWER })) expect(HOMOGLYPHS[latin]![0]).toBe(glyph);
    for (const [latin, glyph] of Object.entries(PERTURBATIONS)) expect(HOMOGLYPHS[latin]).toContain(glyph);
    expect(homoglyphs('TOKEN')).toBe('ΤΟΚΕΝ');
  });

  it('reads every glyph back to Latin, so a canary is found in either alphabet', () => {
    for (const [latin, glyphs] of Object.entries(HOMOGLYPHS))
      for (const g of glyphs) expect(FOLD[g]).toBe(latin.toLowerCase());
    expect(contains('the key is ΗΟΜΕ', 'HOME')).toBe(true); // Greek capitals
    expect(contains('the key is НОМЕ', 'HOME')).toBe(true); // Cyrillic capitals
  });

  it('text perturbations use both alphabets for capitals', () => {
    const rng = new Rng(3);
    const seen = new Set<string>();
    for (let k = 0; k < 3000 && seen.size < 2; k++) {
      const r = perturb('MOTHER', rng);
      if (r?.kind !== 'homoglyph') continue;
      for (const c of r.text) if (/[\u0370-\u03ff]/.test(c)) seen.add('greek');
      for (const c of r.text) if (/[\u0400-\u04ff]/.test(c)) seen.add('cyrillic');
    }
    expect(seen).toEqual(new Set(['greek', 'cyrillic']));
  });
});
