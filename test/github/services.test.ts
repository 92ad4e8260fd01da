/** Typed services (#17 item 2): the OIDC token arrives as `services.idToken`, provided by the action host. */
import { describe, expect, it } from '@jest/globals';
import { oidcService } from '@ml-gates/core/github';
import type { GateServices } from '@ml-gates/core';

describe('services.idToken', () => {
  it('is absent when the job may not request a token (no ACTIONS_ID_TOKEN_REQUEST_URL)', () => {
    expect(oidcService({})).toEqual({});
  });

  it('is a function of the audience when the job may request one', () => {
    const s: GateServices = oidcService({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/?x=1' });
    expect(typeof s.idToken).toBe('function');
  });
});
