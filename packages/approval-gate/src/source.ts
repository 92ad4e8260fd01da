/**
 * What the approval gate reads from GitHub, as plain data: the types live in core
 * (packages/core/src/approvals/source.ts) beside the Octokit implementation in `@ml-gates/core/github`
 * (github/approvals.ts), which the action passes as `ctx.services.approvals`; tests pass an in-memory one.
 */
export {
  TeamAccessError,
  type Account,
  type ApprovalSource,
  type CheckRunInfo,
  type CommentInfo,
  type CommitInfo,
  type Permission,
  type PromotionContext,
  type PullRequestInfo,
  type ReviewInfo,
  type ReviewState,
  type TipInfo,
  type WorkflowIntegrity,
} from '@ml-gates/core';
