export * from './read.js';
export * from './predictions.js';
export * from './metrics.js';
export * from './stats.js';
