export const id = 632;
export const ids = [632];
export const modules = {

/***/ 83632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   processIo: () => (/* binding */ processIo),
/* harmony export */   useColor: () => (/* binding */ useColor),
/* harmony export */   useProgressBar: () => (/* binding */ useProgressBar)
/* harmony export */ });
function processIo() {
    return {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        cwd: process.cwd(),
        env: process.env,
        isTTY: Boolean(process.stdout.isTTY),
        stderrIsTTY: Boolean(process.stderr.isTTY),
    };
}
/** Colour only on a TTY, never in CI, and never when NO_COLOR is set (FORCE_COLOR forces it). */
function useColor(io) {
    if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0')
        return true;
    if (io.env.NO_COLOR !== undefined || io.env.CI)
        return false;
    return io.isTTY;
}
/** A live bar only on an interactive terminal: stderr is a TTY, not CI, not a dumb terminal. */
function useProgressBar(io) {
    if (io.env.CI || io.env.TERM === 'dumb')
        return false;
    return io.stderrIsTTY === true;
}


/***/ })

};
