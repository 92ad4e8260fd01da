// Jest's order, except that the suites which mostly wait (on the GitHub emulator's list lag and comment settle
// time) start first: one worker waits through them while the other runs the CPU-bound suites. In a fresh clone
// Jest has no timings yet and would order by file size, which can leave the 2-minute end-to-end suite for last.
const Sequencer = require('@jest/test-sequencer').default;

const WAITING_FIRST = [
  'test/github/e2e.test.ts',
  'test/github/pr-comment.test.ts',
  'test/github/publish.test.ts',
  'test/approval-gate/bundle.test.ts',
];

class WaitingSuitesFirst extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    const rank = (t) => {
      const i = WAITING_FIRST.findIndex((f) => t.path.split('\\').join('/').endsWith(f));
      return i < 0 ? WAITING_FIRST.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = WaitingSuitesFirst;
