export * from './stats/ks.js';
export * from './stats/kolmogorov.js';
export * from './stats/tests.js';
