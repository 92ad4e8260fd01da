/**
 * TRANSITIONAL (remove when approval-gate imports its source types from @ml-gates/core): the approvals reader
 * now lives in `@ml-gates/core/github` (packages/core/src/github/approvals.ts). Until approval-gate's
 * `TeamAccessError` is core's, this wrapper turns core's team errors into the gate's class, which the gate
 * tests with `instanceof`.
 */
import { TeamAccessError as CoreTeamAccessError } from '@ml-gates/core';
import {
  createApprovalReader as createCoreReader,
  promotionContext,
  readerOptionsFromEnvironment,
  type ApprovalReaderOptions,
} from '@ml-gates/core/github';
import { TeamAccessError, type ApprovalSource } from '@ml-gates/approval-gate';

export { promotionContext, readerOptionsFromEnvironment, type ApprovalReaderOptions };

function gateError(error: unknown): unknown {
  return error instanceof CoreTeamAccessError ? new TeamAccessError(error.team, error.message) : error;
}

/** Core's reader, with team errors of the gate's own class. */
export function createApprovalReader(o: ApprovalReaderOptions): ApprovalSource {
  const reader = createCoreReader(o);
  return {
    ...reader,
    verifyTeam: (team) =>
      reader.verifyTeam(team).catch((error: unknown) => {
        throw gateError(error);
      }),
    isTeamMember: (team, login) =>
      reader.isTeamMember(team, login).catch((error: unknown) => {
        throw gateError(error);
      }),
  };
}
