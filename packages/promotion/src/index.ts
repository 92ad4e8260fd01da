/** @ml-gates/promotion: promotion with proof (policy as code, attestation, verify, MLflow registry promotion). */
export * from './policy.js';
export { readReports } from './reports.js';
export * from './attest.js';
export * from './verify.js';
export * from './mlflow.js';
export { registerPromotionCommands, type PromotionHost } from './commands.js';
export * from './keyless.js';
