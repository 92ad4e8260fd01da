export * from './types.js';
export * from './manifest.js';
export * from './dvc.js';
