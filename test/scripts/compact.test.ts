/**
 * Start-up (#20 item 3): scripts/compact.mjs prints ncc's output again without comments and indentation, in
 * ASCII, keeping the parentheses around each module factory (V8 compiles those with the file). The code must
 * run exactly as before.
 */
import { describe, expect, it } from '@jest/globals';
// @ts-expect-error -- a plain ES module of the build, without types
import { compact } from '../../scripts/compact.mjs';

const compactText = compact as (source: string, file: string) => string;

// The shape ncc writes (webpack's module map, `/***/` markers, the factory in parentheses on its own line).
const NCC = `import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 12:
/***/ ((module) => {

/*! tiny-lib | MIT License | Jürgen Müller */
// A comment that goes away.
const CHECK = "✅ pass — 100 % café";
const re = /[–—]+|🛑/u;
module.exports = { CHECK, dash: re.test("a — b"), stop: re.test("🛑"), tpl: \`\${CHECK} ≥ 1\`, raw: String.raw\`a\\tb\` };

/***/ }),

/***/ 345:
/***/ (function(module, __unused_webpack_exports, __nccwpck_require__) {

    const lib = __nccwpck_require__(12);
    module.exports = function report() { return [lib.CHECK, lib.dash, lib.stop, lib.tpl, lib.raw].join("|"); };

/***/ })

/******/ });
/******/ var cache = {};
/******/ function __nccwpck_require__(id) {
/******/   if (cache[id]) return cache[id].exports;
/******/   var module = cache[id] = { exports: {} };
/******/   __webpack_modules__[id].call(module.exports, module, module.exports, __nccwpck_require__);
/******/   return module.exports;
/******/ }
export const result = __nccwpck_require__(345)();
`;

async function run(code: string): Promise<string> {
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    result: string;
  };
  return mod.result;
}

describe('compacting ncc output', () => {
  it('runs the same, is ASCII, and keeps each module factory in parentheses', async () => {
    const out = compactText(NCC, 'index.js');
    expect(await run(out)).toBe(await run(NCC));
    expect(await run(out)).toBe('✅ pass — 100 % café|true|true|✅ pass — 100 % café ≥ 1|a\\tb');
    expect(out).not.toMatch(/[\u0080-\uffff]/);
    expect(out).toContain('12:(module=>{');
    expect(out).toContain('345:(function(module,__unused_webpack_exports,__nccwpck_require__){');
    expect(out).toContain('/*! tiny-lib | MIT License | J\\u00fcrgen M\\u00fcller */');
    expect(out).not.toContain('goes away');
    expect(out).not.toContain('__mlgFactory');
  });

  it('is deterministic and keeps a shebang', () => {
    const cli = `#!/usr/bin/env node\n${NCC}`;
    const out = compactText(cli, 'cli/index.js');
    expect(out.startsWith('#!/usr/bin/env node\nimport{')).toBe(true);
    expect(compactText(cli, 'cli/index.js')).toBe(out);
  });

  it('refuses a text that already holds its marker', () => {
    expect(() => compactText(`${NCC}\nconst __mlgFactory = 1;`, 'x.js')).toThrow(/already contains __mlgFactory/);
  });
});
