/** @ml-gates/core/github: the GitHub runtime's full API (the CLI, tests). Action entries import runtime.ts, which loads the client only when needed. */
export { oidcService, runAction, runWrapper, type ActionSpec } from './action.js';
export { getBooleanInput, getListInput, getOptionalInput, getRequiredInput } from './inputs.js';
export { actionsLogger } from './logger.js';
export { JOB_SUMMARY_LIMIT, truncateMarkdown } from './summary.js';
export {
  withGitHub,
  publishResults,
  readPublishSettings,
  describePublishFailures,
  type PublishSettings,
} from './publish.js';
export {
  createClient,
  apiBaseUrl,
  httpStatus,
  isPermissionError,
  type GitHubClient,
  type ClientOptions,
} from './client.js';
export { readRunContext, type RunContext } from './context.js';
export {
  buildCheckRun,
  publishCheckRun,
  checkRunName,
  conclusionFor,
  annotationsFor,
  CHECK_RUN_PREFIX,
} from './check-run.js';
export { syncPrComment, type CommentTarget, type OwnSection } from './pr-comment.js';
export { encodeStoredResult, decodeStoredResult } from './stored-result.js';
export { createBaselineService } from './baseline.js';
export { artifactName, uploadReportArtifact } from './artifact.js';
export { syncFailureIssue, renderFailureIssue } from './failure-issue.js';
export {
  approvalServicesFor,
  createApprovalReader,
  promotionContext,
  readerOptionsFromEnvironment,
  type ApprovalReaderOptions,
} from './approvals.js';
export { uploadAttestation, type AttestationUpload } from './attestations.js';
export { lazyModule, ModuleLoadError } from './lazy.js';
