/** @ml-gates/core/github: the action runtime (inputs, logger, job summary, publishing). Only action entries import this. */
export { runAction, runWrapper, type ActionSpec } from './action.js';
export { getBooleanInput, getListInput, getOptionalInput, getRequiredInput } from './inputs.js';
export { actionsLogger } from './logger.js';
export { JOB_SUMMARY_LIMIT, truncateMarkdown } from './summary.js';
