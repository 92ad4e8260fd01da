/** ml-gates version written into every report; a test keeps it equal to the root package.json. */
export const ML_GATES_VERSION = '1.0.0';
