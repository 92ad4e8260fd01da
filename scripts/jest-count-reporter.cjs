// Writes the totals of the last Jest run to .jest-results.json, so .ci/run can print "N passed, N failed".
const { writeFileSync } = require('node:fs');

class CountReporter {
  onRunComplete(_contexts, results) {
    // A suite that cannot even load (syntax error, missing module) counts as a failure.
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    writeFileSync(
      '.jest-results.json',
      JSON.stringify({ passed: results.numPassedTests, failed, pending: results.numPendingTests }),
    );
  }
}
module.exports = CountReporter;
