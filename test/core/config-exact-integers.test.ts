/**
 * The config loader never rounds an integer literal (issue #22): one a double cannot hold keeps its exact digits
 * (values and keys, decimal, hexadecimal, octal, signed), and where the schema accepts only a number it is
 * refused at its file:line:col with what it would have become.
 */
import { describe, expect, it } from '@jest/globals';
import { parseConfig, UserError } from '@ml-gates/core';
import { fakeGate } from './fake-gate.js';

const gates = [fakeGate([{ id: 'drift', title: 'Drift' }])];

function problems(text: string): string[] {
  try {
    parseConfig(text, 'ml-gates.yml', gates);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).details;
  }
  throw new Error('expected the config to be rejected');
}

describe('integers beyond 2^53 in ml-gates.yml', () => {
  it('keep their digits where text is accepted (policy rule messages, any string field)', () => {
    const { config } = parseConfig(
      'version: 1\npolicy:\n  rules:\n    - id: r\n      message: 9007199254740993\n      expr: "true"\n',
      'ml-gates.yml',
      gates,
    );
    expect((config as unknown as { policy: { rules: { message: unknown }[] } }).policy.rules[0]!.message).toBe(
      '9007199254740993',
    );
  });

  it('are refused where only a number fits, at their position, with the value they would become', () => {
    const details = problems('version: 9007199254740993\n');
    expect(details.join('\n')).toMatch(
      /^ml-gates\.yml:1:10 version: 9007199254740993 is an integer beyond 2\^53 that a number cannot hold: it would silently become 9007199254740992/m,
    );
    expect(problems('version: -0x20000000000001\n').join('\n')).toMatch(/version/);
    expect(problems('version: 0x20000000000001\n').join('\n')).toMatch(/9007199254740993 is an integer beyond 2\^53/);
  });

  it('leave integers a double holds exactly as numbers', () => {
    expect(problems('version: 9007199254740992\n').join('\n')).not.toMatch(/beyond 2\^53/);
  });
});
