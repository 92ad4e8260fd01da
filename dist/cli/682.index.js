export const id = 682;
export const ids = [682];
export const modules = {

/***/ 14289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ TeamAccessError)
/* harmony export */ });
/**
 * What the approval gate needs to read from GitHub, as plain data (`GateServices.approvals`). Declared in core,
 * outside `github/`, so the gate imports the types without the GitHub runtime. The gate never imports Octokit:
 * the action passes an implementation (`createApprovalReader` in `@ml-gates/core/github`), tests pass an
 * in-memory one.
 */
/**
 * Thrown by `verifyTeam`/`isTeamMember` when the token cannot read team membership (the default
 * `GITHUB_TOKEN` never can). The gate turns it into a clear error instead of "nobody is a member".
 */
class TeamAccessError extends Error {
    team;
    constructor(team, message) {
        super(message);
        this.name = 'TeamAccessError';
        this.team = team;
    }
}


/***/ }),

/***/ 52687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema)
/* harmony export */ });
/* unused harmony exports schemaKey, registerPrecompiled */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78328);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__);


/** Validators precompiled at build time (scripts/gen-validators.mjs), by `schemaKey`. */
const PRECOMPILED = new Map();
/** The digest a precompiled validator is filed under; scripts/gen-validators.mjs computes the same. */
function schemaKey(schema, useDefaults) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32);
    return `${digest}${useDefaults ? ':defaults' : ''}`;
}
/**
 * Makes `compileSchema` answer these schemas with the validators Ajv's standalone code generated at build
 * time (no Ajv instance, no meta-schema compiled at start-up). Bundles call it first with their own set
 * (`packages/core/src/config/precompiled/<bundle>.ts`); a schema not among them is compiled as before.
 */
function registerPrecompiled(validators) {
    for (const [key, validate] of Object.entries(validators))
        PRECOMPILED.set(key, validate);
}
/**
 * The one ajv factory of the project. `useDefaults` fills in defaults declared in schemas, so gates
 * read resolved options; `allErrors` reports every problem at once. A schema precompiled at build time
 * (`registerPrecompiled`) is not compiled again.
 */
function compileSchema(schema, options = {}) {
    const useDefaults = options.useDefaults ?? false;
    if (PRECOMPILED.size > 0) {
        const found = PRECOMPILED.get(schemaKey(schema, useDefaults));
        if (found)
            return found;
    }
    const ajv = new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_1__.Ajv2020({ allErrors: true, strict: false, useDefaults, verbose: true });
    return ajv.compile(schema);
}


/***/ }),

/***/ 42940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ withSchemaDefaults),
/* harmony export */   Q: () => (/* binding */ schemaDefaults)
/* harmony export */ });
const isPlainObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const nestedProperties = (schema) => isPlainObject(schema.properties) ? schema.properties : undefined;
/**
 * `given` over the defaults the schema declares, object by object: what the user wrote wins, a missing key
 * takes its `default`, and an object option whose properties have defaults is filled in (created when
 * absent and it has any). This is the one place option defaults come from: gates read the result and keep
 * no defaults of their own, so the JSON Schema (and the docs made from it) is the only source.
 */
function withSchemaDefaults(properties, given = {}) {
    const out = { ...given };
    for (const [key, schema] of Object.entries(properties)) {
        const nested = nestedProperties(schema);
        if (key in given) {
            if (nested && isPlainObject(given[key]))
                out[key] = withSchemaDefaults(nested, given[key]);
            continue;
        }
        if ('default' in schema) {
            const value = structuredClone(schema.default);
            out[key] = nested && isPlainObject(value) ? withSchemaDefaults(nested, value) : value;
        }
        else if (nested) {
            const filled = withSchemaDefaults(nested);
            if (Object.keys(filled).length > 0)
                out[key] = filled;
        }
    }
    return out;
}
/** The defaults alone (`withSchemaDefaults` of nothing): what a gate runs with when the config is silent. */
function schemaDefaults(properties) {
    return withSchemaDefaults(properties);
}


/***/ }),

/***/ 53113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ explainAjvErrors),
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   ZA: () => (/* binding */ suggest)
/* harmony export */ });
/* harmony import */ var fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21916);

/** `gates.model-scan.checks.pickle`, `waivers[2].expires`. */
function formatKeyPath(path) {
    let out = '';
    for (const part of path) {
        if (typeof part === 'number')
            out += `[${part}]`;
        else
            out += out === '' ? part : `.${part}`;
    }
    return out === '' ? '(root)' : out;
}
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
/** The nearest candidate within a small edit distance, for "did you mean" hints. */
function suggest(word, candidates) {
    if (candidates.length === 0)
        return undefined;
    const best = (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(word, candidates);
    const limit = Math.max(2, Math.floor(word.length / 3));
    return (0,fastest_levenshtein__WEBPACK_IMPORTED_MODULE_0__/* .distance */ .Io)(word, best) <= limit ? best : undefined;
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return `${typeof value} ${JSON.stringify(value)}`;
}
/**
 * Turns ajv errors into one problem per offending key, with "did you mean" hints. Errors of `if`
 * keywords and duplicates are dropped; when a value has the wrong type, its deeper errors are not repeated.
 */
function explainAjvErrors(errors) {
    const problems = [];
    const seen = new Set();
    const add = (p) => {
        const key = `${formatKeyPath(p.path)}|${p.message}`;
        if (!seen.has(key)) {
            seen.add(key);
            problems.push(p);
        }
    };
    for (const e of errors) {
        const path = pointerToPath(e.instancePath);
        switch (e.keyword) {
            case 'if':
                break;
            case 'additionalProperties': {
                const key = String(e.params.additionalProperty);
                const props = Object.keys(e.parentSchema?.properties ?? {});
                const hint = suggest(key, props);
                add({
                    path: [...path, key],
                    atKey: true,
                    message: hint
                        ? `unknown key; did you mean "${hint}"?`
                        : `unknown key; expected one of: ${props.join(', ') || '(none)'}`,
                });
                break;
            }
            case 'required': {
                const missing = String(e.params.missingProperty);
                add({ path, atKey: false, message: `missing required key "${missing}"` });
                break;
            }
            case 'enum': {
                const allowed = e.params.allowedValues.map(String);
                const hint = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
                add({
                    path,
                    atKey: false,
                    message: `${describeType(e.data)} is not allowed; expected one of: ${allowed.join(', ')}${hint ? `; did you mean "${hint}"?` : ''}`,
                });
                break;
            }
            case 'const':
                add({
                    path,
                    atKey: false,
                    message: `must be ${JSON.stringify(e.params.allowedValue)}, got ${describeType(e.data)}`,
                });
                break;
            case 'type':
                add({
                    path,
                    atKey: false,
                    message: `must be ${String(e.params.type).replace(',', ' or ')}, got ${describeType(e.data)}`,
                });
                break;
            case 'pattern':
                add({
                    path,
                    atKey: false,
                    message: `${describeType(e.data)} does not match the expected format ${String(e.params.pattern)}`,
                });
                break;
            default:
                add({ path, atKey: false, message: e.message ?? `fails ${e.keyword}` });
        }
    }
    return problems;
}


/***/ }),

/***/ 86730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   g: () => (/* binding */ addConfigCheck),
/* harmony export */   o4: () => (/* binding */ parseConfig),
/* harmony export */   sb: () => (/* binding */ defaultConfig)
/* harmony export */ });
/* unused harmony export waiverProblems */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37638);
/* harmony import */ var _ajv_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52687);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53113);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48885);







const DEFAULT_CONFIG_FILE = 'ml-gates.yml';
/** The config used when there is no file: every gate on its defaults. */
function defaultConfig() {
    return { version: 1, defaults: {}, gates: {} };
}
/** Finds the source position of a path in a YAML document (the key, or the value). */
function positionOf(doc, lc, path, atKey) {
    let node = doc.contents;
    let keyNode;
    for (const part of path) {
        keyNode = undefined;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isPair */ .tO)(p) && (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(part));
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isSeq */ .oP)(node) && typeof part === 'number') {
            node = node.items[part];
        }
        else {
            break;
        }
    }
    const target = (atKey && keyNode ? keyNode : (node ?? keyNode));
    const offset = target?.range?.[0];
    if (offset === undefined)
        return undefined;
    return lc.linePos(offset);
}
const didYouMean = (word, candidates) => {
    const hint = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .suggest */ .ZA)(word, candidates);
    return hint ? `; did you mean "${hint}"?` : '';
};
/**
 * Checks every waiver against what its gate publishes: `check` must be one of the gate's checks, and `rule`
 * one of its rule catalogue (`Gate.rules`, when the gate has one) emitted by that check. A waiver for a
 * rule that cannot exist would otherwise only show up as stale after a full run.
 */
function waiverProblems(data, gates) {
    const problems = [];
    const sections = data.gates;
    if (sections === null || typeof sections !== 'object')
        return problems;
    for (const gate of gates) {
        const waivers = sections[gate.name]?.waivers;
        if (!Array.isArray(waivers))
            continue;
        const checkIds = gate.checks.map((c) => c.id);
        waivers.forEach((w, i) => {
            if (w === null || typeof w !== 'object')
                return;
            const { check, rule } = w;
            const at = ['gates', gate.name, 'waivers', i];
            if (typeof check === 'string' && !checkIds.includes(check)) {
                problems.push({
                    path: [...at, 'check'],
                    atKey: false,
                    message: `unknown check "${check}" of ${gate.name}${didYouMean(check, checkIds)} (checks: ${checkIds.join(', ')})`,
                });
                return;
            }
            if (typeof rule !== 'string' || !gate.rules)
                return;
            // `family.*` stands for ids named from the user's own data (safety.<category>).
            const known = gate.rules.find((r) => r.id === rule || (r.id.endsWith('.*') && rule.startsWith(r.id.slice(0, -1))));
            if (!known) {
                const ofCheck = gate.rules.filter((r) => r.check === undefined || r.check === check).map((r) => r.id);
                const hint = (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .suggest */ .ZA)(rule, ofCheck) ??
                    (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .suggest */ .ZA)(rule, gate.rules.map((r) => r.id));
                problems.push({
                    path: [...at, 'rule'],
                    atKey: false,
                    message: `unknown rule "${rule}": ${gate.name} never emits it${hint ? `; did you mean "${hint}"?` : ` (see "ml-gates rules ${gate.name}")`}`,
                });
            }
            else if (known.check !== undefined && typeof check === 'string' && known.check !== check) {
                problems.push({
                    path: [...at, 'rule'],
                    atKey: false,
                    message: `rule "${rule}" is emitted by the "${known.check}" check, not "${check}"; the waiver would match nothing`,
                });
            }
        });
    }
    return problems;
}
const configChecks = [];
/** Adds a config check run by every `parseConfig` (so `validate` reports its problems with file:line:col). */
function addConfigCheck(check) {
    if (!configChecks.includes(check))
        configChecks.push(check);
}
/**
 * Parses and validates `ml-gates.yml` text. Throws one `UserError` listing every problem as
 * `file:line:col key.path: message`.
 */
function parseConfig(text, file, gates) {
    if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('config-invalid', `${file}: the config file is empty.`, {
            details: ['Start from "npx ml-gates init", or write at least "version: 1" and a "gates:" mapping.'],
        });
    }
    const lc = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const details = doc.errors.map((e) => {
            const pos = lc.linePos(e.pos[0]);
            return `${file}:${pos.line}:${pos.col} YAML syntax error: ${e.message.split('\n')[0]}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('config-invalid', `${file}: not valid YAML (${details.length} error(s)).`, { details });
    }
    const data = doc.toJS({ maxAliasCount: 100 });
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('config-invalid', `${file}: the top level must be a mapping (keys such as "version" and "gates").`);
    }
    const validate = (0,_ajv_js__WEBPACK_IMPORTED_MODULE_4__/* .compileSchema */ .Fc)((0,_schema_js__WEBPACK_IMPORTED_MODULE_6__/* .buildConfigSchema */ .A6)(gates), { useDefaults: true });
    const problems = validate(data) ? [] : (0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .explainAjvErrors */ .An)(validate.errors ?? []);
    problems.push(...waiverProblems(data, gates));
    for (const check of configChecks)
        problems.push(...check(data));
    if (problems.length > 0) {
        const details = problems.map((p) => {
            const pos = positionOf(doc, lc, p.path, p.atKey);
            const where = pos ? `${file}:${pos.line}:${pos.col}` : file;
            return `${where} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .formatKeyPath */ .K7)(p.path)}: ${p.message}`;
        });
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('config-invalid', `${file}: invalid configuration (${details.length} problem(s)).`, {
            details,
        });
    }
    return { file, config: data };
}
/** Reads and validates a config file; a missing file is a `UserError` that says how to create one. */
async function loadConfig(file, gates, cwd = process.cwd()) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, file), 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('config-missing', `${file}: config file not found.`, {
                details: ['Create one with "npx ml-gates init", or point --config (action input "config") at yours.'],
            });
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('input-unreadable', `${file}: cannot read the config file (${code ?? String(error)}).`);
    }
    return parseConfig(text, file, gates);
}


/***/ }),

/***/ 48885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ buildConfigSchema),
/* harmony export */   Im: () => (/* binding */ gateSectionSchema)
/* harmony export */ });
/* unused harmony export CONFIG_SCHEMA_ID */
/* harmony import */ var _result_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69802);

const CONFIG_SCHEMA_ID = 'https://ml-gates.dev/schema/ml-gates.schema.json';
const severity = {
    type: 'string',
    enum: [..._result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC],
    description: 'Lowest finding severity that fails a blocking check.',
};
const waiverSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['check', 'reason', 'owner', 'expires'],
    properties: {
        check: { type: 'string', minLength: 1, description: 'Check id the waiver applies to.' },
        rule: {
            type: 'string',
            minLength: 1,
            description: 'Rule id (exact) the waiver applies to; all rules when omitted.',
        },
        path: { type: 'string', minLength: 1, description: 'Glob matched against the finding path.' },
        reason: { type: 'string', minLength: 3, description: 'Why this is acceptable.' },
        owner: { type: 'string', minLength: 1, description: 'Who answers for the waiver (a GitHub handle or team).' },
        expires: {
            type: 'string',
            pattern: '^\\d{4}-\\d{2}-\\d{2}$',
            description: 'Last day (UTC) the waiver applies, YYYY-MM-DD.',
        },
    },
};
function checkSchema(spec) {
    return {
        description: `${spec.title}: ${spec.description} (default mode: ${spec.defaultMode})`,
        if: { type: 'string' },
        then: { enum: [..._result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN] },
        else: {
            type: 'object',
            additionalProperties: false,
            properties: { mode: { enum: [..._result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN] }, 'fail-on': severity, ...(spec.optionsSchema ?? {}) },
        },
    };
}
const policyRuleSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'message', 'expr'],
    properties: {
        id: { type: 'string', pattern: '^[a-z0-9][a-z0-9._-]*$', description: 'Rule id (lowercase, unique).' },
        message: { type: 'string', minLength: 3, description: 'What the rule requires, shown when it is violated.' },
        severity: { enum: [..._result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC], default: 'high', description: 'Severity of a violation.' },
        mode: { enum: [..._result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN], default: 'block', description: 'block: a violation fails; warn: it warns; off.' },
        expr: { type: 'string', minLength: 1, description: 'CEL expression over gates, verdict, risk, approvals, commit.' },
    },
};
/** `policy:` — CEL rules over every gate's result (see packages/promotion). */
const policySchema = {
    type: 'object',
    additionalProperties: false,
    description: 'Policy as code: CEL rules over every gate result (ml-gates policy, attest, verify).',
    properties: {
        rules: { type: 'array', items: policyRuleSchema, description: 'Rules judged over the gate reports.' },
        deploy: {
            type: 'array',
            items: policyRuleSchema,
            description: 'Rules ml-gates verify checks against the attested results.',
        },
    },
};
/** The schema of one gate's section: common keys plus the gate's own options. */
function gateSectionSchema(gate) {
    return {
        type: 'object',
        description: `${gate.title}: ${gate.description}`,
        additionalProperties: false,
        properties: {
            enabled: { type: 'boolean', default: true },
            'fail-on': severity,
            checks: {
                type: 'object',
                additionalProperties: false,
                properties: Object.fromEntries(gate.checks.map((c) => [c.id, checkSchema(c)])),
            },
            waivers: { type: 'array', items: waiverSchema },
            ...gate.optionsSchema,
        },
    };
}
/**
 * The schema of `ml-gates.yml`. Sections of the gates passed in are validated strictly; the sections of
 * other gates (a single-gate bundle does not carry their option schemas) only need to be objects.
 */
function buildConfigSchema(gates) {
    const known = new Map(gates.map((g) => [g.name, g]));
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: CONFIG_SCHEMA_ID,
        title: 'ml-gates configuration (ml-gates.yml)',
        type: 'object',
        additionalProperties: false,
        properties: {
            version: { const: 1, default: 1, description: 'Config format version.' },
            defaults: {
                type: 'object',
                additionalProperties: false,
                default: {},
                properties: { 'fail-on': severity },
            },
            gates: {
                type: 'object',
                additionalProperties: false,
                default: {},
                properties: Object.fromEntries(_result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_NAMES */ .rn.map((name) => {
                    const gate = known.get(name);
                    return [name, gate ? gateSectionSchema(gate) : { type: 'object' }];
                })),
            },
            policy: policySchema,
            include: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                description: "Globs (relative to the workspace) of the files the gates walk from the workspace root; when set, other files are out of scope. Paths named explicitly (a gate's paths, a CLI argument) are always scanned.",
            },
            exclude: {
                type: 'array',
                items: { type: 'string', minLength: 1 },
                description: 'Globs (relative to the workspace) of files and folders the gates leave out when they walk the workspace, besides .gitignore, .git, node_modules, virtualenvs, __pycache__, build caches and the report folder.',
            },
            report: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    formats: {
                        type: 'array',
                        items: { enum: ['text', 'json', 'markdown', 'sarif', 'junit'] },
                    },
                    out: { type: 'string' },
                },
            },
        },
    };
}


/***/ }),

/***/ 72395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ runGates)
/* harmony export */ });
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77803);

/**
 * Runs several gates one after the other (each gate streams its inputs; running them in parallel would only
 * compete for disk and memory). Every gate's settings are validated first: a mistake anywhere throws a
 * `UserError` before any gate has run.
 */
async function runGates(gates, config, opts) {
    (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .validateGates */ .TV)(gates, config, opts.overrides);
    const results = [];
    for (const gate of gates) {
        results.push(await (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .runGate */ .Rg)(gate, { ...opts, config, overrides: opts.overrides?.[gate.name] ?? {} }));
    }
    return results;
}


/***/ }),

/***/ 77803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  MA: () => (/* binding */ enabledGates),
  Rr: () => (/* binding */ exitCodeFor),
  ZS: () => (/* binding */ judgeOutput),
  NF: () => (/* binding */ prepareGate),
  o2: () => (/* binding */ resolveSection),
  Rg: () => (/* binding */ runGate),
  TV: () => (/* binding */ validateGates)
});

// UNUSED EXPORTS: headline, whyCheckFailed

// EXTERNAL MODULE: ./packages/core/src/config/ajv.ts
var ajv = __webpack_require__(52687);
// EXTERNAL MODULE: ./packages/core/src/config/defaults.ts
var defaults = __webpack_require__(42940);
// EXTERNAL MODULE: ./packages/core/src/config/errors.ts
var errors = __webpack_require__(53113);
// EXTERNAL MODULE: ./packages/core/src/config/schema.ts
var schema = __webpack_require__(48885);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var src_errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/shard/spec.ts
var spec = __webpack_require__(47143);
// EXTERNAL MODULE: ./packages/core/src/shard/types.ts
var types = __webpack_require__(82579);
// EXTERNAL MODULE: ./packages/core/src/io/files.ts
var files = __webpack_require__(65013);
// EXTERNAL MODULE: ./packages/core/src/policy/apply.ts
var apply = __webpack_require__(39432);
// EXTERNAL MODULE: ./packages/core/src/policy/severity.ts
var severity = __webpack_require__(11393);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./packages/core/src/policy/waivers.ts

/** `YYYY-MM-DD` of a date, in UTC. */
function isoDay(date) {
    return date.toISOString().slice(0, 10);
}
/** A waiver applies up to and including its `expires` day (UTC). */
function isExpired(waiver, now) {
    return isoDay(now) > waiver.expires;
}
function matcher(waiver) {
    const pathMatch = waiver.path ? picomatch_default()(waiver.path, { dot: true }) : undefined;
    return (checkId, finding) => waiver.check === checkId &&
        (waiver.rule === undefined || waiver.rule === finding.ruleId) &&
        (pathMatch === undefined || (finding.location?.path !== undefined && pathMatch(finding.location.path)));
}
/**
 * Marks the findings that active waivers cover and reports every waiver's status: `active` (matched at
 * least one finding), `expired` (past its date: it no longer waives, and says so) or `stale` (matched nothing).
 */
function applyWaivers(gate, waivers, checks, now) {
    return waivers.map((waiver) => {
        const matches = matcher(waiver);
        const expired = isExpired(waiver, now);
        let matched = 0;
        for (const check of checks) {
            for (const finding of check.findings) {
                if (!matches(check.id, finding))
                    continue;
                matched++;
                if (!expired && finding.waived === undefined) {
                    finding.waived = { reason: waiver.reason, owner: waiver.owner, expires: waiver.expires };
                }
            }
        }
        const status = expired ? 'expired' : matched === 0 ? 'stale' : 'active';
        return { ...waiver, gate, status, matched };
    });
}

// EXTERNAL MODULE: ./packages/core/src/report/format.ts
var format = __webpack_require__(96665);
// EXTERNAL MODULE: ./packages/core/src/result/types.ts
var result_types = __webpack_require__(69802);
// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
;// CONCATENATED MODULE: ./packages/core/src/engine.ts














/** Applies overrides to a gate section and validates it, filling in schema defaults. */
function resolveSection(gate, config, overrides = {}) {
    const base = structuredClone(config.gates[gate.name] ?? {});
    const section = { ...base, ...(overrides.options ?? {}) };
    if (overrides.failOn)
        section['fail-on'] = overrides.failOn;
    for (const [id, o] of Object.entries(overrides.checks ?? {})) {
        const current = section.checks?.[id];
        const asObject = typeof current === 'string' ? { mode: current } : { ...(current ?? {}) };
        section.checks = {
            ...(section.checks ?? {}),
            [id]: {
                ...asObject,
                ...(o.options ?? {}),
                ...(o.mode ? { mode: o.mode } : {}),
                ...(o.failOn ? { 'fail-on': o.failOn } : {}),
            },
        };
    }
    const validate = (0,ajv/* compileSchema */.Fc)((0,schema/* gateSectionSchema */.Im)(gate), { useDefaults: true });
    if (!validate(section)) {
        const details = (0,errors/* explainAjvErrors */.An)(validate.errors ?? []).map((p) => `gates.${gate.name}.${(0,errors/* formatKeyPath */.K7)(p.path)}: ${p.message}`);
        throw new src_errors/* UserError */.yo('input-invalid', `Invalid settings for ${gate.name} (from the config file and inputs).`, {
            details,
        });
    }
    // ajv fills in defaults only where the object exists; nested option objects get theirs here
    return (0,defaults/* withSchemaDefaults */.A)(gate.optionsSchema, section);
}
/**
 * Validates every gate's settings (config file plus overrides) before any gate runs, so a mistake in the
 * third gate's section is reported with the others and exit code 2 still means "nothing was run".
 * Throws one `UserError` listing every problem of every gate.
 */
function validateGates(gates, config, overrides = {}) {
    const details = [];
    for (const gate of gates) {
        try {
            resolveSection(gate, config, overrides[gate.name] ?? {});
        }
        catch (error) {
            if (!(0,src_errors/* isUserError */.iU)(error))
                throw error;
            details.push(...(error.details.length > 0 ? error.details : [error.message]));
        }
    }
    if (details.length > 0) {
        throw new src_errors/* UserError */.yo('input-invalid', `Invalid settings (${details.length} problem(s)); no gate was run.`, {
            details,
        });
    }
}
/** The shard fields of a partial result (none when the run is whole). */
function shardFields(shard) {
    return shard ? { shard } : {};
}
function errorResult(gate, message, started, prep, opts) {
    const finished = new Date();
    return {
        schemaVersion: result_types/* REPORT_SCHEMA_VERSION */.WI,
        gate: gate.name,
        version: version/* ML_GATES_VERSION */.o,
        verdict: 'error',
        headline: `could not run: ${message.split('\n')[0]}`,
        checks: [],
        subjects: [],
        waivers: [],
        errors: [message],
        timings: {
            startedAt: started.toISOString(),
            finishedAt: finished.toISOString(),
            durationMs: finished.getTime() - started.getTime(),
        },
        tool: { name: 'ml-gates', version: version/* ML_GATES_VERSION */.o, rulesets: {} },
        ...(opts.commit ? { commit: opts.commit } : {}),
        configDigest: prep.configDigest,
        ...shardFields(opts.shard ? { ...opts.shard, plan: types/* NO_PLAN */.m, items: 0 } : undefined),
    };
}
/** Resolves a gate's section (config plus overrides) into what `run` and policy need. Throws a `UserError` if invalid. */
function prepareGate(gate, config, overrides = {}) {
    const section = resolveSection(gate, config, overrides);
    const gateFailOn = section['fail-on'] ?? config.defaults['fail-on'] ?? gate.defaultFailOn ?? apply/* DEFAULT_FAIL_ON */.VQ;
    const specs = new Map(gate.checks.map((c) => [c.id, c]));
    const { enabled: _enabled, 'fail-on': _failOn, checks: _checks, waivers = [], ...options } = section;
    return {
        checkConfig: (id) => (0,apply/* resolveCheck */.RM)(specs.get(id), section, gateFailOn),
        waivers,
        options,
        configDigest: (0,spec/* configDigest */.xv)(config, overrides),
    };
}
/**
 * Policy: applies waivers, judges every check (mode, `fail-on`, outcome) and builds the `GateResult`. The one
 * path from a gate's output to a verdict, for a run and for `ml-gates merge` (a gate's `mergeShards` output).
 */
function judgeOutput(gate, output, prep, opts) {
    const inputs = output.checks.map((c) => ({
        ...c,
        findings: (c.findings ?? []).map((f) => ({ ...f })),
    }));
    const waiverReports = applyWaivers(gate.name, prep.waivers, inputs, opts.now);
    // Nothing declared is dropped: a check that is off still appears (skipped on purpose), and an enabled check
    // the gate returned nothing for is `not run` (judged error in block mode, warn in warn mode). In a shard of
    // a gate that shards its work, a check the gate did not return is another shard's (whole-repository checks
    // run on one shard): skipped here, left out of what the merge joins; the merge reports it not run if no
    // shard returned it.
    const sharded = opts.shard !== undefined && opts.shard.plan !== types/* UNSHARDED_PLAN */.l && opts.shard.plan !== types/* NO_PLAN */.m;
    const elsewhere = [];
    for (const spec of gate.checks) {
        if (inputs.some((c) => c.id === spec.id))
            continue;
        const mode = prep.checkConfig(spec.id).mode;
        if (sharded && mode !== 'off') {
            const resolved = { ...prep.checkConfig(spec.id), mode: 'off' };
            elsewhere.push({ ...(0,apply/* judgeCheck */.GE)({ id: spec.id, title: spec.title }, resolved), mode, summary: NOT_IN_SHARD });
            continue;
        }
        inputs.push(mode === 'off'
            ? { id: spec.id, title: spec.title, summary: 'off' }
            : (0,result_types/* notRun */.nE)(spec.id, spec.title, `${gate.name} returned no result for this check`));
    }
    const judged = [...inputs.map((c) => (0,apply/* judgeCheck */.GE)(c, prep.checkConfig(c.id))), ...elsewhere];
    const errors = judged.filter((c) => c.verdict === 'error').map((c) => `${c.id}: ${c.summary}`);
    const verdict = (0,severity/* worstVerdict */.zP)(judged.map((c) => c.verdict));
    const finished = new Date();
    const shard = opts.shard && { ...opts.shard, checks: shardPolicies(inputs, prep) };
    return {
        schemaVersion: result_types/* REPORT_SCHEMA_VERSION */.WI,
        gate: gate.name,
        version: version/* ML_GATES_VERSION */.o,
        verdict,
        // A partial result says so (a gate that does not shard runs whole on shard 1: its result is whole).
        headline: headline(verdict, judged, output.headline) + (sharded ? ` · shard ${shard.index}/${shard.count}` : ''),
        checks: judged,
        subjects: output.subjects ?? [],
        waivers: waiverReports,
        errors,
        timings: {
            startedAt: opts.started.toISOString(),
            finishedAt: finished.toISOString(),
            durationMs: finished.getTime() - opts.started.getTime(),
        },
        tool: { name: 'ml-gates', version: version/* ML_GATES_VERSION */.o, rulesets: output.rulesets ?? {} },
        ...(opts.commit ? { commit: opts.commit } : {}),
        ...(opts.configDigest ? { configDigest: opts.configDigest } : {}),
        ...shardFields(shard),
        ...(output.actionRequired === undefined ? {} : { actionRequired: output.actionRequired }),
        ...(output.judgedCommit === undefined ? {} : { judgedCommit: output.judgedCommit }),
        ...(output.details ? { details: output.details } : {}),
    };
}
/** The summary of a check a shard left to another shard. */
const NOT_IN_SHARD = 'not in this shard: another shard runs it';
/** What a partial result keeps of each check's raw output and `fail-on`, for `ml-gates merge` to re-judge. */
function shardPolicies(inputs, prep) {
    return Object.fromEntries(inputs.map((c) => [
        c.id,
        {
            ...(c.outcome === undefined ? {} : { outcome: c.outcome }),
            ...(c.summary === undefined ? {} : { summary: c.summary }),
            failOn: prep.checkConfig(c.id).failOn,
        },
    ]));
}
/**
 * A gate that does not shard its work (it ignored `ctx.shard`), on shards 2..N: skipped, so the merge takes
 * shard 1's whole result once instead of N copies of it.
 */
function notShardedResult(gate, started, prep, opts) {
    const shard = opts.shard;
    const result = judgeOutput(gate, { checks: [], headline: `skipped: not sharded (shard 1/${shard.count} runs ${gate.name} whole)` }, { checkConfig: () => ({ mode: 'off', failOn: apply/* DEFAULT_FAIL_ON */.VQ, options: {} }), waivers: [] }, { started, now: opts.now ?? new Date(), ...withCommit(opts.commit), configDigest: prep.configDigest });
    return {
        ...result,
        verdict: 'skipped',
        checks: result.checks.map((c) => ({ ...c, summary: 'not sharded: shard 1 runs this gate whole' })),
        shard: { ...shard, plan: types/* UNSHARDED_PLAN */.l, items: 0 },
        details: { notSharded: true },
    };
}
const withCommit = (commit) => (commit ? { commit } : {});
/**
 * Runs one gate and applies policy (modes, `fail-on`, waivers). Never throws for a gate's failure: an
 * exception inside the gate becomes an `error` result that names it. Config/input mistakes do throw a
 * `UserError` (exit code 2), since nothing was run.
 *
 * With `opts.shard` the gate works on its part only and the result is a partial one (`shard` set). A gate
 * that ignores the shard (no `GateOutput.shard`) runs whole on shard 1 and is reported skipped on the others.
 */
async function runGate(gate, opts) {
    const started = new Date();
    const prep = prepareGate(gate, opts.config, opts.overrides);
    let output;
    try {
        output = await opts.logger.group(`${gate.title}`, () => gate.run({
            cwd: opts.cwd,
            options: prep.options,
            check: prep.checkConfig,
            logger: opts.logger,
            signal: opts.signal ?? new AbortController().signal,
            // The walk scope from ml-gates.yml, unless the host (action inputs) set its own.
            services: { scope: (0,files/* scopeFromConfig */.j5)(opts.config), ...(opts.services ?? {}) },
            ...(opts.shard ? { shard: opts.shard } : {}),
        }));
    }
    catch (error) {
        const message = (0,src_errors/* isUserError */.iU)(error) ? error.describe() : `${gate.name} failed unexpectedly: ${(0,src_errors/* describeError */.Uc)(error)}`;
        opts.logger.error(message);
        return errorResult(gate, message, started, prep, opts);
    }
    let shard;
    if (opts.shard) {
        if (output.shard)
            shard = { ...opts.shard, plan: output.shard.plan, items: output.shard.items };
        else if (opts.shard.index === 1)
            shard = { ...opts.shard, plan: types/* UNSHARDED_PLAN */.l, items: 0 };
        else
            return notShardedResult(gate, started, prep, opts);
    }
    return judgeOutput(gate, output, prep, {
        started,
        now: opts.now ?? new Date(),
        ...withCommit(opts.commit),
        configDigest: prep.configDigest,
        ...(shard ? { shard } : {}),
    });
}
function countsOf(checks) {
    const ran = checks.filter((c) => c.verdict !== 'skipped');
    if (ran.length === 0)
        return 'no checks ran';
    const bad = ran.filter((c) => c.verdict === 'fail' || c.verdict === 'error');
    const warned = ran.filter((c) => c.verdict === 'warn');
    if (bad.length === 0 && warned.length === 0)
        return `${ran.length}/${ran.length} checks passed`;
    const parts = [];
    if (bad.length > 0)
        parts.push(`${bad.length} failed (${bad.map((c) => c.id).join(', ')})`);
    if (warned.length > 0)
        parts.push(`${warned.length} warned`);
    return `${parts.join(', ')} of ${ran.length} checks`;
}
const clip = (s, max) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
/** Why one failing or erroring check failed, in a few words: the reason it did not run, its top finding or metric. */
function whyCheckFailed(check) {
    if (check.notRun !== undefined)
        return `${check.id} not run: ${clip(check.notRun, 80)}`;
    const open = check.findings.filter((f) => !f.waived);
    const top = open[0];
    if (top) {
        const where = top.location ? ` at ${clip((0,format/* formatLocation */.j$)(top.location), 60)}` : '';
        const more = open.length > 1 ? ` (+${open.length - 1} more)` : '';
        return `${check.id}: ${top.severity} ${top.ruleId}${where}${more}`;
    }
    const metrics = check.metrics.filter((m) => m.verdict === 'fail' || m.verdict === 'error');
    const m = metrics[0] ?? check.metrics.find((x) => x.verdict === 'warn');
    if (m) {
        const subject = m.subject ? ` [${clip(m.subject, 40)}]` : '';
        const bar = m.threshold !== undefined ? ` vs threshold ${(0,format/* formatNumber */.ZV)(m.threshold)}` : '';
        const more = metrics.length > 1 ? ` (+${metrics.length - 1} more)` : '';
        return `${check.id}: ${m.name}${subject} = ${(0,format/* formatNumber */.ZV)(m.value)}${bar}${more}`;
    }
    return `${check.id}: ${clip(check.summary.replace(/\s+/g, ' '), 80)}`;
}
/**
 * The one-line headline of a gate result. When the gate failed or errored, it starts with the checks that
 * did and the top finding (or metric, or reason) of each, so the check-run title and the comment say why;
 * the gate's own headline (counts) follows.
 */
function headline(verdict, checks, own) {
    const base = own ?? countsOf(checks);
    if (verdict !== 'fail' && verdict !== 'error')
        return base;
    const bad = checks
        .filter((c) => c.verdict === verdict)
        .concat(checks.filter((c) => (c.verdict === 'fail' || c.verdict === 'error') && c.verdict !== verdict));
    if (bad.length === 0)
        return base;
    return `${bad.map(whyCheckFailed).join('; ')} · ${base}`;
}
/** The gates a config enables: those with a section whose `enabled` is not false, in the canonical order. */
function enabledGates(all, config) {
    return all.filter((g) => {
        const s = config.gates[g.name];
        return s !== undefined && s.enabled !== false;
    });
}
/** Shared exit codes: 0 pass/warn/skipped, 1 a gate failed, 2 usage or config error, 3 a gate could not run. */
const EXIT = { ok: 0, failed: 1, usage: 2, error: 3 };
function exitCodeFor(results) {
    if (results.some((r) => r.verdict === 'fail'))
        return EXIT.failed;
    if (results.some((r) => r.verdict === 'error'))
        return EXIT.error;
    return EXIT.ok;
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export wrapError */
/**
 * Two kinds of error, as in codeql-action: a `UserError` is the user's to fix (bad config, bad input,
 * unreadable file) and prints without a stack; anything else is a bug or an outage and is wrapped with context.
 */
class UserError extends Error {
    code;
    /** Extra lines (one per problem) printed under the message. */
    details;
    constructor(code, message, options) {
        super(message, options?.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.code = code;
        this.details = options?.details ?? [];
    }
    /** Message and details, one problem per line, as printed to users. */
    describe() {
        return [this.message, ...this.details.map((d) => `  ${d}`)].join('\n');
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
/** A message for any thrown value; user errors keep their details, others their cause chain. */
function describeError(error) {
    if (error instanceof UserError)
        return error.describe();
    if (error instanceof Error) {
        const cause = error.cause === undefined ? '' : ` (caused by: ${describeError(error.cause)})`;
        return `${error.message}${cause}`;
    }
    return String(error);
}
/** Wraps an unexpected error with what we were doing when it happened. */
function wrapError(context, error) {
    if (error instanceof UserError)
        return error;
    return new Error(`${context}: ${describeError(error)}`, { cause: error });
}


/***/ }),

/***/ 3618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* reexport */ load/* DEFAULT_CONFIG_FILE */.Cu),
  dc: () => (/* reexport */ engine/* EXIT */.dc),
  rn: () => (/* reexport */ types/* GATE_NAMES */.rn),
  m_: () => (/* reexport */ gates/* GATE_REGISTRY */.m_),
  LR: () => (/* reexport */ gates/* JUDGED_RESULTS */.LR),
  gu: () => (/* reexport */ KllSketch),
  of: () => (/* reexport */ version/* ML_GATES_VERSION */.o),
  EL: () => (/* reexport */ write/* REPORT_FORMATS */.EL),
  WI: () => (/* reexport */ types/* REPORT_SCHEMA_VERSION */.WI),
  Kd: () => (/* reexport */ random_Rng),
  vt: () => (/* reexport */ SECRET_RULES),
  oC: () => (/* reexport */ types/* SEVERITIES */.oC),
  Qr: () => (/* reexport */ source/* TeamAccessError */.Q),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  g: () => (/* reexport */ load/* addConfigCheck */.g),
  HU: () => (/* reexport */ binomialCdf),
  A6: () => (/* reexport */ schema/* buildConfigSchema */.A6),
  u1: () => (/* reexport */ buildManifest),
  sJ: () => (/* reexport */ cdfDistances),
  wv: () => (/* reexport */ chi2Sf),
  mI: () => (/* reexport */ clopperPearson),
  aY: () => (/* reexport */ report_escape/* code */.aY),
  C0: () => (/* reexport */ io_files/* collectFiles */.C0),
  Fc: () => (/* reexport */ ajv/* compileSchema */.Fc),
  sb: () => (/* reexport */ load/* defaultConfig */.sb),
  Uc: () => (/* reexport */ errors/* describeError */.Uc),
  At: () => (/* reexport */ io_files/* describeSkipped */.At),
  MA: () => (/* reexport */ engine/* enabledGates */.MA),
  FV: () => (/* reexport */ report_escape/* escapeMarkdown */.FV),
  Ph: () => (/* reexport */ exactSorted),
  Rr: () => (/* reexport */ engine/* exitCodeFor */.Rr),
  An: () => (/* reexport */ config_errors/* explainAjvErrors */.An),
  af: () => (/* reexport */ fileWorkItems),
  dL: () => (/* reexport */ findSecrets),
  K7: () => (/* reexport */ config_errors/* formatKeyPath */.K7),
  Vu: () => (/* reexport */ formatProgress),
  iU: () => (/* reexport */ errors/* isUserError */.iU),
  ir: () => (/* reexport */ issueToFinding),
  Z9: () => (/* reexport */ load/* loadConfig */.Z9),
  Qj: () => (/* reexport */ report_escape/* markdownTable */.Qj),
  u5: () => (/* reexport */ matrixJson),
  n0: () => (/* reexport */ merge/* mergeResults */.n),
  UX: () => (/* reexport */ midranks),
  Zl: () => (/* reexport */ normalQuantile),
  nG: () => (/* reexport */ normalSf),
  nE: () => (/* reexport */ types/* notRun */.nE),
  Bn: () => (/* reexport */ json/* overallVerdict */.Bn),
  hQ: () => (/* reexport */ parquetRowGroups),
  o4: () => (/* reexport */ load/* parseConfig */.o4),
  Ng: () => (/* reexport */ parseManifest),
  d7: () => (/* reexport */ spec/* parseShardSpec */.d7),
  DB: () => (/* reexport */ parseSize),
  J9: () => (/* reexport */ quantile_percentileInterval),
  Gb: () => (/* reexport */ planDigest),
  tF: () => (/* reexport */ planShards),
  Z4: () => (/* reexport */ quantileSorted),
  pC: () => (/* reexport */ readHashList),
  Dl: () => (/* reexport */ readManifest),
  DT: () => (/* reexport */ read/* readPartialReports */.D),
  gb: () => (/* reexport */ readTables),
  B1: () => (/* reexport */ write/* renderReport */.B1),
  Wx: () => (/* reexport */ resampleCounts),
  RM: () => (/* reexport */ apply/* resolveCheck */.RM),
  o2: () => (/* reexport */ engine/* resolveSection */.o2),
  Rg: () => (/* reexport */ engine/* runGate */.Rg),
  AQ: () => (/* reexport */ engine_run/* runGates */.A),
  Qv: () => (/* reexport */ defaults/* schemaDefaults */.Q),
  j5: () => (/* reexport */ io_files/* scopeFromConfig */.j5),
  hL: () => (/* reexport */ secretRule),
  GL: () => (/* reexport */ secretRuleId),
  WE: () => (/* reexport */ secretRules),
  Xm: () => (/* reexport */ selectShard),
  Tz: () => (/* reexport */ serialiseManifest),
  Q3: () => (/* reexport */ io_files/* sha256File */.Q3),
  XG: () => (/* reexport */ shardCount),
  ot: () => (/* reexport */ startProgress),
  VO: () => (/* reexport */ log/* streamLogger */.VO),
  ZA: () => (/* reexport */ config_errors/* suggest */.ZA),
  T3: () => (/* reexport */ io_files/* toReportPath */.T3),
  TV: () => (/* reexport */ engine/* validateGates */.TV),
  c6: () => (/* reexport */ verifyDvcFiles),
  Ww: () => (/* reexport */ verifyHashList),
  uO: () => (/* reexport */ verifyManifestFiles),
  qA: () => (/* reexport */ io_files/* walkScope */.qA),
  Li: () => (/* reexport */ write/* writeReports */.Li)
});

// UNUSED EXPORTS: BUILD_CACHE_DIRS, CONFIG_SCHEMA_ID, DEFAULT_FAIL_ON, DEFAULT_NULL_VALUES, EXTRA_BUNDLES, INTEGRITY_SEVERITY, KLL_DEFAULT_K, KLL_EPSILON_FACTOR, MANIFEST_FORMAT, MODES, NO_PLAN, UNSHARDED_PLAN, VERDICTS, VERDICT_ICON, actionRequiredOf, applyWaivers, artifactsOf, atLeast, bigintCell, bootstrap, bundleEntries, bySeverity, canonicalJson, cellFromText, chartsOf, checkMergeable, checksumValid, checksummedToken, configDigest, countBySeverity, countSkipped, dirListingBytes, dvcMd5, escapeXml, fastNumber, fingerprint, formatInterval, formatLocation, formatNumber, formatShardSpec, gammaQ, gateSectionSchema, headline, integrityIssue, isExpired, isoDay, judgeCheck, judgeOutput, judgedCommitOf, lgamma, memoryLogger, notImplementedGate, numberFromText, omittedOf, parseCsvBytes, parseDvcFile, parseHashList, partialsFromJson, partitionByBytes, prepareGate, readGitIndex, redactSecret, registerPrecompiled, renderGateBody, renderGateMarkdown, renderJson, renderJunit, renderRunMarkdown, renderSarif, renderText, schemaKey, severityRank, silentLogger, sniffDelimiter, staysInside, toCell, toRunReport, whyCheckFailed, withSchemaDefaults, worstVerdict, wrapError

// EXTERNAL MODULE: ./packages/core/src/result/types.ts
var types = __webpack_require__(69802);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/log.ts
var log = __webpack_require__(88315);
;// CONCATENATED MODULE: ./packages/core/src/progress.ts
const hasSink = (logger) => typeof logger.progress === 'function';
/** Formats `label: 1,200/5,000 rows (24%)`. */
function formatProgress(label, done, total, unit = '') {
    const u = unit ? ` ${unit}` : '';
    const count = total !== undefined
        ? `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`
        : done.toLocaleString('en-US');
    const pct = total !== undefined && total > 0 ? ` (${Math.min(100, Math.floor((done / total) * 100))}%)` : '';
    return `${label}: ${count}${u}${pct}`;
}
/** Starts reporting progress of one step through `logger`. */
function startProgress(logger, label, options = {}) {
    const now = options.now ?? Date.now;
    const sink = hasSink(logger) ? logger : undefined;
    const interval = options.intervalMs ?? (sink ? 100 : 5000);
    let total = options.total;
    let count = 0;
    let last = now();
    let finished = false;
    const emit = (final) => {
        if (sink)
            sink.progress(label, count, total, final);
        else
            logger.info(formatProgress(label, count, total, options.unit));
    };
    return {
        update(n = 1) {
            if (finished)
                return;
            count += n;
            const t = now();
            if (t - last >= interval) {
                last = t;
                emit(false);
            }
        },
        setTotal(value) {
            total = value;
        },
        done() {
            if (finished)
                return;
            finished = true;
            emit(true);
        },
    };
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/core/src/secrets/checksum.ts
/**
 * The checksum of GitHub's token format (2021), also used by npm access tokens: a 4-character prefix
 * (`ghp_`, `npm_`...), 30 random base62 characters, then the CRC32 of those 30 characters written as
 * 6 base62 digits (zero-padded). A string with the right shape but a wrong checksum is not a token that
 * GitHub or npm issued (a placeholder, a test string or a typo), so it is not reported.
 *
 * @example
 *   const token = checksummedToken('ghp_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5');
 *   checksumValid(token); // true
 */

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const PREFIX_LENGTH = 4;
const CHECKSUM_LENGTH = 6;
function base62(n, width) {
    let s = '';
    let v = n >>> 0;
    while (v > 0) {
        s = BASE62[v % 62] + s;
        v = Math.floor(v / 62);
    }
    return s.padStart(width, '0');
}
/**
 * True when `token` (4-character prefix, random part, 6 checksum characters) carries a valid CRC32
 * checksum of its random part. Today's tokens have 30 random characters; the catalogue's patterns fix
 * the length, this check does not (GitHub reserves the right to lengthen tokens).
 */
function checksumValid(token) {
    if (token.length <= PREFIX_LENGTH + CHECKSUM_LENGTH)
        return false;
    const random = token.slice(PREFIX_LENGTH, -CHECKSUM_LENGTH);
    return base62((0,external_node_zlib_.crc32)(random), CHECKSUM_LENGTH) === token.slice(-CHECKSUM_LENGTH);
}
/** Builds a checksum-valid token of the GitHub/npm format, for tests and documentation examples. */
function checksummedToken(prefix, random30) {
    if (!/^[A-Za-z0-9]{30}$/.test(random30))
        throw new Error('checksummedToken needs 30 base62 characters');
    return `${prefix}${random30}${base62(crc32(random30), CHECKSUM_LENGTH)}`;
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/catalogue.ts
/**
 * The one catalogue of secret formats that every gate searches for (model files and configs, notebook
 * outputs, dataset cells). High-confidence formats only: each has a provider marker that ordinary text does
 * not contain, a fixed shape, and a checksum where the format has one. Generic "password = ..." heuristics
 * are deliberately absent: a gate that blocks merges must not cry wolf.
 *
 * A finding about a rule uses the rule id `secrets.<id>` (see `secretRuleId`) in every gate.
 */

/** Characters that may not precede a token: it starts at a word start, not inside a longer identifier. */
const LEAD = '(?<![A-Za-z0-9])';
function rule(s) {
    const tail = s.tail ? `(?![${s.tail}])` : '';
    return {
        id: s.id,
        title: s.title,
        keywords: s.keywords,
        re: new RegExp(`${LEAD}(?:${s.marker})${s.body}${tail}`, 'g'),
        marker: new RegExp(`^(?:${s.marker})`),
        ...(s.validate ? { validate: s.validate } : {}),
        ...(s.validation ? { validation: s.validation } : {}),
    };
}
const SECRET_RULES = [
    rule({
        id: 'github-token',
        title: 'GitHub token',
        keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
        marker: 'gh[pousr]_',
        body: '[A-Za-z0-9]{36}',
        tail: 'A-Za-z0-9_',
        validate: checksumValid,
        validation: 'CRC32 checksum (last 6 base62 characters)',
    }),
    rule({
        id: 'github-fine-grained-pat',
        title: 'GitHub fine-grained token',
        keywords: ['github_pat_'],
        marker: 'github_pat_',
        body: '[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
        tail: 'A-Za-z0-9_',
    }),
    rule({
        id: 'npm-token',
        title: 'npm access token',
        keywords: ['npm_'],
        marker: 'npm_',
        body: '[A-Za-z0-9]{36}',
        tail: 'A-Za-z0-9_',
        validate: checksumValid,
        validation: 'CRC32 checksum (last 6 base62 characters)',
    }),
    rule({
        id: 'pypi-token',
        title: 'PyPI API token',
        keywords: ['pypi-AgEIcHlwaS5vcmc'],
        // base64 of the macaroon header for pypi.org, then the rest of the macaroon (any length)
        marker: 'pypi-AgEIcHlwaS5vcmc',
        body: '[A-Za-z0-9_-]{70,1000}',
        tail: '',
    }),
    rule({
        id: 'huggingface-token',
        title: 'Hugging Face token',
        keywords: ['hf_', 'api_org_'],
        marker: 'hf_|api_org_',
        body: '[A-Za-z]{34}',
        tail: 'A-Za-z0-9_',
    }),
    rule({
        id: 'openai-api-key',
        title: 'OpenAI API key',
        keywords: ['T3BlbkFJ'],
        // T3BlbkFJ is base64 of "OpenAI": every OpenAI key (legacy, project, service account, admin) carries it
        marker: 'sk-(?:(?:proj|svcacct|admin)-)?',
        body: '[A-Za-z0-9_-]{20,160}T3BlbkFJ[A-Za-z0-9_-]{20,160}',
        tail: 'A-Za-z0-9_-',
    }),
    rule({
        id: 'anthropic-api-key',
        title: 'Anthropic API key',
        keywords: ['sk-ant-'],
        marker: 'sk-ant-(?:api|admin)\\d\\d-',
        body: '[A-Za-z0-9_-]{80,200}',
        tail: 'A-Za-z0-9_-',
    }),
    rule({
        id: 'aws-access-key-id',
        title: 'AWS access key id',
        keywords: ['AKIA', 'ASIA'],
        marker: 'AKIA|ASIA',
        body: '[0-9A-Z]{16}',
        tail: 'A-Za-z0-9',
    }),
    rule({
        id: 'google-api-key',
        title: 'Google API key',
        keywords: ['AIza'],
        marker: 'AIza',
        body: '[0-9A-Za-z_-]{35}',
        tail: '0-9A-Za-z_-',
    }),
    rule({
        id: 'slack-token',
        title: 'Slack token',
        keywords: ['xox'],
        marker: 'xox[baprs]-',
        body: '[0-9]{8,13}-[0-9A-Za-z-]{10,250}',
        tail: '0-9A-Za-z-',
    }),
    rule({
        id: 'stripe-secret-key',
        title: 'Stripe live secret key',
        keywords: ['sk_live_', 'rk_live_'],
        marker: '[sr]k_live_',
        body: '[0-9A-Za-z]{24,247}',
        tail: '0-9A-Za-z',
    }),
    rule({
        id: 'private-key',
        title: 'private key',
        keywords: ['PRIVATE KEY'],
        marker: '-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----',
        body: '',
        tail: '',
    }),
];
const BY_ID = new Map(SECRET_RULES.map((r) => [r.id, r]));
/** The rule with this id (`github-token`), or undefined. */
function secretRule(id) {
    return BY_ID.get(id);
}
/** The finding rule id every gate uses for a secret of this rule: `secrets.github-token`. */
function secretRuleId(rule) {
    return `secrets.${typeof rule === 'string' ? rule : rule.id}`;
}

;// CONCATENATED MODULE: ./packages/core/src/gate.ts

/**
 * The `secrets.<id>` rules of core's one secrets catalogue, for a gate's rule catalogue.
 *
 * @example
 *   rules: [...DATA_GATE_OWN_RULES, ...secretRules('secrets')]
 */
function secretRules(check) {
    return SECRET_RULES.map((r) => ({
        id: secretRuleId(r),
        title: `${r.title} in the content`,
        severity: 'high',
        ...(check === undefined ? {} : { check }),
    }));
}
/** A gate not built yet: answers with a clear `skipped: not implemented` result. */
function notImplementedGate(name, title, description) {
    return {
        name,
        title,
        description,
        checks: [],
        optionsSchema: {},
        run: () => Promise.resolve({
            checks: [],
            headline: 'skipped: not implemented',
            details: { notImplemented: true },
        }),
    };
}

// EXTERNAL MODULE: ./packages/core/src/version.ts
var version = __webpack_require__(8109);
// EXTERNAL MODULE: ./packages/core/src/engine.ts + 1 modules
var engine = __webpack_require__(77803);
// EXTERNAL MODULE: ./packages/core/src/config/ajv.ts
var ajv = __webpack_require__(52687);
// EXTERNAL MODULE: ./packages/core/src/config/defaults.ts
var defaults = __webpack_require__(42940);
// EXTERNAL MODULE: ./packages/core/src/config/errors.ts
var config_errors = __webpack_require__(53113);
// EXTERNAL MODULE: ./packages/core/src/config/schema.ts
var schema = __webpack_require__(48885);
// EXTERNAL MODULE: ./packages/core/src/config/load.ts
var load = __webpack_require__(86730);
// EXTERNAL MODULE: ./packages/core/src/policy/severity.ts
var severity = __webpack_require__(11393);
// EXTERNAL MODULE: ./packages/core/src/policy/apply.ts
var apply = __webpack_require__(39432);
// EXTERNAL MODULE: ./packages/core/src/report/escape.ts
var report_escape = __webpack_require__(21313);
// EXTERNAL MODULE: ./packages/core/src/report/format.ts
var format = __webpack_require__(96665);
// EXTERNAL MODULE: ./packages/core/src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(25640);
// EXTERNAL MODULE: ./packages/core/src/report/text.ts
var report_text = __webpack_require__(15129);
// EXTERNAL MODULE: ./packages/core/src/report/junit.ts
var junit = __webpack_require__(7636);
// EXTERNAL MODULE: ./packages/core/src/report/sarif.ts
var sarif = __webpack_require__(10389);
// EXTERNAL MODULE: ./packages/core/src/report/json.ts
var json = __webpack_require__(93092);
// EXTERNAL MODULE: ./packages/core/src/report/write.ts
var write = __webpack_require__(23147);
// EXTERNAL MODULE: ./packages/core/src/io/files.ts
var io_files = __webpack_require__(65013);
// EXTERNAL MODULE: ./packages/core/src/engine-run.ts
var engine_run = __webpack_require__(72395);
;// CONCATENATED MODULE: ./packages/core/src/random.ts
/**
 * The one seeded pseudo-random generator of ml-gates: xoshiro128** 1.1 (Blackman & Vigna, period 2^128 − 1,
 * passes BigCrush and PractRand), seeded through splitmix32 from a user seed and a stream name. One user
 * seed gives every consumer (a bootstrap, an attack on one sample…) its own stream, so results do not depend
 * on batching, concurrency or the order work finishes in: same seed and stream → same numbers, on any host.
 *
 * @example
 *   const rng = Rng.stream(20261122, 'square', 12);
 *   rng.next(); // uniform in [0, 1)
 *   rng.int(6); // 0..5
 *   rng.normal(); // standard normal deviate
 */
// Module-level aliases: a global lookup per call is slow in some hosts (Jest's VM contexts).
const { cos, floor, imul, log: random_log, PI, sin, sqrt } = Math;
const TWO_32 = 4294967296;
const TWO_53 = 9007199254740992;
/** splitmix32 step: advances `state.s` by the golden-ratio increment and returns its mixed value. */
function splitmix32(state) {
    state.s = (state.s + 0x9e3779b9) | 0;
    return mix32(state.s);
}
/** The splitmix32 / murmur3 finaliser: every input bit affects every output bit. */
function mix32(x) {
    x = imul(x ^ (x >>> 16), 0x85ebca6b);
    x = imul(x ^ (x >>> 13), 0xc2b2ae35);
    return (x ^ (x >>> 16)) >>> 0;
}
/** 32-bit FNV-1a of a string (turns stream names into seed material). */
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
function rotl(x, k) {
    return (x << k) | (x >>> (32 - k));
}
/** A seeded xoshiro128** generator with the helpers the gates need (floats, integers, normals, shuffles). */
class random_Rng {
    s0 = 0;
    s1 = 0;
    s2 = 0;
    s3 = 0;
    spare;
    /**
     * @param seed any integer (the full range of safe integers is used, negative ones included)
     * @param stream names an independent stream of that seed (e.g. `'bootstrap'`, `3`, `'square/12'`)
     */
    constructor(seed, stream = '') {
        if (!Number.isFinite(seed))
            throw new RangeError(`Rng: the seed must be a finite number, not ${seed}.`);
        const lo = seed >>> 0;
        const hi = floor(seed / TWO_32) | 0;
        const st = { s: mix32(lo ^ mix32(hi ^ fnv1a(String(stream)))) | 0 };
        this.setState(splitmix32(st), splitmix32(st), splitmix32(st), splitmix32(st));
    }
    /** The stream of `seed` named by `names` joined with `/`: `Rng.stream(7, 'square', 3)`. */
    static stream(seed, ...names) {
        return new random_Rng(seed, names.join('/'));
    }
    /** A generator in an explicit 128-bit state (for known-answer tests against the reference C code). */
    static fromState(state) {
        const rng = new random_Rng(0);
        rng.setState(...state);
        return rng;
    }
    setState(a, b, c, d) {
        this.s0 = a | 0;
        this.s1 = b | 0;
        this.s2 = c | 0;
        this.s3 = d | 0;
        // The all-zero state is the one state xoshiro cannot leave.
        if ((this.s0 | this.s1 | this.s2 | this.s3) === 0)
            this.s0 = 1;
        this.spare = undefined;
    }
    /** Uniform 32-bit unsigned integer. */
    nextU32() {
        const result = imul(rotl(imul(this.s1, 5), 7), 9) >>> 0;
        const t = this.s1 << 9;
        this.s2 ^= this.s0;
        this.s3 ^= this.s1;
        this.s1 ^= this.s2;
        this.s0 ^= this.s3;
        this.s2 ^= t;
        this.s3 = rotl(this.s3, 11);
        return result;
    }
    /** Uniform in [0, 1) with 53 random bits (every double of the form k / 2^53). */
    next() {
        const hi = this.nextU32() >>> 5;
        const lo = this.nextU32() >>> 6;
        return (hi * 67108864 + lo) / TWO_53;
    }
    /**
     * Uniform integer in [0, n) for 1 ≤ n ≤ 2^32, from one 32-bit draw (multiply-shift: the bias is below
     * n / 2^32, i.e. under 3e-5 for a million rows — negligible against bootstrap noise, and twice as fast as an
     * exact rejection method in the bootstrap's inner loop).
     */
    int(n) {
        return floor((this.nextU32() / TWO_32) * n);
    }
    /** Uniform integer in [lo, hi] (both inclusive). */
    intBetween(lo, hi) {
        return lo + this.int(hi - lo + 1);
    }
    /** Uniform in [lo, hi). */
    uniform(lo, hi) {
        return lo + (hi - lo) * this.next();
    }
    /** −1 or +1 with equal probability. */
    sign() {
        return this.nextU32() & 1 ? 1 : -1;
    }
    /** Standard normal deviate (Box–Muller; the second value of each pair is kept for the next call). */
    normal() {
        if (this.spare !== undefined) {
            const s = this.spare;
            this.spare = undefined;
            return s;
        }
        const u = 1 - this.next(); // (0, 1]: log(u) is finite
        const v = this.next();
        const r = sqrt(-2 * random_log(u));
        this.spare = r * sin(2 * PI * v);
        return r * cos(2 * PI * v);
    }
    /** Shuffles `items` in place (Fisher–Yates) and returns it. */
    shuffle(items) {
        for (let i = items.length - 1; i > 0; i--) {
            const j = this.int(i + 1);
            const t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
        return items;
    }
    /** A uniformly random permutation of 0..n−1. */
    permutation(n) {
        const p = new Uint32Array(n);
        for (let i = 0; i < n; i++)
            p[i] = i;
        return this.shuffle(p);
    }
    /** A uniformly chosen element of a non-empty list. */
    pick(items) {
        if (items.length === 0)
            throw new RangeError('Rng.pick: the list is empty.');
        return items[this.int(items.length)];
    }
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/find.ts
/**
 * Finding and redacting secrets with the catalogue. `findSecrets` returns the raw value (to locate it in a
 * file) and its redacted form; only the redacted form may reach a report, log or annotation.
 *
 * @example
 *   for (const s of findSecrets(text)) report(secretRuleId(s.rule), `${s.rule.title}: ${s.redacted}`);
 */

/** The shortest token of the catalogue (an AWS key id); shorter text holds none. */
const MIN_TOKEN_LENGTH = 20;
/** Random characters shown after the provider marker, at most. */
const SHOWN = 4;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUICK = new RegExp([...new Set(SECRET_RULES.flatMap((r) => r.keywords))].map(escapeRe).join('|'));
/**
 * The one redaction of a secret for reports: the provider marker (`ghp_`, `AKIA`, `sk-ant-api03-`: not
 * secret) plus at most 4 further characters and never more than a quarter of the rest, then the length.
 * A private-key header (which holds no key material) is shown as is. Without `rule`, the rule whose
 * marker the value starts with is used; a value of no known format shows at most a quarter of itself.
 *
 * @example
 *   redactSecret(githubToken); // 'ghp_sOmu… (40 chars)': marker, 4 characters, length
 */
function redactSecret(value, rule) {
    const markers = (rule ? [rule] : SECRET_RULES).map((r) => r.marker.exec(value)?.[0] ?? '');
    // without a rule, the longest marker wins (`sk-ant-api03-` over OpenAI's `sk-`)
    const marker = markers.reduce((a, b) => (b.length > a.length ? b : a), '');
    const rest = value.length - marker.length;
    if (rest === 0 && marker)
        return `${marker} (key material not shown)`;
    const shown = value.slice(0, marker.length + Math.min(SHOWN, Math.floor(rest / 4)));
    return `${shown}… (${value.length} chars)`;
}
/**
 * Secrets of the catalogue in `text`, in text order, at most `limit`. Matches that fail their rule's
 * validation (a GitHub or npm token with a wrong checksum) are not secrets and are not returned.
 */
function findSecrets(text, limit = 20) {
    if (limit <= 0 || text.length < MIN_TOKEN_LENGTH || !QUICK.test(text))
        return [];
    const out = [];
    for (const rule of SECRET_RULES) {
        if (!rule.keywords.some((k) => text.includes(k)))
            continue;
        let n = 0;
        for (const m of text.matchAll(rule.re)) {
            if (rule.validate && !rule.validate(m[0]))
                continue;
            out.push({ rule, value: m[0], index: m.index, redacted: redactSecret(m[0], rule) });
            if (++n >= limit)
                break;
        }
    }
    return out.sort((a, b) => a.index - b.index).slice(0, limit);
}

;// CONCATENATED MODULE: ./packages/core/src/secrets/index.ts
/** Secret detection shared by every gate: the catalogue of token formats, the finder and the one redaction. */




// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/papaparse/papaparse.js
var papaparse = __webpack_require__(28728);
var papaparse_default = /*#__PURE__*/__webpack_require__.n(papaparse);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(96367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(51609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 16 modules
var src_read = __webpack_require__(43720);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/core/src/io/values.ts
const POW10 = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];
/**
 * Parses a plain decimal number of at most 12 significant digits exactly as `Number()` would (Clinger's
 * fast path: the mantissa and the power of ten are both exact doubles). Anything else — more digits,
 * leading zeros ("007"), hex, spaces, infinities — returns undefined, and the caller falls back to
 * `numberFromText`.
 */
function fastNumber(b, s, e) {
    let i = s;
    let neg = false;
    const c0 = b[i];
    if (c0 === 0x2d || c0 === 0x2b) {
        neg = c0 === 0x2d;
        i++;
    }
    let m = 0;
    let digits = 0;
    let frac = 0;
    const intStart = i;
    while (i < e) {
        const c = b[i] - 48;
        if (c < 0 || c > 9)
            break;
        m = m * 10 + c;
        digits++;
        i++;
    }
    if (digits > 1 && b[intStart] === 48)
        return undefined;
    if (i < e && b[i] === 0x2e) {
        i++;
        while (i < e) {
            const c = b[i] - 48;
            if (c < 0 || c > 9)
                break;
            m = m * 10 + c;
            digits++;
            frac++;
            i++;
        }
    }
    if (digits === 0 || digits > 12)
        return undefined;
    let exp = 0;
    if (i < e && (b[i] === 0x65 || b[i] === 0x45)) {
        i++;
        let eneg = false;
        if (b[i] === 0x2d || b[i] === 0x2b) {
            eneg = b[i] === 0x2d;
            i++;
        }
        const es = i;
        while (i < e) {
            const c = b[i] - 48;
            if (c < 0 || c > 9)
                break;
            exp = exp * 10 + c;
            i++;
            if (exp > 400)
                return undefined;
        }
        if (i === es)
            return undefined;
        if (eneg)
            exp = -exp;
    }
    if (i !== e)
        return undefined;
    const p = exp - frac;
    if (p < -22 || p > 22)
        return undefined;
    const v = p >= 0 ? m * POW10[p] : m / POW10[-p];
    return neg ? -v : v;
}
const NOT_DECIMAL = 0;
const DECIMAL = 1;
const LONG_OR_ZERO_PADDED_INTEGER = 2;
/**
 * Classifies `[+-]digits[.digits][(e|E)[+-]digits]` (at least one digit before or after the point) without a
 * regular expression: not a decimal, a decimal `Number()` reads, or an integer kept as text for identity.
 */
function decimalKind(t) {
    let i = 0;
    const n = t.length;
    const sign = t.charCodeAt(0);
    if (sign === 0x2b || sign === 0x2d)
        i++;
    let c;
    const intStart = i;
    while (i < n && (c = t.charCodeAt(i)) >= 0x30 && c <= 0x39)
        i++;
    const intDigits = i - intStart;
    let fracDigits = 0;
    let plainInteger = true;
    if (i < n && t.charCodeAt(i) === 0x2e) {
        plainInteger = false;
        i++;
        const f = i;
        while (i < n && (c = t.charCodeAt(i)) >= 0x30 && c <= 0x39)
            i++;
        fracDigits = i - f;
    }
    if (intDigits + fracDigits === 0)
        return NOT_DECIMAL;
    if (i < n && (t.charCodeAt(i) | 0x20) === 0x65) {
        plainInteger = false;
        i++;
        c = t.charCodeAt(i);
        if (c === 0x2b || c === 0x2d)
            i++;
        const e = i;
        while (i < n && (c = t.charCodeAt(i)) >= 0x30 && c <= 0x39)
            i++;
        if (i === e)
            return NOT_DECIMAL;
    }
    if (i !== n)
        return NOT_DECIMAL;
    if (plainInteger && (intDigits > 12 || (intDigits > 1 && t.charCodeAt(intStart) === 0x30)))
        return LONG_OR_ZERO_PADDED_INTEGER;
    return DECIMAL;
}
const INFINITY = /^([+-]?)(?:inf|infinity)$/i;
const isBlank = (c) => c === 0x20 || c === 0x09;
/**
 * What a non-null cell text means under the rule above: a number, or the text itself (trimmed of the
 * surrounding spaces when it is numeric text kept for identity). Never null: null spellings are tested by
 * `cellFromText` first.
 */
function numberFromText(text) {
    let s = 0;
    let e = text.length;
    while (s < e && isBlank(text.charCodeAt(s)))
        s++;
    while (e > s && isBlank(text.charCodeAt(e - 1)))
        e--;
    if (s === e)
        return text;
    const t = s === 0 && e === text.length ? text : text.slice(s, e);
    const c0 = t.charCodeAt(0);
    if (c0 === 0x69 || c0 === 0x49 || ((c0 === 0x2b || c0 === 0x2d) && (t.charCodeAt(1) | 0x20) === 0x69)) {
        // Infinities only without surrounding blanks, as pandas reads them.
        const m = t === text ? INFINITY.exec(t) : null;
        return m ? (m[1] === '-' ? -Infinity : Infinity) : text;
    }
    const kind = decimalKind(t);
    if (kind === NOT_DECIMAL)
        return text;
    // An integer literal longer than 12 digits or with a leading zero keeps its exact text (identity).
    if (kind === LONG_OR_ZERO_PADDED_INTEGER)
        return t;
    const n = Number(t);
    return Number.isFinite(n) ? n : t;
}
/** Could `numberFromText` turn this text into something other than itself? (A cheap test for hot loops.) */
function mayBeNumeric(first, last) {
    return ((first >= 0x30 && first <= 0x39) ||
        first === 0x2d ||
        first === 0x2b ||
        first === 0x2e ||
        first === 0x69 ||
        first === 0x49 ||
        isBlank(first) ||
        isBlank(last));
}
const BOOLEANS = new Map([
    ['True', true],
    ['TRUE', true],
    ['true', true],
    ['False', false],
    ['FALSE', false],
    ['false', false],
]);
/** What a non-null, non-empty cell text means: a number, a boolean, or the text itself. */
function valueFromText(text) {
    const first = text.charCodeAt(0);
    if (mayBeNumeric(first, text.charCodeAt(text.length - 1)))
        return numberFromText(text);
    if ((first | 0x20) === 0x74 || (first | 0x20) === 0x66) {
        const b = BOOLEANS.get(text);
        if (b !== undefined)
            return b;
    }
    return text;
}
/** A cell from its text: null spellings are null (quoted or not), numbers are numbers, the rest is text. */
function cellFromText(text, nulls) {
    if (nulls.has(text))
        return null;
    if (text.length === 0)
        return text;
    return valueFromText(text);
}
/** A line that holds only spaces and tabs (pandas' `skip_blank_lines` skips it, unless tab is the delimiter). */
function isBlankText(text) {
    for (let i = 0; i < text.length; i++)
        if (!isBlank(text.charCodeAt(i)))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./packages/core/src/io/csv-bytes.ts
/**
 * A byte-level RFC 4180 CSV reader for UTF-8 input: quoted fields (with "" escapes and embedded newlines),
 * CRLF or LF, any one-byte delimiter. It works on the raw Buffer chunks (no decoded text, no per-row
 * arrays of strings from a general parser) and turns short plain numbers into doubles directly, which
 * is what lets a 5-million-row CSV be read faster than pandas. UTF-8 is validated chunk by chunk
 * (`buffer.isUtf8`); other encodings go through the papaparse path. What a field's text means (nulls,
 * numbers, infinities) is decided by the one rule in values.ts, the same for every path.
 *
 * Time is linear in the input even when a record never ends (a stray quote near the top of a big file):
 * once a record is incomplete at the end of a chunk, later chunks are only scanned for the byte that could
 * end it (`RecordEndProbe`), and the record is parsed once, when it is complete.
 */




const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** Offset of the first byte that breaks UTF-8 (an incomplete sequence at the very end is not an error). */
function firstInvalidUtf8(b, end = b.length) {
    let i = 0;
    while (i < end) {
        const c = b[i];
        let need;
        if (c < 0x80)
            need = 0;
        else if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef)
            need = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 3;
        else
            return i;
        for (let k = 1; k <= need; k++) {
            if (i + k >= end)
                return end;
            if ((b[i + k] & 0xc0) !== 0x80)
                return i;
        }
        i += need + 1;
    }
    return end;
}
/** Length of a trailing incomplete UTF-8 sequence (0–3 bytes) to carry over to the next chunk. */
function incompleteTail(b) {
    for (let k = 1; k <= 3 && k <= b.length; k++) {
        const c = b[b.length - k];
        if ((c & 0xc0) === 0x80)
            continue; // continuation byte: keep looking for the lead byte
        const need = c >= 0xf0 ? 3 : c >= 0xe0 ? 2 : c >= 0xc0 ? 1 : 0;
        return need >= k ? k : 0;
    }
    return 0;
}
/** Picks the delimiter from the header line: the most frequent of , \t ; | outside quotes (comma on ties). */
function sniffDelimiter(b) {
    const counts = new Map([
        [0x2c, 0],
        [0x09, 0],
        [0x3b, 0],
        [0x7c, 0],
    ]);
    let inQuote = false;
    for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (c === QUOTE)
            inQuote = !inQuote;
        else if (!inQuote && (c === LF || c === CR))
            break;
        else if (!inQuote && counts.has(c))
            counts.set(c, counts.get(c) + 1);
    }
    let best = 0x2c;
    for (const [d, n] of counts)
        if (n > counts.get(best))
            best = d;
    return best;
}
/** Buffer's latin1Slice/utf8Slice (what toString calls underneath) skip toString's argument handling. */
const FAST_SLICE = Buffer.prototype;
const textOf = typeof FAST_SLICE.latin1Slice === 'function' && typeof FAST_SLICE.utf8Slice === 'function'
    ? (b, s, e, ascii) => {
        const x = b;
        return ascii ? x.latin1Slice(s, e) : x.utf8Slice(s, e);
    }
    : (b, s, e, ascii) => b.toString(ascii ? 'latin1' : 'utf8', s, e);
/**
 * Per-column intern tables for short ASCII texts: categorical columns repeat a few values millions of times;
 * reusing one string (its hash cached by V8) saves the allocation and speeds up the counting maps.
 */
class InternTable {
    static SLOTS = 512;
    keys = [];
    vals = [];
    get(b, s, e, col) {
        let h = 2166136261;
        for (let k = s; k < e; k++)
            h = Math.imul(h ^ b[k], 16777619);
        const slot = (h >>> 0) & (InternTable.SLOTS - 1);
        let keys = this.keys[col];
        let vals = this.vals[col];
        if (!keys || !vals) {
            keys = this.keys[col] = new Array(InternTable.SLOTS);
            vals = this.vals[col] = new Array(InternTable.SLOTS);
        }
        const known = keys[slot];
        if (known && known.length === e - s) {
            let same = true;
            for (let k = 0; k < known.length; k++) {
                if (known[k] !== b[s + k]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return vals[slot];
        }
        const text = textOf(b, s, e, true);
        keys[slot] = Buffer.from(b.subarray(s, e));
        vals[slot] = text;
        return text;
    }
}
/** A field (or record) runs past the bytes at hand: parse it again once more bytes arrive. */
const INCOMPLETE = -1;
const MAX_RECORD = 64 << 20;
/**
 * The record scanner: turns complete records of a buffer into cells. Field parsers leave the field's value in
 * `value` and return the offset after it (or INCOMPLETE), so the hot loop allocates nothing but the cells.
 */
class CsvScanner {
    file;
    nulls;
    on;
    delim;
    header = true;
    width = 0;
    /** Line on which the first unconsumed byte sits. */
    line = 1;
    fields = [];
    value = null;
    ln = 1;
    maxNullLength;
    emptyIsNull;
    intern = new InternTable();
    constructor(file, delim, nulls, on) {
        this.file = file;
        this.nulls = nulls;
        this.on = on;
        this.delim = delim;
        this.maxNullLength = Math.max(0, ...[...nulls].map((x) => x.length));
        this.emptyIsNull = nulls.has('');
    }
    /** Parses complete records of buf[0, end); returns where the first incomplete record starts. */
    scan(buf, end, final) {
        let i = 0;
        this.ln = this.line;
        while (i < end) {
            const recStart = i;
            const recLine = this.ln;
            const start = this.skipBlank(buf, i, end, final);
            if (start === INCOMPLETE)
                return recStart;
            i = start;
            const c0 = buf[i];
            if (i >= end)
                return end;
            if (c0 === LF || c0 === CR) {
                if (c0 === CR && i + 1 >= end && !final)
                    return recStart;
                i += c0 === CR && buf[i + 1] === LF ? 2 : 1;
                this.ln++;
                this.line = this.ln;
                continue;
            }
            const next = this.record(buf, i, end, final, recLine);
            if (next === INCOMPLETE)
                return recStart;
            i = next;
        }
        return end;
    }
    /** A line of only spaces/tabs is a blank line (pandas skips it): returns where the line break is, or `i`. */
    skipBlank(buf, i, end, final) {
        const c0 = buf[i];
        const tab = this.delim !== 0x09;
        if (!(c0 === 0x20 || (c0 === 0x09 && tab)))
            return i;
        let k = i + 1;
        while (k < end && (buf[k] === 0x20 || (buf[k] === 0x09 && tab)))
            k++;
        if (k >= end)
            return final ? end : INCOMPLETE;
        return buf[k] === LF || buf[k] === CR ? k : i;
    }
    /** One record from `i` (not a blank line); returns the offset after its line break, or INCOMPLETE. */
    record(buf, i, end, final, recLine) {
        const fields = this.fields;
        let count = 0;
        for (;;) {
            const after = buf[i] === QUOTE ? this.quotedField(buf, i, end, final, recLine) : this.plainField(buf, i, end, final, count);
            if (after === INCOMPLETE)
                return INCOMPLETE;
            i = after;
            if (count < fields.length)
                fields[count] = this.value;
            else
                fields.push(this.value);
            count++;
            if (i >= end) {
                if (!final)
                    return INCOMPLETE;
                break;
            }
            const c = buf[i];
            if (c === this.delim) {
                i++;
                if (i >= end && final) {
                    const empty = this.emptyIsNull ? null : '';
                    if (count < fields.length)
                        fields[count] = empty;
                    else
                        fields.push(empty);
                    count++;
                    break;
                }
                continue;
            }
            if (c === CR) {
                if (i + 1 >= end && !final)
                    return INCOMPLETE;
                i += buf[i + 1] === LF ? 2 : 1;
            }
            else
                i++;
            this.ln++;
            break;
        }
        this.line = this.ln;
        this.emit(count, recLine);
        return i;
    }
    emit(count, recLine) {
        if (this.header) {
            this.header = false;
            const names = this.fields.slice(0, count).map((h) => h.trim());
            this.width = names.length;
            this.on.header(names);
            return;
        }
        if (count !== this.width) {
            throw new errors/* UserError */.yo('input-invalid', `${this.file}: line ${recLine}: ragged row with ${count} field(s) where the header has ${this.width}.`, {
                details: ['Every row needs one value per header column; check for unquoted delimiters or a missing value.'],
            });
        }
        this.on.row(this.fields, count, recLine);
    }
    /** A quoted field from the quote at `i` up to the delimiter or line break after its closing quote. */
    quotedField(buf, i, end, final, recLine) {
        let j = i + 1;
        let hasEscapes = false;
        let ascii = true;
        let l2 = this.ln;
        for (;;) {
            if (j >= end) {
                if (!final)
                    return INCOMPLETE;
                throw new errors/* UserError */.yo('input-invalid', `${this.file}: line ${recLine}: a quoted field is never closed.`, {
                    details: ['Close the quoted field or escape the quote by doubling it ("").'],
                });
            }
            const c = buf[j];
            if (c === QUOTE) {
                if (j + 1 >= end && !final)
                    return INCOMPLETE;
                if (buf[j + 1] === QUOTE) {
                    hasEscapes = true;
                    j += 2;
                    continue;
                }
                break;
            }
            if (c === LF)
                l2++;
            else if (c >= 0x80)
                ascii = false;
            j++;
        }
        let text = textOf(buf, i + 1, j, ascii);
        if (hasEscapes)
            text = text.replace(/""/g, '"');
        this.ln = l2;
        let k = j + 1;
        const s2 = k;
        let ascii2 = true;
        while (k < end && buf[k] !== this.delim && buf[k] !== LF && buf[k] !== CR) {
            if (buf[k] >= 0x80)
                ascii2 = false;
            k++;
        }
        if (k > s2)
            text += textOf(buf, s2, k, ascii2);
        // Quoting changes how a field is split, not what it means: "" and "NA" are null, "1" is a number.
        this.value = this.header ? text : cellFromText(text, this.nulls);
        return k;
    }
    /** An unquoted field from `s` up to the delimiter or line break: numbers straight from the bytes. */
    plainField(buf, s, end, final, col) {
        const delim = this.delim;
        let i = s;
        let ascii = true;
        while (i < end) {
            const c = buf[i];
            if (c === delim || c === LF || c === CR)
                break;
            if (c >= 0x80)
                ascii = false;
            i++;
        }
        if (i >= end && !final)
            return INCOMPLETE;
        const len = i - s;
        if (this.header)
            this.value = textOf(buf, s, i, ascii);
        else if (len === 0)
            this.value = this.emptyIsNull ? null : '';
        else {
            const n = ascii && len <= 24 ? fastNumber(buf, s, i) : undefined;
            if (n !== undefined)
                this.value = n;
            else {
                // Numeric-looking text (long decimals, padded numbers) is mostly distinct: no interning.
                const numeric = mayBeNumeric(buf[s], buf[i - 1]);
                const t = ascii && len <= 32 && !numeric ? this.intern.get(buf, s, i, col) : textOf(buf, s, i, ascii);
                if (len <= this.maxNullLength && this.nulls.has(t))
                    this.value = null;
                else
                    this.value = numeric ? numberFromText(t) : valueFromText(t);
            }
        }
        return i;
    }
}
/**
 * Chunk handling around the scanner: UTF-8 checked once per chunk as it arrives (a character split across
 * chunks is joined first), the byte-order mark, the delimiter sniffed from the header line, and records held
 * across chunks without re-parsing (`RecordEndProbe`).
 */
class ChunkFeeder {
    file;
    scanner;
    utf8Tail;
    /** Unparsed bytes: the start of the next record. */
    carry;
    /** Chunks of a record that is still open, held without re-parsing. */
    waiting;
    waitingBytes = 0;
    probe;
    first = true;
    constructor(file, scanner) {
        this.file = file;
        this.scanner = scanner;
    }
    tooLong() {
        return new errors/* UserError */.yo('input-invalid', `${this.file}: line ${this.scanner.line}: a record longer than 64 MiB (an unclosed quote?).`, { details: ['Check the quoting around that line.'] });
    }
    checkUtf8(chunk) {
        const joined = this.utf8Tail ? Buffer.concat([this.utf8Tail, chunk]) : chunk;
        const tail = incompleteTail(joined);
        const end = joined.length - tail;
        this.utf8Tail = tail > 0 ? Buffer.from(joined.subarray(end)) : undefined;
        if ((0,external_node_buffer_.isUtf8)(joined.subarray(0, end)))
            return;
        const at = firstInvalidUtf8(joined, end);
        let l = this.scanner.line;
        for (const b of [...(this.carry ? [this.carry] : []), ...(this.waiting ?? []), joined.subarray(0, at)]) {
            for (let p = b.indexOf(LF); p !== -1; p = b.indexOf(LF, p + 1))
                l++;
        }
        throw new errors/* UserError */.yo('input-invalid', `${this.file}: line ${l}: bytes are not valid utf-8 text.`, {
            details: [
                'Re-encode the file as UTF-8, or set the encoding option (e.g. "encoding: latin1") if that is what it uses.',
            ],
        });
    }
    /** The bytes to scan once `raw` arrived, or undefined while a record is still open or the header incomplete. */
    assemble(raw) {
        let buf;
        if (this.probe) {
            this.waiting.push(raw);
            this.waitingBytes += raw.length;
            if (!this.probe.feed(raw)) {
                if (this.waitingBytes > MAX_RECORD)
                    throw this.tooLong();
                return undefined;
            }
            buf = Buffer.concat(this.waiting);
            this.waiting = undefined;
            this.probe = undefined;
        }
        else
            buf = this.carry && this.carry.length > 0 ? Buffer.concat([this.carry, raw]) : raw;
        if (this.first) {
            if (buf.length < 3) {
                this.carry = buf;
                return undefined;
            }
            this.first = false;
            if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
                buf = buf.subarray(3);
        }
        if (this.scanner.delim < 0) {
            // Sniff the delimiter once the whole header line is here.
            if (buf.indexOf(LF) === -1 && buf.length < 1 << 20) {
                this.carry = buf;
                return undefined;
            }
            this.scanner.delim = sniffDelimiter(buf);
        }
        return buf;
    }
    push(raw) {
        this.checkUtf8(raw);
        const buf = this.assemble(raw);
        if (!buf)
            return;
        const end = buf.length - incompleteTail(buf);
        const consumed = this.scanner.scan(buf, end, false);
        this.carry = buf.subarray(consumed);
        if (this.carry.length > MAX_RECORD)
            throw this.tooLong();
        if (consumed < end) {
            // The record starting at `consumed` is not complete: until a byte that could end it arrives, hold the
            // chunks and scan only the new bytes.
            const p = new RecordEndProbe(this.scanner.delim);
            if (!p.feed(this.carry)) {
                this.probe = p;
                this.waiting = [this.carry];
                this.waitingBytes = this.carry.length;
                this.carry = undefined;
            }
        }
    }
    end() {
        const scanner = this.scanner;
        let carry = this.waiting ? Buffer.concat(this.waiting) : this.carry;
        if (this.utf8Tail) {
            throw new errors/* UserError */.yo('input-invalid', `${this.file}: line ${scanner.line}: the file ends inside a multi-byte character.`, { details: ['The file is truncated or not UTF-8; re-export it or set the encoding option.'] });
        }
        if (carry && carry.length > 0) {
            if (this.first && carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf)
                carry = carry.subarray(3);
            if (scanner.delim < 0)
                scanner.delim = sniffDelimiter(carry);
            scanner.scan(carry, carry.length, true);
        }
        if (scanner.header) {
            throw new errors/* UserError */.yo('input-invalid', `${this.file} has no header row (the file holds only blank lines).`, {
                details: ['CSV/TSV files need a header row naming the columns.'],
            });
        }
    }
}
/** Streams CSV records from UTF-8 byte chunks. */
async function parseCsvBytes(chunks, file, delimiterChar, nulls, on) {
    const scanner = new CsvScanner(file, delimiterChar ? delimiterChar.charCodeAt(0) : -1, nulls, on);
    const feeder = new ChunkFeeder(file, scanner);
    for await (const raw of chunks)
        feeder.push(raw);
    feeder.end();
}
/**
 * Follows a record that is not complete yet, byte by byte, with the same field rules as `scan` (a quote opens
 * a quoted field only at a field's start; after the closing quote the field runs to the delimiter), and says
 * when a byte arrives that could end it. Each byte is looked at once, however long the record grows.
 */
class RecordEndProbe {
    delim;
    state = 0; // field start | in quotes | unquoted | quote seen inside quotes
    constructor(delim) {
        this.delim = delim;
    }
    /** Feeds more bytes of the record; true once a line break outside quotes (or a lone CR) is seen. */
    feed(b) {
        const d = this.delim;
        let st = this.state;
        for (let i = 0; i < b.length; i++) {
            if (st === 1) {
                const q = b.indexOf(QUOTE, i);
                if (q === -1)
                    break;
                i = q;
                st = 3;
                continue;
            }
            const c = b[i];
            if (c === LF || c === CR) {
                this.state = st;
                return true;
            }
            if (c === d)
                st = 0;
            else if (c === QUOTE && st !== 2)
                st = 1;
            else
                st = 2;
        }
        this.state = st;
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/io/table.ts
/**
 * The one streaming reader for tabular files of ml-gates: CSV/TSV, JSON Lines and Parquet, gzip or not, one
 * file or many shards, read in one pass into a `RowSink`. Memory stays flat: UTF-8 CSV is parsed at the byte
 * level (csv-bytes.ts), other encodings are decoded chunk by chunk and parsed with papaparse, JSON Lines line
 * by line, Parquet one row group at a time (hyparquet). Plain decimal numbers become numbers, the configured
 * null texts become `null`. Every malformed input becomes a `UserError` that names the file and the line (or
 * row group) and says how to fix it. What the columns mean (labels, scores, schemas) is the gates' business.
 *
 * @example
 *   await readTables([{ path: '/abs/train.csv', relPath: 'train.csv' }], {
 *     columns: (names) => console.log(names),
 *     row: (cells, pos) => console.log(pos.line, cells[0]),
 *   });
 */











/** pandas' default `na_values`, so null counts agree with `read_csv`. */
const DEFAULT_NULL_VALUES = [
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
];
/** Row groups of a Parquet file (for sharding by row-group ranges): rows and compressed bytes of each. */
async function parquetRowGroups(path) {
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(await (0,node/* asyncBufferFromFile */.Rv)(path));
    }
    catch (error) {
        throw new errors/* UserError */.yo('input-invalid', `${path}: cannot read the Parquet footer: ${error.message}.`, {
            details: ['The file is corrupt or truncated; re-export it.'],
        });
    }
    return metadata.row_groups.map((g) => ({
        rows: Number(g.num_rows),
        bytes: g.columns.reduce((a, c) => a + Number(c.meta_data?.total_compressed_size ?? 0), 0),
    }));
}
/** Reads the files in order into one sink; columns are matched by name across shards. */
async function readTables(files, sink, options = {}) {
    const columns = [];
    const index = new Map();
    const summaries = [];
    const mapColumns = (names) => {
        let grew = false;
        const mapping = names.map((n) => {
            let i = index.get(n);
            if (i === undefined) {
                i = columns.length;
                columns.push(n);
                index.set(n, i);
                grew = true;
            }
            return i;
        });
        if (grew)
            sink.columns(columns);
        return mapping;
    };
    for (const f of files)
        summaries.push(await readOne(f, mapColumns, () => columns.length, sink, options));
    return summaries;
}
async function sniff(path) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const { size } = await fh.stat();
        const head = Buffer.alloc(Math.min(8, size));
        await fh.read(head, 0, head.length, 0);
        const tail = Buffer.alloc(Math.min(4, size));
        await fh.read(tail, 0, tail.length, Math.max(0, size - 4));
        return { head, size, tail };
    }
    finally {
        await fh.close();
    }
}
function formatOf(relPath, head, gzip, configured) {
    if (configured && configured !== 'auto')
        return configured;
    const name = relPath.toLowerCase().replace(/\.gz$/, '');
    const ext = (0,external_node_path_.extname)(name);
    if (ext === '.parquet' || ext === '.pq')
        return 'parquet';
    if (ext === '.tsv' || ext === '.tab')
        return 'tsv';
    if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json')
        return 'jsonl';
    if (ext === '.csv' || ext === '.txt')
        return 'csv';
    if (head.subarray(0, 4).toString('latin1') === 'PAR1')
        return 'parquet';
    if (head[0] === 0x7b)
        return 'jsonl';
    return 'csv';
}
async function readOne(f, mapColumns, width, sink, options) {
    let info;
    try {
        info = await sniff(f.path);
    }
    catch (error) {
        throw new errors/* UserError */.yo('input-unreadable', `Cannot read ${f.relPath}: ${error.message}`);
    }
    const gzip = info.head[0] === 0x1f && info.head[1] === 0x8b;
    // What is inside a gzip decides the path too: a UTF-16 byte-order mark, or a second gzip layer.
    const inner = gzip ? await decompressedHead(f.path) : info.head;
    if (gzip && inner[0] === 0x1f && inner[1] === 0x8b) {
        throw new errors/* UserError */.yo('input-invalid', `${f.relPath} is compressed twice (gzip inside gzip).`, {
            details: ['Decompress it once (gunzip) so one gzip layer is left, or none.'],
        });
    }
    const format = formatOf(f.relPath, inner, gzip, options.format);
    if (info.size === 0) {
        throw new errors/* UserError */.yo('input-invalid', `${f.relPath} is empty (0 bytes).`, {
            details: [
                'A data file needs at least a header row (CSV/TSV) or one record (JSON Lines, Parquet); remove the file or the pattern that matched it.',
            ],
        });
    }
    let rows;
    if (format === 'parquet') {
        if (gzip)
            throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: gzip-compressed Parquet is not supported; Parquet compresses its own pages.`);
        rows = await readParquet(f, info, mapColumns, width, sink);
    }
    else if (format !== 'jsonl' && isUtf8Input(inner, options)) {
        rows = await readCsvBytes(f, gzip, format, mapColumns, width, sink, options);
    }
    else {
        const text = decodedStream(f, gzip, options);
        rows =
            format === 'jsonl'
                ? await readJsonLines(f, text, mapColumns, width, sink)
                : await readCsv(f, text, format, mapColumns, width, sink, options);
    }
    return { file: f.relPath, format, gzip, rows, bytes: info.size };
}
/** The first bytes of a gzip file's content (empty when it cannot be inflated: the real read reports why). */
async function decompressedHead(path) {
    const raw = (0,external_node_fs_.createReadStream)(path, { start: 0, end: (1 << 16) - 1 });
    const gunzip = (0,external_node_zlib_.createGunzip)();
    raw.on('error', (error) => gunzip.destroy(error));
    raw.pipe(gunzip);
    return new Promise((resolvePromise) => {
        const finish = (head) => {
            resolvePromise(head);
            raw.destroy();
            gunzip.destroy();
        };
        gunzip.once('data', (d) => finish(Buffer.from(d.subarray(0, 8))));
        gunzip.once('error', () => finish(Buffer.alloc(0)));
        gunzip.once('end', () => finish(Buffer.alloc(0)));
    });
}
function isUtf8Input(head, options) {
    const enc = (options.encoding ?? 'utf-8').toLowerCase().replace('_', '-');
    if (enc !== 'utf-8' && enc !== 'utf8')
        return false;
    return !((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
}
function byteStream(f, gzip, options) {
    const raw = (0,external_node_fs_.createReadStream)(f.path, {
        highWaterMark: 1 << 16,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    if (!gzip) {
        raw.on('error', () => { });
        return raw;
    }
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 1 << 16 });
    const out = raw.pipe(gunzip);
    raw.on('error', (error) => out.destroy(error));
    return out;
}
/** CSV/TSV in UTF-8, parsed at the byte level (see csv-bytes.ts). */
async function readCsvBytes(f, gzip, format, mapColumns, width, sink, options) {
    const nulls = new Set(options.nullValues ?? DEFAULT_NULL_VALUES);
    let mapping = [];
    let cells = [];
    let identity = true;
    let row = 0;
    const pos = { file: f.relPath, row: 0, line: 1 };
    const stream = byteStream(f, gzip, options);
    try {
        await parseCsvBytes(stream, f.relPath, options.delimiter ?? (format === 'tsv' ? '\t' : undefined), nulls, {
            header(names) {
                const header = names.map((h, i) => (h === '' ? `column_${i + 1}` : h));
                const seen = new Set();
                for (const h of header) {
                    if (seen.has(h)) {
                        throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: line 1: column "${h}" appears twice in the header.`, {
                            details: ['Rename one of the columns so every name is unique.'],
                        });
                    }
                    seen.add(h);
                }
                mapping = mapColumns(header);
                identity = mapping.every((m, i) => m === i);
            },
            row(fields, count, line) {
                row++;
                const w = width();
                pos.row = row;
                pos.line = line;
                if (identity && count === w) {
                    sink.row(fields, pos);
                    return;
                }
                if (cells.length !== w)
                    cells = new Array(w).fill(null);
                for (let i = 0; i < count; i++)
                    cells[mapping[i]] = fields[i];
                sink.row(cells, pos);
            },
        });
    }
    catch (error) {
        stream.destroy();
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const message = error.message;
        if (/incorrect header check|unexpected end of file/i.test(message)) {
            throw new errors/* UserError */.yo('input-unreadable', `${f.relPath}: the gzip stream is corrupt or truncated (${message}).`);
        }
        throw new errors/* UserError */.yo('input-unreadable', `Cannot read ${f.relPath}: ${message}`);
    }
    return row;
}
/** Decodes bytes to text, failing on invalid sequences with the line where they occur. */
function decodedStream(f, gzip, options) {
    const raw = (0,external_node_fs_.createReadStream)(f.path, {
        highWaterMark: 1 << 16,
        ...(options.signal ? { signal: options.signal } : {}),
    });
    const bytes = gzip ? raw.pipe((0,external_node_zlib_.createGunzip)()) : raw;
    let decoder;
    let line = 1;
    let first = true;
    const encoding = options.encoding ?? 'utf-8';
    const decode = new external_node_stream_.Transform({
        readableObjectMode: true,
        transform(chunk, _enc, cb) {
            try {
                if (first) {
                    first = false;
                    let label = encoding;
                    if (chunk[0] === 0xff && chunk[1] === 0xfe)
                        label = 'utf-16le';
                    else if (chunk[0] === 0xfe && chunk[1] === 0xff)
                        label = 'utf-16be';
                    try {
                        decoder = new external_node_util_.TextDecoder(label, { fatal: true });
                    }
                    catch {
                        throw new errors/* UserError */.yo('usage', `Unknown text encoding "${encoding}" for ${f.relPath}; use e.g. utf-8, latin1, utf-16le.`);
                    }
                }
                let text;
                try {
                    text = decoder.decode(chunk, { stream: true });
                }
                catch {
                    const at = firstInvalidUtf8(chunk);
                    const before = chunk.subarray(0, Math.max(at, 0));
                    let l = line;
                    for (let p = before.indexOf(10); p !== -1; p = before.indexOf(10, p + 1))
                        l++;
                    throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: line ${l}: bytes are not valid ${decoder.encoding} text.`, {
                        details: [
                            'Re-encode the file as UTF-8, or set the encoding option (e.g. "encoding: latin1") if that is what it uses.',
                        ],
                    });
                }
                for (let p = chunk.indexOf(10); p !== -1; p = chunk.indexOf(10, p + 1))
                    line++;
                cb(null, text);
            }
            catch (error) {
                cb(error);
            }
        },
        flush(cb) {
            try {
                const rest = decoder?.decode() ?? '';
                cb(null, rest === '' ? undefined : rest);
            }
            catch {
                cb(new errors/* UserError */.yo('input-invalid', `${f.relPath}: line ${line}: the file ends inside a multi-byte character.`, {
                    details: ['The file is truncated or not UTF-8; re-export it or set the encoding option.'],
                }));
            }
        },
    });
    const onError = (error) => {
        const message = /incorrect header check|unexpected end of file/i.test(error.message)
            ? `${f.relPath}: the gzip stream is corrupt or truncated (${error.message}).`
            : `Cannot read ${f.relPath}: ${error.message}`;
        decode.destroy(new errors/* UserError */.yo('input-unreadable', message));
    };
    raw.on('error', onError);
    if (bytes !== raw)
        bytes.on('error', onError);
    return bytes.pipe(decode);
}
async function readCsv(f, text, format, mapColumns, width, sink, options) {
    const nulls = new Set(options.nullValues ?? DEFAULT_NULL_VALUES);
    const delimiter = options.delimiter ?? (format === 'tsv' ? '\t' : '');
    let header;
    let mapping = [];
    let cells = [];
    let row = 0;
    const pos = { file: f.relPath, row: 0, line: 1 };
    let failure;
    await new Promise((resolvePromise, reject) => {
        text.on('error', (e) => {
            failure ??= e;
            reject(e);
        });
        papaparse_default().parse(text, {
            delimiter,
            skipEmptyLines: true,
            chunk(results, parser) {
                try {
                    for (const e of results.errors) {
                        if (e.type === 'Quotes') {
                            throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: line ${(e.row ?? 0) + row + 2}: ${e.message}.`, {
                                details: ['Close the quoted field or escape the quote by doubling it ("").'],
                            });
                        }
                    }
                    for (const record of results.data) {
                        // A line of only spaces/tabs is blank (pandas skips it), as on the UTF-8 byte path.
                        if (record.length === 1 && isBlankText(record[0]))
                            continue;
                        if (header === undefined) {
                            header = record.map((h) => h.trim());
                            const seen = new Set();
                            header.forEach((h, i) => {
                                if (h === '')
                                    header[i] = `column_${i + 1}`;
                                if (seen.has(header[i])) {
                                    throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: line 1: column "${header[i]}" appears twice in the header.`, {
                                        details: ['Rename one of the columns so every name is unique.'],
                                    });
                                }
                                seen.add(header[i]);
                            });
                            mapping = mapColumns(header);
                            continue;
                        }
                        row++;
                        if (record.length !== header.length) {
                            throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: line ${row + 1}: ragged row with ${record.length} field(s) where the header has ${header.length}.`, {
                                details: [
                                    'Every row needs one value per header column; check for unquoted delimiters or a missing value.',
                                ],
                            });
                        }
                        const w = width();
                        if (cells.length !== w)
                            cells = new Array(w).fill(null);
                        for (let i = 0; i < record.length; i++)
                            cells[mapping[i]] = cellFromText(record[i], nulls);
                        pos.row = row;
                        pos.line = row + 1;
                        sink.row(cells, pos);
                    }
                }
                catch (error) {
                    failure = error;
                    parser.abort();
                }
            },
            complete() {
                if (failure)
                    reject(failure);
                else
                    resolvePromise();
            },
            error(e) {
                reject(failure ?? new errors/* UserError */.yo('input-unreadable', `Cannot parse ${f.relPath} as CSV: ${e.message}`));
            },
        });
    });
    if (failure)
        throw failure;
    if (header === undefined) {
        throw new errors/* UserError */.yo('input-invalid', `${f.relPath} has no header row (the file holds only blank lines).`, {
            details: ['CSV/TSV files need a header row naming the columns.'],
        });
    }
    return row;
}
async function readJsonLines(f, text, mapColumns, width, sink) {
    const keyIndex = new Map();
    let rest = '';
    let line = 0;
    let row = 0;
    const pos = { file: f.relPath, row: 0, line: 0 };
    const handle = (raw) => {
        line++;
        const s = raw.trim();
        if (s === '')
            return;
        let value;
        try {
            // Integers beyond 2^53 (snowflake ids, 64-bit keys) keep their exact digits as text: doubles would merge
            // distinct ids. The reviver only runs on lines that hold a long digit run.
            value = LONG_DIGITS.test(s) ? JSON.parse(s, keepLongIntegers) : JSON.parse(s);
        }
        catch (error) {
            throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: line ${line}: not valid JSON (${error.message}).`, {
                details: ['JSON Lines files need one JSON object per line.'],
            });
        }
        if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: line ${line}: expected a JSON object, found ${Array.isArray(value) ? 'an array' : typeof value}.`, {
                details: ['JSON Lines files need one object per line ({"column": value, ...}).'],
            });
        }
        const record = value;
        const keys = Object.keys(record);
        const fresh = keys.filter((k) => !keyIndex.has(k));
        if (fresh.length > 0) {
            const idx = mapColumns(fresh);
            fresh.forEach((k, i) => keyIndex.set(k, idx[i]));
        }
        const cells = new Array(width()).fill(null);
        for (const k of keys)
            cells[keyIndex.get(k)] = toCell(record[k]);
        row++;
        pos.row = row;
        pos.line = line;
        sink.row(cells, pos, record);
    };
    for await (const chunk of text) {
        const s = rest + chunk;
        let start = 0;
        for (let p = s.indexOf('\n'); p !== -1; p = s.indexOf('\n', start)) {
            handle(s.slice(start, p));
            start = p + 1;
        }
        rest = s.slice(start);
        if (rest.length > 64 << 20) {
            throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: line ${line + 1} is longer than 64 MiB; is this really JSON Lines?`);
        }
    }
    if (rest.trim() !== '')
        handle(rest);
    if (row === 0) {
        throw new errors/* UserError */.yo('input-invalid', `${f.relPath} holds no JSON records.`, {
            details: ['Remove the empty file or the pattern that matched it.'],
        });
    }
    return row;
}
const LONG_DIGITS = /\d{16}/;
const INTEGER_LITERAL = /^-?\d+$/;
/** `JSON.parse` reviver: an integer literal a double cannot hold exactly is kept as its source text. */
function keepLongIntegers(_key, value, context) {
    if (typeof value === 'number' &&
        !Number.isSafeInteger(value) &&
        context?.source &&
        INTEGER_LITERAL.test(context.source))
        return context.source;
    return value;
}
/** A 64-bit integer as a cell: a number when a double holds it exactly, else its exact decimal text. */
function bigintCell(v) {
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
}
/** JSON/Parquet value → cell: numbers stay numbers (±Infinity too), nested values become JSON text. */
function toCell(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'number')
        return Number.isNaN(v) ? null : v;
    if (typeof v === 'string' || typeof v === 'boolean')
        return v;
    if (typeof v === 'bigint')
        return bigintCell(v);
    if (v instanceof Date)
        return Number.isNaN(v.getTime()) ? null : v.toISOString();
    if (v instanceof Uint8Array)
        return Buffer.from(v).toString('base64');
    return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? bigintCell(x) : x));
}
async function readParquet(f, info, mapColumns, width, sink) {
    if (info.size < 12 ||
        info.head.subarray(0, 4).toString('latin1') !== 'PAR1' ||
        info.tail.toString('latin1') !== 'PAR1') {
        throw new errors/* UserError */.yo('input-invalid', `${f.relPath} is not a Parquet file (the "PAR1" magic bytes are missing at its start or end).`, {
            details: [
                'The file may be truncated or in another format; set the format explicitly if the extension is misleading.',
            ],
        });
    }
    let file;
    let metadata;
    try {
        file = await (0,node/* asyncBufferFromFile */.Rv)(f.path);
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
    }
    catch (error) {
        throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: cannot read the Parquet footer: ${error.message}.`, {
            details: ['The file is corrupt or truncated; re-export it.'],
        });
    }
    const names = (0,src_metadata/* parquetSchema */.YR)(metadata).children.map((c) => c.element.name);
    const mapping = mapColumns(names);
    let rowStart = 0;
    const pos = { file: f.relPath, row: 0 };
    const only = f.rowGroups ? new Set(f.rowGroups) : undefined;
    let read = 0;
    for (const [g, group] of metadata.row_groups.entries()) {
        const n = Number(group.num_rows);
        if (only && !only.has(g)) {
            rowStart += n;
            continue;
        }
        read += n;
        let rows = [];
        try {
            await (0,src_read/* parquetRead */.bA)({
                file,
                metadata,
                rowStart,
                rowEnd: rowStart + n,
                rowFormat: 'array',
                onComplete: (r) => {
                    rows = r;
                },
            });
        }
        catch (error) {
            throw new errors/* UserError */.yo('input-invalid', `${f.relPath}: row group ${g + 1} (rows ${rowStart + 1}–${rowStart + n}) cannot be read: ${error.message}.`, {
                details: ['The file is corrupt or uses an unsupported encoding; re-export it.'],
            });
        }
        for (const [i, r] of rows.entries()) {
            const cells = new Array(width()).fill(null);
            const record = {};
            for (let c = 0; c < names.length; c++) {
                const v = r[c];
                cells[mapping[c]] = toCell(v);
                record[names[c]] = typeof v === 'bigint' ? bigintCell(v) : v;
            }
            pos.row = rowStart + i + 1;
            sink.row(cells, pos, record);
        }
        rowStart += n;
    }
    return read;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/core/src/shard/partition.ts

/**
 * Splits work items into `count` shards balanced by bytes, deterministically: largest first, each to the
 * shard with the fewest bytes so far (ties: the lower shard). An item is never split, so a file larger than a
 * shard's share stays whole in one shard. The result does not depend on the input order.
 *
 * @returns for each shard (index 0 = shard 1), its items in key order.
 */
function partitionByBytes(items, count) {
    if (!Number.isInteger(count) || count < 1)
        throw new RangeError(`shard count must be a positive integer, got ${count}`);
    const sorted = [...items].sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const shards = Array.from({ length: count }, () => []);
    const load = new Array(count).fill(0);
    for (const item of sorted) {
        let best = 0;
        for (let s = 1; s < count; s++)
            if (load[s] < load[best])
                best = s;
        shards[best].push(item);
        load[best] += Math.max(0, item.bytes);
    }
    for (const shard of shards)
        shard.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return shards;
}
/** The items of one shard (`spec.index` is 1-based). */
function selectShard(items, spec) {
    if (!Number.isInteger(spec.index) || spec.index < 1 || spec.index > spec.count) {
        throw new RangeError(`shard ${spec.index}/${spec.count} is out of range`);
    }
    return partitionByBytes(items, spec.count)[spec.index - 1];
}
/** sha256 of the full work list, independent of order: shards cut from the same list carry the same value. */
function planDigest(items) {
    const lines = items.map((i) => `${i.key}\t${i.bytes}`).sort();
    return (0,external_node_crypto_.createHash)('sha256').update(lines.join('\n')).digest('hex');
}

// EXTERNAL MODULE: ./packages/core/src/registry/gates.ts
var gates = __webpack_require__(12613);
// EXTERNAL MODULE: ./packages/core/src/approvals/source.ts
var source = __webpack_require__(14289);
// EXTERNAL MODULE: ./packages/core/src/shard/spec.ts
var spec = __webpack_require__(47143);
;// CONCATENATED MODULE: ./packages/core/src/shard/work.ts


/**
 * The work items of a list of files (from `collectFiles`): key = relative path, bytes = size. The one way
 * `ml-gates plan` and the gates that shard by file (model-scan) cut the same list.
 */
function fileWorkItems(files) {
    return files.map((file) => ({ key: file.relPath, bytes: file.size, file }));
}
/**
 * How many shards to use: `shards` when given, else enough that each holds about `maxShardBytes` (the
 * largest item alone may be bigger: an item is never split), at least one.
 */
function shardCount(items, opts) {
    if (opts.shards !== undefined) {
        if (!Number.isInteger(opts.shards) || opts.shards < 1 || opts.shards > 10_000) {
            throw new errors/* UserError */.yo('usage', `--shards ${opts.shards}: give a whole number of shards from 1 to 10000.`);
        }
        return opts.shards;
    }
    const max = opts.maxShardBytes;
    if (max === undefined || !(max > 0)) {
        throw new errors/* UserError */.yo('usage', 'Say how to split: --shards N, or --max-shard-bytes SIZE (e.g. 2GiB).');
    }
    const total = items.reduce((s, i) => s + Math.max(0, i.bytes), 0);
    return Math.max(1, Math.min(10_000, items.length, Math.ceil(total / max)));
}
/** Splits the items into `count` shards with `partitionByBytes` and describes each. */
function planShards(items, count) {
    const parts = partitionByBytes(items, count);
    const sum = (list) => list.reduce((s, i) => s + Math.max(0, i.bytes), 0);
    return {
        count,
        plan: planDigest(items),
        totalBytes: sum(items),
        shards: parts.map((part, i) => ({
            shard: `${i + 1}/${count}`,
            items: part.length,
            bytes: sum(part),
            keys: part.map((p) => p.key),
        })),
    };
}
/** `{"shard":["1/4","2/4",...]}`: the value for `strategy.matrix` (`fromJSON(needs.plan.outputs.matrix)`). */
function matrixJson(count) {
    return JSON.stringify({ shard: Array.from({ length: count }, (_, i) => `${i + 1}/${count}`) });
}
const UNITS = {
    '': 1,
    b: 1,
    kb: 1e3,
    mb: 1e6,
    gb: 1e9,
    tb: 1e12,
    kib: 2 ** 10,
    mib: 2 ** 20,
    gib: 2 ** 30,
    tib: 2 ** 40,
};
/** `512MiB`, `2GB`, `1.5 GiB`, `1000000`: a size in bytes. */
function parseSize(text) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]i?b|b)?\s*$/i.exec(text);
    const factor = m ? UNITS[(m[2] ?? '').toLowerCase()] : undefined;
    if (!m || factor === undefined || !(Number(m[1]) > 0)) {
        throw new errors/* UserError */.yo('usage', `"${text}" is not a size; write e.g. 512MiB, 2GiB or 5GB (bytes when no unit).`);
    }
    return Math.round(Number(m[1]) * factor);
}

// EXTERNAL MODULE: ./packages/core/src/shard/merge.ts
var merge = __webpack_require__(24414);
// EXTERNAL MODULE: ./packages/core/src/shard/read.ts
var read = __webpack_require__(39260);
;// CONCATENATED MODULE: ./packages/core/src/stats/kll.ts
/**
 * A KLL quantile sketch (Karnin, Lang and Liberty, "Optimal Quantile Approximation in Streams", 2016):
 * a stream of numbers summarised in O(k) memory, mergeable (shards sketched apart and merged answer like one
 * sketch of all the values), with a rank error that does not grow with the stream.
 *
 * Structure: level h holds items that each stand for 2^h values. Level capacities shrink by c = 2/3 going
 * down from the top level (which holds k); when the sketch is over its total capacity, the lowest full level
 * is sorted and halved (every other item, starting at a random offset) into the level above. Coin flips come
 * from a seeded xorshift, so a sketch of the same values in the same order is the same bytes.
 *
 * Error bound: each sketched CDF is within ±ε of the true one at every point, with
 * ε = KLL_EPSILON_FACTOR / k (≈ 0.0025 at the default k = 1000). DataSketches' KLL, the same algorithm,
 * documents a 99%-confidence normalised rank error of ≈ 2.3/k^0.97 over all quantiles ("PMF" error);
 * test/core/kll.test.ts checks ours against the exact CDF on generated data, unmerged and merged. A KS
 * statistic from two sketches therefore errs by at most ε_a + ε_b, and from a sketch against exact data by ε.
 */
/** Rank error factor: ε = KLL_EPSILON_FACTOR / k. */
const KLL_EPSILON_FACTOR = 2.5;
/** Default k: ε ≈ 0.0025, about 3k values (24 KiB) kept. */
const KLL_DEFAULT_K = 1000;
const C = 2 / 3;
class KllSketch {
    k;
    n = 0;
    min = Infinity;
    max = -Infinity;
    levels = [[]];
    size = 0;
    caps = [];
    capTotal = 0;
    seed;
    view;
    constructor(k = KLL_DEFAULT_K, seed = 0x2545f491) {
        if (!Number.isInteger(k) || k < 8)
            throw new RangeError(`KLL k must be an integer ≥ 8, got ${k}`);
        this.k = k;
        this.seed = seed >>> 0 || 1;
        this.recapacity();
    }
    /** ε: the bound on |sketched CDF − true CDF| at any point. */
    get epsilon() {
        return this.n <= this.k ? 0 : KLL_EPSILON_FACTOR / this.k;
    }
    update(x) {
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        this.n++;
        this.levels[0].push(x);
        this.view = undefined;
        if (++this.size > this.capTotal)
            this.compress();
    }
    /** Adds every value of `values`. */
    updateAll(values) {
        for (let i = 0; i < values.length; i++)
            this.update(values[i]);
    }
    /** Folds another sketch (of the same k) into this one. */
    merge(other) {
        if (other.k !== this.k)
            throw new RangeError(`cannot merge KLL sketches of k ${this.k} and ${other.k}`);
        if (other.n === 0)
            return;
        while (this.levels.length < other.levels.length)
            this.levels.push([]);
        this.recapacity();
        for (let h = 0; h < other.levels.length; h++) {
            const mine = this.levels[h];
            const theirs = other.levels[h];
            this.levels[h] = h === 0 ? mine.concat(theirs) : mergeSorted(mine, theirs);
        }
        this.n += other.n;
        this.size += other.size;
        this.min = Math.min(this.min, other.min);
        this.max = Math.max(this.max, other.max);
        this.view = undefined;
        while (this.size > this.capTotal)
            this.compress();
    }
    /** Level capacities: k at the top, × 2/3 per level down, at least 2. */
    recapacity() {
        const top = this.levels.length - 1;
        this.caps = this.levels.map((_, h) => Math.max(2, Math.ceil(this.k * C ** (top - h))));
        this.capTotal = this.caps.reduce((a, b) => a + b, 0);
    }
    random() {
        let s = this.seed;
        s ^= s << 13;
        s ^= s >>> 17;
        s ^= s << 5;
        this.seed = s >>> 0;
        return this.seed & 1;
    }
    /** Halves the lowest level that is at or over its capacity into the level above. */
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const items = this.levels[h];
            if (items.length < this.caps[h])
                continue;
            if (h === this.levels.length - 1) {
                this.levels.push([]);
                this.recapacity();
            }
            if (h === 0)
                items.sort((a, b) => a - b);
            const keep = items.length % 2 === 1 ? [items[items.length - 1]] : [];
            const even = items.length - keep.length;
            const up = [];
            for (let i = this.random(); i < even; i += 2)
                up.push(items[i]);
            this.levels[h] = keep;
            this.levels[h + 1] = mergeSorted(this.levels[h + 1], up);
            this.size -= even - up.length;
            return;
        }
    }
    /** All items with cumulative weights, sorted (cached until the next update). */
    sorted() {
        if (this.view)
            return this.view;
        const pairs = [];
        this.levels.forEach((items, h) => {
            for (const v of items)
                pairs.push([v, 2 ** h]);
        });
        pairs.sort((a, b) => a[0] - b[0]);
        const values = new Float64Array(pairs.length);
        const cum = new Float64Array(pairs.length);
        let t = 0;
        pairs.forEach(([v, w], i) => {
            values[i] = v;
            t += w;
            cum[i] = t;
        });
        this.view = { values, cum, total: t };
        return this.view;
    }
    /** Estimated share of values ≤ x. */
    cdf(x) {
        const s = this.sorted();
        if (s.total === 0)
            return 0;
        const i = upperBound(s.values, x);
        return i === 0 ? 0 : s.cum[i - 1] / s.total;
    }
    /** Estimated quantile: the smallest kept value whose estimated share ≤ it reaches p (min at 0, max at 1). */
    quantile(p) {
        if (this.n === 0)
            return Number.NaN;
        if (p <= 0)
            return this.min;
        if (p >= 1)
            return this.max;
        const s = this.sorted();
        const target = p * s.total;
        let lo = 0;
        let hi = s.values.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (s.cum[mid] >= target)
                hi = mid;
            else
                lo = mid + 1;
        }
        return s.values[lo];
    }
    toJSON() {
        return { kind: 'kll', k: this.k, n: this.n, min: this.min, max: this.max, levels: this.levels.map((l) => [...l]) };
    }
    /** Rebuilds a sketch from its JSON; throws a RangeError naming what is wrong. */
    static fromJSON(j) {
        if (j?.kind !== 'kll' || !Array.isArray(j.levels) || !Number.isInteger(j.n) || j.n < 0) {
            throw new RangeError('not a KLL sketch (expected kind "kll", levels and n)');
        }
        const s = new KllSketch(j.k);
        s.levels = j.levels.map((l) => {
            if (!Array.isArray(l) || l.some((v) => typeof v !== 'number'))
                throw new RangeError('KLL levels must hold numbers');
            return [...l];
        });
        if (s.levels.length === 0)
            s.levels = [[]];
        s.recapacity();
        for (let h = 1; h < s.levels.length; h++)
            s.levels[h].sort((a, b) => a - b);
        s.size = s.levels.reduce((a, l) => a + l.length, 0);
        const weight = s.levels.reduce((a, l, h) => a + l.length * 2 ** h, 0);
        if (weight !== j.n)
            throw new RangeError(`KLL sketch weights add up to ${weight}, not n = ${j.n}`);
        s.n = j.n;
        s.min = j.n > 0 ? j.min : Infinity;
        s.max = j.n > 0 ? j.max : -Infinity;
        return s;
    }
}
function mergeSorted(a, b) {
    if (a.length === 0)
        return b.slice();
    if (b.length === 0)
        return a;
    const out = new Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let o = 0;
    while (i < a.length && j < b.length)
        out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[o++] = a[i++];
    while (j < b.length)
        out[o++] = b[j++];
    return out;
}
/** Index of the first value > x in a sorted array. */
function upperBound(v, x) {
    let lo = 0;
    let hi = v.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (v[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Exact sorted data as a `WeightedSorted` (weights 1, no copy of the values). */
function exactSorted(sorted) {
    return { values: sorted, cum: new Float64Array(0), total: sorted.length };
}
function cumAt(s, i) {
    return s.cum.length === 0 ? i + 1 : s.cum[i];
}
/**
 * sup |F_a − F_b| and ∫|F_a − F_b| dx (the KS statistic and the Wasserstein-1 distance) of two distributions
 * given as sorted weighted values, in one merge walk (exact data: `exactSorted`; a sketch: `sketch.sorted()`).
 */
function cdfDistances(a, b) {
    let i = 0;
    let j = 0;
    let fa = 0;
    let fb = 0;
    let ks = 0;
    let w = 0;
    let prev = Number.NaN;
    const na = a.values.length;
    const nb = b.values.length;
    while (i < na || j < nb) {
        const x = j >= nb || (i < na && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
        if (!Number.isNaN(prev))
            w += Math.abs(fa - fb) * (x - prev);
        while (i < na && a.values[i] <= x)
            i++;
        while (j < nb && b.values[j] <= x)
            j++;
        fa = i === 0 ? 0 : cumAt(a, i - 1) / a.total;
        fb = j === 0 ? 0 : cumAt(b, j - 1) / b.total;
        const d = Math.abs(fa - fb);
        if (d > ks)
            ks = d;
        prev = x;
    }
    return { ks, wasserstein: w };
}

;// CONCATENATED MODULE: ./packages/core/src/integrity/types.ts
/** Severities, one per kind, the same in every gate. */
const INTEGRITY_SEVERITY = {
    missing: 'high',
    changed: 'critical',
    extra: 'high',
    outside: 'high',
    invalid: 'high',
};
function integrityIssue(kind, path, message, help) {
    return { kind, severity: INTEGRITY_SEVERITY[kind], message, path, help };
}
/** The finding a gate reports for an issue, under its own rule id. */
function issueToFinding(i, ruleIds) {
    const ruleId = ruleIds[i.kind];
    if (ruleId === undefined)
        throw new Error(`${i.message} (no rule id for "${i.kind}" integrity issues)`);
    return { ruleId, severity: i.severity, message: i.message, location: { path: i.path }, help: i.help };
}

;// CONCATENATED MODULE: ./packages/core/src/integrity/manifest.ts





const MANIFEST_FORMAT = 'ml-gates-manifest';
/** Files never listed in a manifest: the manifest itself and its signatures. */
function isManifestCompanion(relPath, manifestRel) {
    return relPath === manifestRel || relPath.startsWith(`${manifestRel}.`);
}
/** Hashes the files under `include` (relative to the manifest folder) into a manifest. */
async function buildManifest(manifestPath, include, signal, digest = io_files/* sha256File */.Q3) {
    const root = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(manifestPath));
    const manifestRel = (0,io_files/* toReportPath */.T3)(root, (0,external_node_path_.resolve)(manifestPath));
    const patterns = include.length > 0 ? include : ['.'];
    const { files, problems } = await (0,io_files/* collectFiles */.C0)(root, patterns, { whole: true });
    const missing = problems.filter((p) => p.problem === 'unreadable');
    if (missing.length > 0) {
        throw new errors/* UserError */.yo('input-unreadable', 'Cannot hash: some paths do not exist or cannot be read.', {
            details: missing.map((p) => `${p.relPath}: ${p.detail}`),
        });
    }
    const entries = [];
    for (const f of files) {
        if (isManifestCompanion(f.relPath, manifestRel))
            continue;
        entries.push({ path: f.relPath, size: f.size, sha256: await digest(f.path, signal) });
    }
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { format: MANIFEST_FORMAT, version: 1, algorithm: 'sha256', include: patterns, files: entries };
}
/** The manifest as written to disk: stable key order, two-space indent, final newline. */
function serialiseManifest(m) {
    // A short `include` list on one line, as Prettier prints it: formatting the file must not change its bytes
    // (that would break its signature). Long lists stay expanded; keep signed manifests out of formatters.
    const text = JSON.stringify(m, null, 2);
    const inline = `  "include": ${JSON.stringify(m.include).replace(/","/g, '", "')},`;
    return `${inline.length <= 80 ? text.replace(/\n {2}"include": \[[^\]]*\],/, `\n${inline}`) : text}\n`;
}
function manifestProblems(m) {
    const problems = [];
    if (m.format !== MANIFEST_FORMAT)
        problems.push(`format must be "${MANIFEST_FORMAT}"`);
    if (m.version !== 1)
        problems.push('version must be 1');
    if (m.algorithm !== 'sha256')
        problems.push('algorithm must be "sha256"');
    if (!Array.isArray(m.include) || !m.include.every((p) => typeof p === 'string'))
        problems.push('include must be a list of paths');
    if (!Array.isArray(m.files))
        problems.push('files must be a list');
    else {
        m.files.forEach((f, i) => {
            if (!f || typeof f.path !== 'string' || f.path === '')
                problems.push(`files[${i}].path must be a non-empty string`);
            if (!f || !Number.isSafeInteger(f.size) || f.size < 0)
                problems.push(`files[${i}].size must be a byte count`);
            if (!f || typeof f.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(f.sha256)) {
                problems.push(`files[${i}].sha256 must be 64 lowercase hex digits`);
            }
        });
    }
    return problems;
}
function parseJson(text, where) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo('input-invalid', `${where} is not valid JSON: ${error.message}`);
    }
}
/** Checks an already parsed JSON value is a manifest; throws a `UserError` naming the problems. */
function asManifest(data, where) {
    const problems = manifestProblems(data);
    if (problems.length > 0) {
        throw new errors/* UserError */.yo('input-invalid', `${where} is not a valid ml-gates manifest (regenerate it with \`ml-gates hash\`).`, { details: problems.slice(0, 20) });
    }
    return data;
}
/** Parses and validates a manifest; throws a `UserError` naming the problem. */
function parseManifest(text, where) {
    return asManifest(parseJson(text, where), where);
}
/** Reads and parses a manifest file. */
async function readManifest(path, where) {
    const bytes = await (0,promises_.readFile)(path);
    return { manifest: parseManifest(bytes.toString('utf8'), where), bytes };
}
/** True when `rel` stays inside its root (no absolute path, no `..` escape). */
function staysInside(rel) {
    if ((0,external_node_path_.isAbsolute)(rel) || /^[a-zA-Z]:/.test(rel) || rel.includes('\0'))
        return false;
    const parts = rel.split(/[\\/]/);
    let depth = 0;
    for (const p of parts) {
        if (p === '..')
            depth--;
        else if (p !== '.' && p !== '')
            depth++;
        if (depth < 0)
            return false;
    }
    return true;
}
function parseSha256sum(text, where) {
    const out = [];
    for (const [i, line] of text.split(/\r?\n/).entries()) {
        if (line.trim() === '' || line.startsWith('#'))
            continue;
        const m = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!m) {
            throw new errors/* UserError */.yo('input-invalid', `${where}: line ${i + 1} is not "<sha256>  <path>".`, {
                details: ['Create the manifest with "ml-gates hash PATH... --out FILE" or "sha256sum FILE... > FILE".'],
            });
        }
        out.push({ path: m[2], sha256: m[1].toLowerCase() });
    }
    return out;
}
function jsonEntries(v, where) {
    const list = Array.isArray(v)
        ? v
        : Object.entries((v ?? {})).map(([path, h]) => typeof h === 'string' ? { path, sha256: h } : { path, ...h });
    return list.map((e, i) => {
        const entry = e;
        if (!entry || typeof entry.path !== 'string' || entry.path === '') {
            throw new errors/* UserError */.yo('input-invalid', `${where}: entry ${i + 1} has no path.`);
        }
        if (entry.sha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(String(entry.sha256))) {
            throw new errors/* UserError */.yo('input-invalid', `${where}: the SHA-256 of ${entry.path} is not 64 hex digits.`);
        }
        return { ...entry, path: entry.path, ...(entry.sha256 ? { sha256: String(entry.sha256).toLowerCase() } : {}) };
    });
}
/** Parses a manifest in any supported format (see `HashList`); throws a `UserError` naming the problem. */
function parseHashList(text, where) {
    const start = text.trimStart();
    if (!start.startsWith('{') && !start.startsWith('['))
        return { format: 'sha256sum', entries: parseSha256sum(text, where) };
    const data = parseJson(text, where);
    if (data && typeof data === 'object' && !Array.isArray(data) && 'format' in data) {
        const m = asManifest(data, where);
        return { format: 'ml-gates', entries: m.files, include: m.include };
    }
    return { format: 'json', entries: jsonEntries(data, where) };
}
/** Reads a manifest in any supported format. */
async function readHashList(path, where) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo('input-unreadable', `Cannot read the integrity manifest ${where}: ${error.message}`);
    }
    return parseHashList(text, where);
}
const HELP = {
    outside: 'Manifest paths are relative to the manifest file and must stay below its folder. Regenerate it with `ml-gates hash`.',
    missing: 'A file the manifest lists is not there (or is not a regular file). Restore it, or regenerate the manifest with `ml-gates hash` if the removal is intended.',
    changed: 'The file differs from the one the manifest recorded: it was modified, replaced or corrupted. If the change is intended, regenerate (and re-sign) the manifest; otherwise restore the original file.',
    unlisted: 'Make the model folder readable by the job, then run the scan again.',
    walk: "Every file under the manifest's include paths must be listed and readable. Remove the unexpected entry, fix its permissions, or regenerate the manifest with `ml-gates hash`.",
    extra: 'A file appeared where the manifest covers the model files. An added file can be loaded instead of (or besides) the reviewed ones. Remove it, or regenerate the manifest with `ml-gates hash` if it belongs there.',
};
/** The regular file behind `abs` (following a symlink that stays inside the root), or why there is none. */
async function statListed(abs, rootReal) {
    try {
        let st = await (0,promises_.lstat)(abs);
        if (st.isSymbolicLink()) {
            const target = await (0,promises_.realpath)(abs);
            if (target !== rootReal && !target.startsWith(rootReal + external_node_path_.sep)) {
                return { problem: 'it is a symlink leaving the manifest folder' };
            }
            st = await (0,promises_.lstat)(target);
        }
        return st.isFile() ? { size: st.size } : {};
    }
    catch (error) {
        const code = error.code;
        // Why a listed file cannot be verified when it is there but unusable (not "missing": say what went wrong).
        if (code !== 'ENOENT' && code !== 'ENOTDIR')
            return { problem: `it cannot be read (${error.message})` };
        return {};
    }
}
/** Verifies one entry: `undefined` when it matches (or records no hash), else the issue. */
async function verifyEntry(s, entry, normalised) {
    const { size, problem } = await statListed((0,external_node_path_.resolve)(s.root, normalised), s.rootReal);
    if (size === undefined) {
        const why = problem ? `but ${problem}` : 'but missing';
        return integrityIssue('missing', s.report(normalised), `\`${normalised}\` is listed in the manifest ${why}`, HELP.missing);
    }
    if (entry.sha256 === undefined)
        return undefined;
    const changed = entry.size !== undefined && size !== entry.size ? `size ${size} bytes, manifest says ${entry.size}` : undefined;
    const digest = changed ? undefined : await (s.opts.digest ?? io_files/* sha256File */.Q3)((0,external_node_path_.resolve)(s.root, normalised), s.opts.signal);
    if (!changed && digest === entry.sha256)
        return undefined;
    const why = changed ?? `SHA-256 ${digest.slice(0, 12)}…, manifest says ${entry.sha256.slice(0, 12)}…`;
    return integrityIssue('changed', s.report(normalised), `\`${normalised}\` does not match the manifest (${why})`, HELP.changed);
}
/** Files under `include` that the manifest does not list, and the folders that could not be listed. */
async function extraFiles(s, include, listed) {
    const issues = [];
    const includes = include.filter(staysInside);
    // A walk that fails or cannot read a folder has not shown that there are no extra files: each such gap is an
    // issue, never an empty list.
    let walked;
    try {
        // `whole`: a manifest covers its folder whole, gitignored weights included.
        walked = await (0,io_files/* collectFiles */.C0)(s.root, includes.length > 0 ? includes : ['.'], { whole: true });
    }
    catch (error) {
        const msg = `The files under the manifest folder could not be listed (${error.message}); files added beside the listed ones cannot be ruled out`;
        return [integrityIssue('extra', s.manifestReport, msg, HELP.unlisted)];
    }
    for (const p of walked.problems) {
        // A listed path that is gone is reported as missing; anything else unreadable hides what is in it.
        if (p.problem === 'unreadable' && /^ENO(ENT|TDIR)\b/.test(p.detail))
            continue;
        const msg = p.problem === 'symlink-outside-root'
            ? `\`${p.relPath}\` is a symlink leaving the manifest folder; it is not in the manifest and was not followed`
            : `\`${p.relPath}\` could not be listed (${p.detail}); files in it cannot be checked against the manifest`;
        issues.push(integrityIssue('extra', s.report(p.relPath), msg, HELP.walk));
    }
    for (const f of walked.files) {
        if (listed.has(f.relPath) || isManifestCompanion(f.relPath, s.manifestRel))
            continue;
        issues.push(integrityIssue('extra', s.report(f.relPath), `\`${f.relPath}\` is not in the manifest`, HELP.extra));
    }
    return issues;
}
/**
 * Verifies files against a manifest of any format: entries pointing outside the manifest folder (never read),
 * missing files, changed files (size when recorded, then SHA-256) and, when the manifest has an `include`
 * list, extra files (present under `include` but not listed). Entries without a hash are only listed.
 */
async function verifyHashList(manifestPath, list, opts) {
    const root = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(manifestPath));
    const s = {
        root,
        rootReal: await (0,promises_.realpath)(root),
        manifestRel: (0,io_files/* toReportPath */.T3)(root, (0,external_node_path_.resolve)(manifestPath)),
        report: (rel) => (0,io_files/* toReportPath */.T3)(opts.cwd, (0,external_node_path_.resolve)(root, rel)),
        manifestReport: (0,io_files/* toReportPath */.T3)(opts.cwd, (0,external_node_path_.resolve)(manifestPath)),
        opts,
    };
    const result = { issues: [], matched: [], verified: [], listed: [] };
    const listed = new Set();
    for (const entry of list.entries) {
        if (!staysInside(entry.path)) {
            const msg = `Manifest entry \`${entry.path}\` points outside the manifest folder; it was not read`;
            result.issues.push(integrityIssue('outside', s.manifestReport, msg, HELP.outside));
            continue;
        }
        const normalised = entry.path
            .split(/[\\/]/)
            .filter((p) => p !== '.' && p !== '')
            .join('/');
        listed.add(normalised);
        result.listed.push(s.report(normalised));
        const problem = await verifyEntry(s, entry, normalised);
        if (problem)
            result.issues.push(problem);
        else if (entry.sha256 !== undefined) {
            result.matched.push(entry);
            result.verified.push(s.report(normalised));
        }
    }
    if (list.include)
        result.issues.push(...(await extraFiles(s, list.include, listed)));
    return result;
}
/** `verifyHashList` for an ml-gates manifest. */
function verifyManifestFiles(manifestPath, manifest, opts) {
    return verifyHashList(manifestPath, { entries: manifest.files, include: manifest.include }, opts);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/integrity/dvc.ts









const TEXT_BYTES = new Set([...Array.from({ length: 95 }, (_, i) => i + 32), 10, 13, 9, 12, 8]);
async function looksLikeText(path) {
    const fh = await (0,promises_.open)(path, 'r');
    try {
        const buf = Buffer.alloc(512);
        const { bytesRead } = await fh.read(buf, 0, 512, 0);
        if (bytesRead === 0)
            return true;
        const block = buf.subarray(0, bytesRead);
        if (block.includes(0))
            return false;
        let nontext = 0;
        for (const b of block)
            if (!TEXT_BYTES.has(b))
                nontext++;
        return nontext / bytesRead <= 0.3;
    }
    finally {
        await fh.close();
    }
}
/** MD5 as DVC computes it: plain (DVC 3) or with CRLF → LF for text files (DVC 2). Streamed. */
async function dvcMd5(path, legacy, signal) {
    const hash = (0,external_node_crypto_.createHash)('md5');
    const dos2unix = legacy && (await looksLikeText(path));
    let pendingCr = false;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20, signal })) {
        let buf = chunk;
        if (!dos2unix) {
            hash.update(buf);
            continue;
        }
        if (pendingCr)
            buf = Buffer.concat([Buffer.from([13]), buf]);
        pendingCr = buf.length > 0 && buf[buf.length - 1] === 13;
        if (pendingCr)
            buf = buf.subarray(0, buf.length - 1);
        let start = 0;
        for (let i = buf.indexOf(13); i !== -1; i = buf.indexOf(13, i + 1)) {
            if (buf[i + 1] === 10) {
                hash.update(buf.subarray(start, i));
                start = i + 1;
            }
        }
        hash.update(buf.subarray(start));
    }
    if (pendingCr)
        hash.update(Buffer.from([13]));
    return hash.digest('hex');
}
const PY_ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
};
/** Python's `json.dumps(s)` for a string (ensure_ascii=True). */
function pyJsonString(s) {
    let out = '"';
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (PY_ESCAPES[ch])
            out += PY_ESCAPES[ch];
        else if (cp < 0x20 || cp > 0x7e) {
            const units = cp > 0xffff ? [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)] : [cp];
            out += units.map((u) => `\\u${u.toString(16).padStart(4, '0')}`).join('');
        }
        else
            out += ch;
    }
    return `${out}"`;
}
function compareParts(a, b) {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
        if (pa[i] < pb[i])
            return -1;
        if (pa[i] > pb[i])
            return 1;
    }
    return pa.length - pb.length;
}
/** The bytes of a DVC `.dir` listing for these entries. */
function dirListingBytes(entries) {
    const sorted = [...entries].sort((a, b) => compareParts(a.relpath, b.relpath));
    const body = sorted.map((e) => `{"md5": ${pyJsonString(e.md5)}, "relpath": ${pyJsonString(e.relpath)}}`).join(', ');
    return Buffer.from(`[${body}]`, 'utf8');
}
function findDvcRoot(start, stop) {
    for (let dir = start;; dir = (0,external_node_path_.dirname)(dir)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.dvc')))
            return dir;
        if (dir === stop || (0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
/** The `.dir` listing from the DVC cache (DVC 3 or DVC 2 layout), checked against its name; else `undefined`. */
async function cachedListing(repo, md5) {
    if (!repo)
        return undefined;
    const name = md5.replace(/\.dir$/, '');
    for (const p of [
        (0,external_node_path_.join)(repo, '.dvc', 'cache', 'files', 'md5', name.slice(0, 2), `${name.slice(2)}.dir`),
        (0,external_node_path_.join)(repo, '.dvc', 'cache', name.slice(0, 2), `${name.slice(2)}.dir`),
    ]) {
        if (!(0,external_node_fs_.existsSync)(p))
            continue;
        const bytes = await (0,promises_.readFile)(p);
        if ((0,external_node_crypto_.createHash)('md5').update(bytes).digest('hex') !== name)
            return undefined;
        const list = JSON.parse(bytes.toString('utf8'));
        if (Array.isArray(list) && list.every((e) => e && typeof e.md5 === 'string' && typeof e.relpath === 'string')) {
            return list;
        }
    }
    return undefined;
}
/** Parses a `.dvc` file; throws a `UserError` when it is not YAML or not a mapping. */
function parseDvcFile(text, where) {
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text) ?? {};
    }
    catch (error) {
        throw new errors/* UserError */.yo('input-invalid', `\`${where}\` is not valid YAML: ${error.message.split('\n')[0]}`);
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
        throw new errors/* UserError */.yo('input-invalid', `\`${where}\` is not a YAML mapping with \`outs\``);
    }
    const { outs, deps } = doc;
    const list = (v) => (Array.isArray(v) ? v.map((e) => (e ?? {})) : []);
    return { outs: list(outs), deps: list(deps) };
}
const dvc_HELP = 'The data on disk differs from what the .dvc file records. Run `dvc pull` (or `dvc checkout`) to restore the tracked version, or `dvc add`/`dvc commit` if the change is intended, then commit the updated .dvc file.';
const INVALID_HELP = 'Fix the .dvc file (or restore it from git): `dvc add` writes a valid one.';
async function verifyFileOut(s, size) {
    const { out, dvcRel } = s;
    const where = (0,io_files/* toReportPath */.T3)(s.cwd, s.target);
    const md5 = await dvcMd5(s.target, s.legacy, s.signal);
    // DVC 2 hashed text with LF line ends, so the recorded size may differ from the bytes; the md5 decides.
    const sizeOk = s.legacy || typeof out.size !== 'number' || out.size === size;
    if (md5 === out.md5 && sizeOk) {
        s.result.verified.push(where);
        return;
    }
    const sizeNote = sizeOk ? '' : `; size ${size}, recorded ${String(out.size)}`;
    const msg = `\`${where}\` does not match \`${dvcRel}\` (md5 ${md5}, recorded ${out.md5}${sizeNote})`;
    s.result.issues.push(integrityIssue('changed', where, msg, dvc_HELP));
}
/** A tracked directory with its `.dir` listing from the cache: each listed file, and files not listed. */
async function verifyListedDir(s, listing, actual) {
    const { dvcRel, result } = s;
    const at = (p) => (0,io_files/* toReportPath */.T3)(s.cwd, (0,external_node_path_.join)(s.target, p));
    for (const e of listing) {
        const abs = actual.get(e.relpath);
        if (!abs) {
            result.issues.push(integrityIssue('missing', at(e.relpath), `\`${at(e.relpath)}\` (listed in ${s.out.md5}) is missing`, dvc_HELP));
        }
        else if ((await dvcMd5(abs, s.legacy, s.signal)) !== e.md5) {
            const msg = `\`${at(e.relpath)}\` does not match the DVC listing of \`${dvcRel}\``;
            result.issues.push(integrityIssue('changed', at(e.relpath), msg, dvc_HELP));
        }
        else
            result.verified.push(at(e.relpath));
    }
    const expected = new Set(listing.map((e) => e.relpath));
    for (const p of actual.keys()) {
        if (expected.has(p))
            continue;
        result.issues.push(integrityIssue('extra', at(p), `\`${at(p)}\` is not in the DVC listing of \`${dvcRel}\``, dvc_HELP));
    }
}
/** A tracked directory without a cached listing: recompute the listing and its hash as DVC would. */
async function verifyRecomputedDir(s, actual, sizes) {
    const { out, dvcRel } = s;
    const entries = [];
    for (const [p, abs] of actual)
        entries.push({ md5: await dvcMd5(abs, s.legacy, s.signal), relpath: p });
    const md5 = `${(0,external_node_crypto_.createHash)('md5').update(dirListingBytes(entries)).digest('hex')}.dir`;
    const counts = (typeof out.nfiles === 'number' && out.nfiles !== entries.length
        ? `; ${entries.length} files, recorded ${out.nfiles}`
        : '') + (typeof out.size === 'number' && out.size !== sizes ? `; ${sizes} bytes, recorded ${out.size}` : '');
    const where = (0,io_files/* toReportPath */.T3)(s.cwd, s.target);
    if (md5 === out.md5 && !counts) {
        for (const p of actual.keys())
            s.result.verified.push((0,io_files/* toReportPath */.T3)(s.cwd, (0,external_node_path_.join)(s.target, p)));
        return;
    }
    const msg = `Directory \`${where}\` does not match \`${dvcRel}\` (listing md5 ${md5}, recorded ${out.md5}${counts})`;
    const help = `${dvc_HELP} Without the DVC cache the changed file cannot be named; \`dvc status\` names it.`;
    s.result.issues.push(integrityIssue('changed', where, msg, help));
}
async function verifyDirOut(s) {
    const { files, problems } = await (0,io_files/* collectFiles */.C0)(s.target, ['.'], { whole: true });
    const actual = new Map();
    let sizes = 0;
    for (const f of files) {
        actual.set(f.relPath, f.path);
        sizes += f.size;
    }
    // What the walk could not read or follow may hide files: each gap is an issue, never "nothing there".
    for (const p of problems) {
        const where = (0,io_files/* toReportPath */.T3)(s.cwd, (0,external_node_path_.join)(s.target, p.relPath));
        const msg = `\`${where}\` in the DVC-tracked folder could not be listed or leaves it (${p.detail})`;
        s.result.issues.push(integrityIssue('extra', where, msg, dvc_HELP));
    }
    const listing = await cachedListing(s.repo, s.out.md5);
    if (listing)
        await verifyListedDir(s, listing, actual);
    else
        await verifyRecomputedDir(s, actual, sizes);
}
/** Checks an output's fields and place; returns the scope to verify it with, or records why not. */
function outScope(cwd, dvcRel, i, out, result) {
    const dvcAbs = (0,external_node_path_.resolve)(cwd, dvcRel);
    if (typeof out.path !== 'string' || typeof out.md5 !== 'string') {
        const msg = typeof out.etag === 'string' && typeof out.md5 !== 'string'
            ? `\`${dvcRel}\` outs[${i}] records only an etag (data kept outside the workspace), so it cannot be verified here`
            : `\`${dvcRel}\` outs[${i}] needs a relative \`path\` inside the project and an \`md5\``;
        result.issues.push(integrityIssue('invalid', dvcRel, msg, INVALID_HELP));
        return undefined;
    }
    const target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(dvcAbs), out.path);
    const inWorkspace = !(0,io_files/* toReportPath */.T3)(cwd, target).startsWith('../') && (0,io_files/* toReportPath */.T3)(cwd, target) !== '..';
    if (!staysInside(out.path) || !inWorkspace) {
        const msg = `\`${dvcRel}\` outs[${i}] points outside its folder (\`${out.path}\`); it was not read`;
        result.issues.push(integrityIssue('outside', dvcRel, msg, INVALID_HELP));
        return undefined;
    }
    const repo = findDvcRoot((0,external_node_path_.dirname)(dvcAbs), cwd);
    return { cwd, dvcRel, out: out, target, legacy: out.hash !== 'md5', repo, result };
}
async function verifyOut(s) {
    const where = (0,io_files/* toReportPath */.T3)(s.cwd, s.target);
    // eslint-disable-next-line no-restricted-syntax -- a target that cannot be stat'ed is reported as missing (high)
    const st = await (0,promises_.stat)(s.target).catch(() => undefined);
    if (!st) {
        const msg = `\`${where}\` (tracked by \`${s.dvcRel}\`) is missing; run \`dvc pull\``;
        s.result.issues.push(integrityIssue('missing', where, msg, dvc_HELP));
    }
    else if (s.out.md5.endsWith('.dir')) {
        await verifyDirOut(s);
    }
    else if (!st.isFile()) {
        const msg = `\`${where}\` is not a file, but \`${s.dvcRel}\` records a file (md5 ${s.out.md5})`;
        s.result.issues.push(integrityIssue('changed', where, msg, dvc_HELP));
    }
    else
        await verifyFileOut(s, st.size);
}
async function readDvcFile(cwd, dvcRel, result) {
    try {
        return parseDvcFile(await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, dvcRel), 'utf8'), dvcRel);
    }
    catch (error) {
        const msg = error instanceof errors/* UserError */.yo ? error.message : `\`${dvcRel}\` cannot be read: ${error.message}`;
        result.issues.push(integrityIssue('invalid', dvcRel, msg, INVALID_HELP));
        return undefined;
    }
}
/**
 * Verifies every `.dvc` file of `dvcFiles` (paths relative to `cwd`). A `.dvc` file that cannot be read, has
 * no `outs`, or an output without `path` and `md5` is an `invalid` issue (nothing it tracks was verified).
 * DVC hashes are MD5, so no SHA-256 provider applies here.
 */
async function verifyDvcFiles(cwd, dvcFiles, opts = {}) {
    const result = { issues: [], verified: [], files: [] };
    for (const dvcRel of dvcFiles) {
        const doc = await readDvcFile(cwd, dvcRel, result);
        result.files.push({ path: dvcRel, ...(doc ? { doc } : {}) });
        if (!doc)
            continue;
        if (doc.outs.length === 0)
            result.issues.push(integrityIssue('invalid', dvcRel, `\`${dvcRel}\` has no \`outs\``, INVALID_HELP));
        for (const [i, out] of doc.outs.entries()) {
            const s = outScope(cwd, dvcRel, i, out, result);
            if (s)
                await verifyOut({ ...s, ...(opts.signal ? { signal: opts.signal } : {}) });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/core/src/integrity/index.ts




// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var lib = __webpack_require__(55479);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./node_modules/@stdlib/math-base-special-gammaln/lib/index.js
var math_base_special_gammaln_lib = __webpack_require__(67711);
;// CONCATENATED MODULE: ./packages/core/src/stats/gamma.ts
/**
 * Gamma-family special functions, from stdlib (`@stdlib/math-base-special-gammainc`, a port of Boost's igamma,
 * and `gammaln`): accurate far into the tails, where a textbook series underflows.
 */


/** ln Γ(x). */
function lgamma(x) {
    return gammaln(x);
}
/** Regularised upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a); 1 for x ≤ 0. */
function gammaQ(a, x) {
    if (x <= 0)
        return 1;
    return lib_default()(x, a, true, true);
}
/** Chi-square survival function P(X > x) for `dof` degrees of freedom: Q(dof/2, x/2) (scipy.stats.chi2.sf). */
function chi2Sf(x, dof) {
    if (dof <= 0)
        return Number.NaN;
    if (x <= 0)
        return 1;
    return gammaQ(dof / 2, x / 2);
}

;// CONCATENATED MODULE: ./packages/core/src/stats/normal.ts
/** The standard normal distribution: survival function and quantile. */

const { abs, log: normal_log, sqrt: normal_sqrt } = Math;
/** Standard normal survival function P(Z > z) (scipy.stats.norm.sf). */
function normalSf(z) {
    if (z < 0)
        return 1 - normalSf(-z);
    // erfc(x) = Q(1/2, x²), so P(Z > z) = erfc(z/√2) / 2 = Q(1/2, z²/2) / 2.
    return 0.5 * gammaQ(0.5, (z * z) / 2);
}
/* eslint-disable no-loss-of-precision -- AS241's published coefficients, kept digit for digit. */
/** Inverse of the standard normal CDF (Wichura's AS241, ~1e-16). */
function normalQuantile(p) {
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    const q = p - 0.5;
    if (abs(q) <= 0.425) {
        const r = 0.180625 - q * q;
        return ((q *
            (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r +
                45921.953931549871457) *
                r +
                13731.693765509461125) *
                r +
                1971.5909503065514427) *
                r +
                133.14166789178437745) *
                r +
                3.387132872796366608)) /
            (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r +
                21213.794301586595867) *
                r +
                5394.1960214247511077) *
                r +
                687.1870074920579083) *
                r +
                42.313330701600911252) *
                r +
                1));
    }
    let r = q < 0 ? p : 1 - p;
    r = normal_sqrt(-normal_log(r));
    let val;
    if (r <= 5) {
        r -= 1.6;
        val =
            (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
                1.27045825245236838258) *
                r +
                3.64784832476320460504) *
                r +
                5.7694972214606914055) *
                r +
                4.6303378461565452959) *
                r +
                1.42343711074968357734) /
                (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
                    0.14810397642748007459) *
                    r +
                    0.68976733498510000455) *
                    r +
                    1.6763848301838038494) *
                    r +
                    2.05319162663775882187) *
                    r +
                    1);
    }
    else {
        r -= 5;
        val =
            (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
                0.026532189526576123093) *
                r +
                0.29656057182850489123) *
                r +
                1.7848265399172913358) *
                r +
                5.4637849111641143699) *
                r +
                6.6579046435011037772) /
                (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
                    7.868691311456132591e-4) *
                    r +
                    0.0148753612908506148525) *
                    r +
                    0.13692988092273580531) *
                    r +
                    0.59983220655588793769) *
                    r +
                    1);
    }
    return q < 0 ? -val : val;
}
/* eslint-enable no-loss-of-precision */

;// CONCATENATED MODULE: ./packages/core/src/stats/binomial.ts
/** The binomial distribution: CDF (exact, in log space) and the Clopper–Pearson interval. */
const { exp, log: binomial_log, log1p, max, min } = Math;
function logAddExp(a, b) {
    if (a === -Infinity)
        return b;
    if (b === -Infinity)
        return a;
    const m = max(a, b);
    return m + binomial_log(exp(a - m) + exp(b - m));
}
/** P(X ≤ k) for X ~ Binomial(n, p), summed term by term in log space (exact up to rounding). */
function binomialCdf(k, n, p) {
    if (k < 0)
        return 0;
    if (k >= n)
        return 1;
    if (p <= 0)
        return 1;
    if (p >= 1)
        return 0;
    let logTerm = n * log1p(-p);
    let acc = logTerm;
    const ratio = binomial_log(p) - log1p(-p);
    for (let i = 0; i < k; i++) {
        logTerm += binomial_log((n - i) / (i + 1)) + ratio;
        acc = logAddExp(acc, logTerm);
    }
    return min(1, exp(acc));
}
/** Clopper–Pearson interval for a binomial proportion (by bisection on the binomial CDF). */
function clopperPearson(successes, n, confidence) {
    const alpha = 1 - confidence;
    const solve = (f, target) => {
        let lo = 0;
        let hi = 1;
        for (let it = 0; it < 80; it++) {
            const mid = (lo + hi) / 2;
            if (f(mid) > target)
                lo = mid;
            else
                hi = mid;
        }
        return (lo + hi) / 2;
    };
    // Lower: P(X ≥ x; p) = α/2 (increasing in p). Upper: P(X ≤ x; p) = α/2 (decreasing in p).
    const lower = successes === 0 ? 0 : solve((p) => -(1 - binomialCdf(successes - 1, n, p)), -alpha / 2);
    const upper = successes === n ? 1 : solve((p) => binomialCdf(successes, n, p), alpha / 2);
    return [lower, upper];
}

;// CONCATENATED MODULE: ./packages/core/src/stats/quantile.ts
/** Quantiles of a sample: numpy's default ('linear', Hyndman–Fan type 7) and the percentile interval. */
/** Quantile `q` (0–1) of a sorted sample, numpy's default ('linear', type 7); NaN for an empty sample. */
function quantileSorted(sorted, q) {
    const n = sorted.length;
    if (n === 0)
        return Number.NaN;
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.min(lo + 1, n - 1);
    const frac = pos - lo;
    const a = sorted[lo];
    const b = sorted[hi];
    return frac === 0 ? a : a + (b - a) * frac;
}
/**
 * Central percentile interval at `confidence` of the finite values (non-finite ones are dropped); undefined
 * with fewer than 10 finite values.
 */
function quantile_percentileInterval(values, confidence) {
    const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
    if (finite.length < 10)
        return undefined;
    const a = (1 - confidence) / 2;
    return [quantileSorted(finite, a), quantileSorted(finite, 1 - a)];
}

;// CONCATENATED MODULE: ./packages/core/src/stats/ranks.ts
/** Ranks of a sample. */
/** Midranks (average ranks of ties), 1-based, as scipy's `rankdata`. */
function midranks(values) {
    const n = values.length;
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b]);
    const out = new Float64Array(n);
    let i = 0;
    while (i < n) {
        let j = i;
        while (j + 1 < n && values[order[j + 1]] === values[order[i]])
            j += 1;
        const rank = (i + j) / 2 + 1;
        for (let k = i; k <= j; k++)
            out[order[k]] = rank;
        i = j + 1;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/stats/bootstrap.ts
/** Bootstrap resampling as counts, with core's seeded `Rng`: same seed and stream → same resamples everywhere. */


/** A bootstrap resample as counts: row i is drawn `w[i]` times out of n draws. */
function resampleCounts(rng, n, out = new Float64Array(n)) {
    out.fill(0);
    for (let j = 0; j < n; j++)
        out[rng.int(n)] += 1;
    return out;
}
/**
 * Percentile bootstrap of `stat(weights)` over `resamples` resamples of n rows (stream `stream` of the seed).
 * Returns the interval and how many resamples gave a defined value.
 */
function bootstrap(n, settings, stream, stat) {
    const rng = new Rng(settings.seed, stream);
    const w = new Float64Array(n);
    const values = [];
    for (let b = 0; b < settings.resamples; b++) {
        resampleCounts(rng, n, w);
        values.push(stat(w));
    }
    const ci = percentileInterval(values, settings.confidence);
    return { ...(ci ? { ci } : {}), valid: values.filter(Number.isFinite).length };
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
/** @ml-gates/core: everything gates and hosts share, without `@actions/*` (see `@ml-gates/core/github`). */

















































/***/ }),

/***/ 65013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   At: () => (/* binding */ describeSkipped),
/* harmony export */   C0: () => (/* binding */ collectFiles),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   T3: () => (/* binding */ toReportPath),
/* harmony export */   j5: () => (/* binding */ scopeFromConfig),
/* harmony export */   qA: () => (/* binding */ walkScope)
/* harmony export */ });
/* unused harmony exports BUILD_CACHE_DIRS, readGitIndex, countSkipped */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58272);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ignore__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);





/** A path relative to `root` with `/` separators, as written in reports. */
function toReportPath(root, path) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, path);
    return (rel === '' ? '.' : rel).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/**
 * SHA-256 of a file, streamed through two reused 4 MiB buffers: the next read runs on libuv's thread pool
 * while this one is hashed, and hashing a 5 GB checkpoint allocates 8 MiB, not 5 GB of short-lived chunks.
 */
async function sha256File(path, signal) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    const size = 4 << 20;
    const bufs = [Buffer.allocUnsafe(size), Buffer.allocUnsafe(size)];
    let pending = fh.read(bufs[0], 0, size, 0);
    try {
        let pos = 0;
        for (let i = 0;; i ^= 1) {
            const { bytesRead } = await pending;
            if (bytesRead === 0)
                break;
            signal?.throwIfAborted();
            pos += bytesRead;
            pending = fh.read(bufs[i ^ 1], 0, size, pos);
            hash.update(bufs[i].subarray(0, bytesRead));
        }
    }
    finally {
        // eslint-disable-next-line no-restricted-syntax -- waits for a read still in flight before closing; the error that ended the hash is already being thrown
        await pending.catch(() => undefined);
        await fh.close();
    }
    return hash.digest('hex');
}
/** Folders that hold build and tool caches, never the user's own files. */
const BUILD_CACHE_DIRS = [
    '.cache',
    '.eggs',
    '.gradle',
    '.hypothesis',
    '.ipynb_checkpoints',
    '.mypy_cache',
    '.next',
    '.nox',
    '.parcel-cache',
    '.pytest_cache',
    '.ruff_cache',
    '.terraform',
    '.tox',
    '.turbo',
];
const BUILD_CACHE = new Set(BUILD_CACHE_DIRS);
function skipByName(name) {
    if (name === 'node_modules')
        return { reason: 'node_modules', detail: 'node_modules' };
    if (name === '__pycache__')
        return { reason: 'pycache', detail: '__pycache__' };
    if (BUILD_CACHE.has(name))
        return { reason: 'build-cache', detail: name };
    return undefined;
}
/** A folder is a Python environment when it holds `pyvenv.cfg` (venv, virtualenv, uv) or `conda-meta/`. */
function virtualenvMarker(entries) {
    for (const e of entries) {
        if (e.name === 'pyvenv.cfg')
            return 'pyvenv.cfg';
        if (e.name === 'conda-meta' && e.isDirectory())
            return 'conda-meta/';
    }
    return undefined;
}
/** The git work tree containing `dir` (a real path), found by walking up to a `.git` folder or file. */
async function findGitRepo(dir) {
    for (let d = dir;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(d)) {
        const dotGit = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, '.git');
        // eslint-disable-next-line no-restricted-syntax -- no .git here: keep looking upwards; not finding a repository only means .gitignore is not applied (scans more)
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(dotGit).catch(() => undefined);
        if (st?.isDirectory())
            return { root: d, gitDir: dotGit, commonDir: dotGit };
        if (st?.isFile()) {
            // A worktree or submodule: "gitdir: <path>", and the shared folder named by its `commondir` file.
            // eslint-disable-next-line no-restricted-syntax -- an unreadable .git file is no repository: .gitignore is not applied, the walk scans more
            const m = /^gitdir:\s*(.+?)\s*$/m.exec(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(dotGit, 'utf8').catch(() => ''));
            if (!m)
                return undefined;
            const gitDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(d, m[1]);
            // eslint-disable-next-line no-restricted-syntax -- no commondir file: an ordinary worktree, whose gitdir is the common folder
            const common = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'commondir'), 'utf8').catch(() => '')).trim();
            return { root: d, gitDir, commonDir: common ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(gitDir, common) : gitDir };
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(d) === d)
            return undefined;
    }
}
/**
 * The paths git tracks, read from the index file (versions 2-4), relative to the work tree root. Tracked
 * files are the user's whatever `.gitignore` says (git itself ignores `.gitignore` for them), so a committed
 * file can never be hidden from a gate by adding it to `.gitignore`. `undefined` when the index cannot be
 * read or parsed (a missing index is an empty one); the caller then does not apply `.gitignore` at all (fail
 * closed: scan more, not less).
 */
async function readGitIndex(gitDir) {
    let buf;
    try {
        buf = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'index'));
    }
    catch (error) {
        // No index yet (a new repository, nothing added): git tracks nothing.
        return error.code === 'ENOENT' ? new Set() : undefined;
    }
    if (buf.length < 12 || buf.toString('latin1', 0, 4) !== 'DIRC')
        return undefined;
    const version = buf.readUInt32BE(4);
    if (version < 2 || version > 4)
        return undefined;
    const count = buf.readUInt32BE(8);
    // eslint-disable-next-line no-restricted-syntax -- no readable git config means the default (SHA-1) index; a wrong guess fails the index parse and disables .gitignore (scans more)
    const config = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(gitDir, 'config'), 'utf8').catch(() => '');
    const hashLen = /^\s*objectformat\s*=\s*sha256\s*$/im.test(config) ? 32 : 20;
    const paths = new Set();
    let pos = 12;
    let previous = Buffer.alloc(0);
    for (let i = 0; i < count; i++) {
        const start = pos;
        const fixed = 40 + hashLen;
        if (pos + fixed + 2 > buf.length)
            return undefined;
        const flags = buf.readUInt16BE(pos + fixed);
        pos += fixed + 2;
        if (version >= 3 && flags & 0x4000)
            pos += 2;
        let name;
        if (version === 4) {
            // Prefix compression: a varint of bytes to drop from the previous path, then the rest, NUL-terminated.
            let strip = 0;
            let byte;
            do {
                if (pos >= buf.length)
                    return undefined;
                byte = buf[pos++];
                strip = (strip << 7) | (byte & 0x7f);
                if (byte & 0x80)
                    strip += 1;
            } while (byte & 0x80);
            const end = buf.indexOf(0, pos);
            if (end < 0 || strip > previous.length)
                return undefined;
            name = Buffer.concat([previous.subarray(0, previous.length - strip), buf.subarray(pos, end)]);
            pos = end + 1;
        }
        else {
            const end = buf.indexOf(0, pos);
            if (end < 0)
                return undefined;
            name = buf.subarray(pos, end);
            // Entries are padded with 1-8 NULs to a multiple of 8 bytes.
            pos = start + Math.ceil((end + 1 - start) / 8) * 8;
        }
        previous = name;
        paths.add(name.toString('utf8'));
    }
    return paths;
}
async function loadIgnoreFile(file, label, base) {
    // eslint-disable-next-line no-restricted-syntax -- an unreadable ignore file adds no rules: the walk scans more, never less
    const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8').catch(() => undefined);
    if (text === undefined)
        return undefined;
    const ig = ignore__WEBPACK_IMPORTED_MODULE_3___default()();
    text.split('\n').forEach((line, i) => {
        const pattern = line.replace(/\r$/, '');
        if (pattern.trim() !== '' && !pattern.startsWith('#'))
            ig.add({ pattern, mark: `${label}:${i + 1}` });
    });
    return { base, ig };
}
/**
 * Applies the rules of several levels as git does: `info/exclude` first, then `.gitignore` files from the
 * outermost folder inward, the last matching rule deciding (so a deeper `!pattern` re-includes).
 */
function gitignored(levels, abs, isDir) {
    let rule;
    for (const { base, ig } of levels) {
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(base, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        if (rel === '' || rel.startsWith('..'))
            continue;
        const r = ig.test(isDir ? `${rel}/` : rel);
        if (r.ignored)
            rule = `${r.rule?.mark ?? 'ignore'} ${r.rule?.pattern ?? ''}`.trim();
        else if (r.unignored)
            rule = undefined;
    }
    return rule;
}
/** A non-glob pattern naming the walk root itself (`.`, `./`, ``, or its absolute path). */
function namesRoot(root, pattern) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, pattern) === (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root);
}
/** True when nothing exists at `abs` (ENOENT/ENOTDIR); other errors are left to the walk to report. */
async function isMissing(abs) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
        return false;
    }
    catch (error) {
        const code = error.code;
        return code === 'ENOENT' || code === 'ENOTDIR';
    }
}
async function gitContext(rootReal, fromReal, scope) {
    const repo = scope.gitignore === false ? undefined : await findGitRepo(rootReal);
    const tracked = repo ? await readGitIndex(repo.gitDir) : undefined;
    const trackedDirs = new Set();
    for (const p of tracked ?? []) {
        for (let i = p.indexOf('/'); i >= 0; i = p.indexOf('/', i + 1))
            trackedDirs.add(p.slice(0, i));
    }
    // `.gitignore` applies only when we know what git tracks (otherwise a committed file could be hidden).
    const rootLevels = [];
    if (repo && tracked) {
        const info = await loadIgnoreFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(repo.commonDir, 'info', 'exclude'), '.git/info/exclude', fromReal(repo.root));
        if (info)
            rootLevels.push(info);
        // The .gitignore files of the folders between the work tree root and the walk root.
        const chain = [];
        for (let d = rootReal; isWithin(repo.root, d); d = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(d)) {
            chain.unshift(d);
            if (d === repo.root)
                break;
        }
        for (const d of chain) {
            const level = await loadIgnoreFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, '.gitignore'), toReportPath(rootReal, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d, '.gitignore')), fromReal(d));
            if (level)
                rootLevels.push(level);
        }
    }
    return { ...(repo ? { repo } : {}), ...(tracked ? { tracked } : {}), trackedDirs, rootLevels };
}
const GLOB_OPTS = { dot: true };
/** One walk of `collectFiles`: what it found so far, and the scope rules it applies. */
class Walk {
    root;
    rootAbs;
    rootReal;
    scope;
    git;
    files = new Map();
    problems = [];
    skipped = new Map();
    seenDirs = new Set();
    excludes;
    includes;
    reportDir;
    constructor(root, rootAbs, rootReal, scope, git) {
        this.root = root;
        this.rootAbs = rootAbs;
        this.rootReal = rootReal;
        this.scope = scope;
        this.git = git;
        this.excludes = (scope.exclude ?? []).map((g) => ({ glob: g, match: picomatch__WEBPACK_IMPORTED_MODULE_4___default()(g, GLOB_OPTS) }));
        this.includes = (scope.include ?? []).map((g) => picomatch__WEBPACK_IMPORTED_MODULE_4___default()(g, GLOB_OPTS));
        this.reportDir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(rootAbs, scope.reportDir ?? '.ml-gates');
    }
    static async open(root, scope) {
        const rootAbs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root);
        const rootReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(rootAbs);
        const fromReal = (real) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(rootAbs, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(rootReal, real));
        return new Walk(root, rootAbs, rootReal, scope, await gitContext(rootReal, fromReal, scope));
    }
    // Walked paths stay under `rootAbs` (what reports show); git and symlink checks use real paths.
    toReal(abs) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.rootReal, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.rootAbs, abs));
    }
    inside(p) {
        return p === this.rootReal || p.startsWith(this.rootReal + node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
    }
    isReportDir(abs) {
        return abs === this.reportDir || this.toReal(abs) === this.reportDir;
    }
    isTracked(abs, isDir) {
        const { repo, tracked, trackedDirs } = this.git;
        if (tracked === undefined || repo === undefined)
            return false;
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(repo.root, this.toReal(abs)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
        return isDir ? trackedDirs.has(rel) : tracked.has(rel);
    }
    skip(abs, kind, reason, detail) {
        const relPath = toReportPath(this.rootAbs, abs) + (kind === 'dir' ? '/' : '');
        if (!this.skipped.has(relPath))
            this.skipped.set(relPath, { relPath, kind, reason, detail });
    }
    /** Out-of-scope reason for an entry of the default scope, or undefined. */
    outOfScope(abs, name, isDir, scoped) {
        const rel = toReportPath(this.rootAbs, abs);
        for (const e of this.excludes) {
            if (e.match(rel) || (isDir && e.match(`${rel}/`)))
                return { reason: 'exclude', detail: e.glob };
        }
        if (!isDir && this.includes.length > 0 && !this.includes.some((m) => m(rel))) {
            return { reason: 'not-included', detail: (this.scope.include ?? []).join(', ') };
        }
        if (isDir && this.isReportDir(abs))
            return { reason: 'report-dir', detail: 'our report folder' };
        if (this.isTracked(abs, isDir))
            return undefined;
        if (scoped.untrackedOnly)
            return scoped.untrackedOnly;
        const byName = isDir ? skipByName(name) : undefined;
        if (byName)
            return byName;
        const rule = scoped.levels.length > 0 ? gitignored(scoped.levels, abs, isDir) : undefined;
        if (rule)
            return { reason: 'gitignore', detail: rule };
        return undefined;
    }
    /** lstat, following a symlink only while it stays inside the root; `undefined` (problem recorded) otherwise. */
    async resolveEntry(abs, relPath) {
        let st;
        try {
            st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
        }
        catch (error) {
            this.problems.push({ relPath, problem: 'unreadable', detail: error.message });
            return undefined;
        }
        if (!st.isSymbolicLink())
            return { st, real: abs };
        let real;
        try {
            real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(abs);
        }
        catch (error) {
            this.problems.push({ relPath, problem: 'unreadable', detail: `broken symlink: ${error.message}` });
            return undefined;
        }
        if (!this.inside(real)) {
            this.problems.push({ relPath, problem: 'symlink-outside-root', detail: `points outside the scanned tree` });
            return undefined;
        }
        return { st: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(real), real };
    }
    /** Walks a file or folder; `scoped` applies the default scope below it (undefined: walked whole). */
    async visit(abs, depth, scoped) {
        const relPath = toReportPath(this.root, abs);
        const entry = await this.resolveEntry(abs, relPath);
        if (!entry)
            return;
        const { st, real } = entry;
        if (st.isDirectory()) {
            await this.visitDir(abs, real, relPath, depth, scoped);
        }
        else if (st.isFile()) {
            const fileReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(real);
            if (!this.files.has(fileReal))
                this.files.set(fileReal, { path: abs, relPath, size: st.size });
        }
    }
    /** The scope below a folder: a Python environment keeps only tracked files; its `.gitignore` adds rules. */
    async innerScope(abs, real, entries, depth, scoped) {
        let inner = scoped;
        if (scoped && depth > 0) {
            // A Python environment is recognised by what it holds; only its tracked files stay in scope.
            const marker = virtualenvMarker(entries);
            if (marker && !scoped.untrackedOnly) {
                const why = { reason: 'virtualenv', detail: marker };
                if (!this.isTracked(abs, true)) {
                    this.skip(abs, 'dir', why.reason, why.detail);
                    return 'skip';
                }
                inner = { ...scoped, untrackedOnly: why };
            }
        }
        if (inner && this.git.tracked && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
            const label = `${toReportPath(this.rootAbs, abs)}/.gitignore`;
            const level = await loadIgnoreFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(real, '.gitignore'), label, abs);
            if (level)
                inner = { ...inner, levels: [...inner.levels, level] };
        }
        return inner;
    }
    async visitDir(abs, real, relPath, depth, scoped) {
        if (depth > 64)
            return;
        const dirReal = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(real);
        if (this.seenDirs.has(dirReal))
            return;
        this.seenDirs.add(dirReal);
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(real, { withFileTypes: true });
        }
        catch (error) {
            this.problems.push({ relPath, problem: 'unreadable', detail: error.message });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const inner = await this.innerScope(abs, real, entries, depth, scoped);
        if (inner === 'skip')
            return;
        for (const e of entries)
            await this.visitChild((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(abs, e.name), e, depth, inner);
    }
    async visitChild(child, e, depth, inner) {
        if (e.name === '.git') {
            if (inner)
                this.skip(child, e.isDirectory() ? 'dir' : 'file', 'vcs', '.git');
            return;
        }
        if (!inner) {
            await this.visit(child, depth + 1, undefined);
            return;
        }
        let isDir = e.isDirectory();
        if (e.isSymbolicLink())
            isDir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(child).then((s) => s.isDirectory(), 
            // eslint-disable-next-line no-restricted-syntax -- a symlink whose target cannot be stat'ed is walked as a file, and reading it reports the problem
            () => false);
        const why = this.outOfScope(child, e.name, isDir, inner);
        if (why) {
            this.skip(child, isDir ? 'dir' : 'file', why.reason, why.detail);
            return;
        }
        // A skipped-by-name folder that holds tracked files: enter it for those only.
        const byName = isDir && !inner.untrackedOnly ? skipByName(e.name) : undefined;
        const reportFolder = isDir && this.isReportDir(child);
        await this.visit(child, depth + 1, byName && !reportFolder ? { ...inner, untrackedOnly: byName } : inner);
    }
    /** Walks the root in the default scope, unless the rules would leave the root itself out. */
    async visitRoot() {
        const { rootLevels } = this.git;
        const rootOut = this.scope.whole === true ||
            skipByName(this.rootReal.slice(this.rootReal.lastIndexOf(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) + 1)) !== undefined ||
            (rootLevels.length > 0 &&
                !this.isTracked(this.rootAbs, true) &&
                gitignored(rootLevels, this.rootAbs, true) !== undefined);
        await this.visit(this.rootAbs, 0, rootOut ? undefined : { levels: rootLevels });
    }
    /** Adds what a glob matches: the files under its fixed folder (walked as that folder would be) that match it. */
    async addGlob(pattern) {
        const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern);
        const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(pattern, GLOB_OPTS);
        const base = scan.base === '' ? '.' : scan.base;
        // A glob whose fixed folder does not exist matches nothing: that is "nothing matched" (the gate says so),
        // not an unreadable path. Any other failure to look is still a problem.
        if (await isMissing((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(this.rootAbs, base)))
            return;
        const sub = namesRoot(this.root, base)
            ? await collectFiles(this.root, ['.'], this.scope)
            : await collectFiles(this.root, [base], this.scope);
        this.problems.push(...sub.problems);
        for (const s of sub.skipped)
            if (!this.skipped.has(s.relPath))
                this.skipped.set(s.relPath, s);
        for (const f of sub.files)
            if (isMatch(f.relPath) && !this.files.has(f.path))
                this.files.set(f.path, f);
    }
    result() {
        return {
            files: [...this.files.values()].sort((a, b) => a.relPath.localeCompare(b.relPath)),
            problems: this.problems,
            skipped: [...this.skipped.values()].sort((a, b) => a.relPath.localeCompare(b.relPath)),
        };
    }
}
/**
 * Expands files, directories and globs (relative to `root`) into regular files.
 *
 * **Scope.** What the walker discovers from the workspace root (the pattern `.`, or a glob with no folder
 * part such as `**\/*.pt`) is the user's own files: it does not enter `.git`, `node_modules`, Python
 * environments (folders with `pyvenv.cfg` or `conda-meta/`), `__pycache__`, build caches
 * ({@link BUILD_CACHE_DIRS}) or our report folder, and inside a git work tree it leaves out untracked paths
 * that `.gitignore` files (nested ones too) or `.git/info/exclude` ignore. Files git tracks are always in
 * scope, even inside those folders or when `.gitignore` matches them, so a committed file cannot be hidden.
 * `scope.exclude` globs remove paths and `scope.include` globs, when set, keep only matching files. Every
 * path left out is returned in `skipped` with its reason.
 *
 * **Named paths are scanned whole.** A file, or a folder other than the root (also the folder part of a glob,
 * `models/**\/*.pt`), is what the user asked for: none of the rules above apply to it or below it, except
 * that `.git` folders are never entered. So is the root itself when the rules would leave it out (a
 * gitignored DVC output folder walked as the root).
 *
 * **Symlinks** are followed only while their target stays inside `root`; those that leave it are reported in
 * `problems`, never followed. A folder reached twice (through a link) is walked once; a file reached twice is
 * listed once.
 */
async function collectFiles(root, patterns, scope = {}) {
    const walk = await Walk.open(root, scope);
    for (const pattern of patterns) {
        if (picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern).isGlob)
            await walk.addGlob(pattern);
        else if (namesRoot(root, pattern))
            await walk.visitRoot();
        else
            await walk.visit((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(walk.rootAbs, pattern), 0, undefined);
    }
    return walk.result();
}
function isWithin(parent, child) {
    return child === parent || child.startsWith(parent + node_path__WEBPACK_IMPORTED_MODULE_2__.sep);
}
const REASON_TEXT = {
    vcs: 'git metadata',
    node_modules: 'node_modules',
    virtualenv: 'Python environment',
    pycache: '__pycache__',
    'build-cache': 'build cache',
    'report-dir': 'ml-gates report folder',
    gitignore: '.gitignore',
    exclude: 'exclude glob',
    'not-included': 'not matched by include',
};
/** Counts of skipped folders and files by reason, for reports. */
function countSkipped(skipped) {
    const byReason = {};
    let folders = 0;
    let fileCount = 0;
    for (const s of skipped) {
        const c = (byReason[s.reason] ??= { folders: 0, files: 0 });
        if (s.kind === 'dir') {
            c.folders++;
            folders++;
        }
        else {
            c.files++;
            fileCount++;
        }
    }
    return { folders, files: fileCount, byReason };
}
/**
 * One line saying what the default scope left out, e.g. `out of scope: 2 folders, 3 files (Python
 * environment: 1 folder; .gitignore: 1 folder, 3 files)`; `undefined` when nothing was skipped. `.git` is
 * not counted (nobody expects it scanned).
 */
function describeSkipped(skipped) {
    const counted = skipped.filter((s) => s.reason !== 'vcs');
    if (counted.length === 0)
        return undefined;
    const n = (k, w) => `${k} ${w}${k === 1 ? '' : 's'}`;
    const both = (c) => [c.folders ? n(c.folders, 'folder') : '', c.files ? n(c.files, 'file') : ''].filter(Boolean).join(', ');
    const { byReason, ...total } = countSkipped(counted);
    const parts = Object.keys(REASON_TEXT)
        .filter((r) => byReason[r])
        .map((r) => `${REASON_TEXT[r]}: ${both(byReason[r])}`);
    return `out of scope: ${both(total)} (${parts.join('; ')})`;
}
/**
 * The walk scope a host put in a gate's services (`services.scope`, from `ml-gates.yml`'s top-level
 * `include`/`exclude` and the action inputs), with the host's report folder (`services.reportDir`).
 */
function walkScope(services) {
    const s = services?.scope ?? {};
    const reportDir = services?.reportDir ?? s.reportDir;
    return { ...s, ...(reportDir ? { reportDir } : {}) };
}
/** The scope from a config's top-level `include`/`exclude` (validated by the config schema). */
function scopeFromConfig(config) {
    const list = (v) => Array.isArray(v) && v.length > 0 ? v.filter((x) => typeof x === 'string') : undefined;
    const include = list(config.include);
    const exclude = list(config.exclude);
    return { ...(include ? { include } : {}), ...(exclude ? { exclude } : {}) };
}


/***/ }),

/***/ 88315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VO: () => (/* binding */ streamLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger)
/* harmony export */ });
/* unused harmony export memoryLogger */
/** A logger that drops everything; for tests and library use. */
const silentLogger = {
    debug: () => { },
    info: () => { },
    warning: () => { },
    error: () => { },
    group: (_title, fn) => fn(),
};
/** A logger that keeps every line, for tests that assert on what was logged. */
function memoryLogger() {
    const lines = [];
    return {
        lines,
        debug: (m) => lines.push(`debug: ${m}`),
        info: (m) => lines.push(`info: ${m}`),
        warning: (m) => lines.push(`warning: ${m}`),
        error: (m) => lines.push(`error: ${m}`),
        group: async (title, fn) => {
            lines.push(`group: ${title}`);
            return fn();
        },
    };
}
/** Plain logger writing to a stream (stderr for the CLI, so stdout stays clean for reports). */
function streamLogger(write, verbose = false) {
    return {
        debug: (m) => {
            if (verbose)
                write(`debug: ${m}`);
        },
        info: (m) => write(m),
        warning: (m) => write(`warning: ${m}`),
        error: (m) => write(`error: ${m}`),
        group: async (title, fn) => {
            write(`${title}`);
            return fn();
        },
    };
}


/***/ }),

/***/ 39432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ judgeCheck),
/* harmony export */   RM: () => (/* binding */ resolveCheck),
/* harmony export */   VQ: () => (/* binding */ DEFAULT_FAIL_ON)
/* harmony export */ });
/* unused harmony export countBySeverity */
/* harmony import */ var _config_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42940);
/* harmony import */ var _result_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69802);
/* harmony import */ var _severity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11393);



const DEFAULT_FAIL_ON = 'high';
/**
 * Resolves a check's mode, `fail-on` and options from the gate section, the config defaults and the gate's
 * own defaults. The options are what the config says over the defaults of `CheckSpec.optionsSchema` (the
 * only place check option defaults are written), also when the check is not configured or given as a mode.
 */
function resolveCheck(spec, section, gateFailOn) {
    const setting = spec ? section.checks?.[spec.id] : undefined;
    const defaultMode = spec?.defaultMode ?? 'block';
    const fill = (given) => (0,_config_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .withSchemaDefaults */ .A)(spec?.optionsSchema ?? {}, given);
    if (setting === undefined)
        return { mode: defaultMode, failOn: gateFailOn, options: fill({}) };
    if (typeof setting === 'string')
        return { mode: setting, failOn: gateFailOn, options: fill({}) };
    const { mode, 'fail-on': failOn, ...options } = setting;
    return { mode: mode ?? defaultMode, failOn: failOn ?? gateFailOn, options: fill(options) };
}
/** Counts of unwaived findings by severity, most severe first, e.g. `2 critical, 1 medium`. */
function countBySeverity(findings) {
    const counts = _result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.map((s) => [s, findings.filter((f) => f.severity === s && !f.waived).length])
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${n} ${s}`);
    const waived = findings.filter((f) => f.waived).length;
    if (waived > 0)
        counts.push(`${waived} waived`);
    return counts.join(', ');
}
/**
 * Judges one check: its unwaived findings at or above `fail-on` and an `outcome: 'fail'` fail it, other
 * unwaived findings (not `info`) and `outcome: 'warn'` warn, `outcome: 'error'` and `'not-run'` are errors
 * (a check that was enabled but did not run is never a pass). Then the mode:
 * `warn` turns fail and error into warn (still reported), `off` skips.
 */
function judgeCheck(output, resolved) {
    const findings = [...(output.findings ?? [])].sort(_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .bySeverity */ .Np);
    const metrics = output.metrics ?? [];
    const open = findings.filter((f) => !f.waived);
    const blocking = open.filter((f) => (0,_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .atLeast */ .jZ)(f.severity, resolved.failOn));
    let raw;
    if (blocking.length > 0 || output.outcome === 'fail')
        raw = 'fail';
    else if (output.outcome === 'error' || output.outcome === 'not-run')
        raw = 'error';
    else if (open.some((f) => f.severity !== 'info') || output.outcome === 'warn')
        raw = 'warn';
    else
        raw = 'pass';
    let verdict = raw;
    let note = '';
    if (resolved.mode === 'off') {
        verdict = 'skipped';
        note = ' (check is off)';
    }
    else if (resolved.mode === 'warn' && (raw === 'fail' || raw === 'error')) {
        verdict = 'warn';
        note = ` (would ${raw === 'fail' ? 'fail' : 'error'}; mode is warn)`;
    }
    const counted = countBySeverity(findings);
    const notRunSummary = output.outcome === 'not-run' ? `not run: ${output.notRun ?? 'no reason given'}` : undefined;
    const summary = (output.summary ??
        notRunSummary ??
        (findings.length > 0 ? `${counted}` : verdict === 'pass' ? 'passed' : verdict)) + note;
    return {
        id: output.id,
        title: output.title,
        mode: resolved.mode,
        verdict,
        summary,
        findings,
        metrics,
        ...(output.durationMs === undefined ? {} : { durationMs: output.durationMs }),
        ...(output.outcome === 'not-run' ? { notRun: output.notRun ?? 'no reason given' } : {}),
        ...(output.charts === undefined ? {} : { charts: output.charts }),
        ...(output.artifacts === undefined ? {} : { artifacts: output.artifacts }),
        ...(output.details === undefined ? {} : { details: output.details }),
    };
}


/***/ }),

/***/ 11393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ bySeverity),
/* harmony export */   jZ: () => (/* binding */ atLeast),
/* harmony export */   zP: () => (/* binding */ worstVerdict)
/* harmony export */ });
/* unused harmony export severityRank */
/* harmony import */ var _result_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69802);

/** Higher is more severe: critical 4 ... info 0. */
function severityRank(s) {
    return _result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.length - 1 - _result_types_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITIES */ .oC.indexOf(s);
}
/** Whether `s` is at least as severe as `threshold`. */
function atLeast(s, threshold) {
    return severityRank(s) >= severityRank(threshold);
}
/** Sorts most severe first (stable). */
function bySeverity(a, b) {
    return severityRank(b.severity) - severityRank(a.severity);
}
const VERDICT_ORDER = { skipped: 0, pass: 1, warn: 2, error: 3, fail: 4 };
/**
 * The worse of two verdicts for combining checks into a gate: fail > error > warn > pass > skipped.
 * A blocking failure outranks an error, so findings are reported first ("findings first").
 */
function worstVerdict(verdicts) {
    let worst = 'skipped';
    for (const v of verdicts)
        if (VERDICT_ORDER[v] > VERDICT_ORDER[worst])
            worst = v;
    return worst;
}


/***/ }),

/***/ 12613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LR: () => (/* binding */ JUDGED_RESULTS),
/* harmony export */   m_: () => (/* binding */ GATE_REGISTRY)
/* harmony export */ });
/* unused harmony exports EXTRA_BUNDLES, bundleEntries */
/** Every gate, in the order they run and appear in reports. */
const GATE_REGISTRY = [
    {
        name: 'data-gate',
        title: 'Data gate',
        action: 'data-gate',
        entry: 'actions/data-gate/index.ts',
        package: '@ml-gates/data-gate',
    },
    {
        name: 'model-scan',
        title: 'Model scan',
        action: 'model-scan',
        entry: 'actions/model-scan/index.ts',
        package: '@ml-gates/model-scan',
    },
    {
        name: 'adversarial-gate',
        title: 'Adversarial gate',
        action: 'adversarial-gate',
        entry: 'actions/adversarial-gate/index.ts',
        package: '@ml-gates/adversarial-gate',
    },
    {
        name: 'performance-gate',
        title: 'Performance gate',
        action: 'performance-gate',
        entry: 'actions/performance-gate/index.ts',
        package: '@ml-gates/performance-gate',
    },
    {
        name: 'approval-gate',
        title: 'Approval gate',
        action: 'approval-gate',
        entry: 'actions/approval-gate/index.ts',
        package: '@ml-gates/approval-gate',
    },
];
/**
 * Results that are not a gate's but are judged, reported and published like one: `policy`, the config's CEL
 * rules over every gate's result (packages/promotion).
 */
const JUDGED_RESULTS = ['policy'];
/**
 * Bundles besides the gates' own: the all-in-one action (root action.yml), the deploy-time `verify` action
 * (verify/action.yml) and the CLI.
 */
const EXTRA_BUNDLES = {
    'ml-gates': 'actions/ml-gates/index.ts',
    verify: 'actions/verify/index.ts',
    cli: 'packages/cli/src/bin.ts',
};
/** Every bundle built to `dist/<name>/index.js`, with its entry source. */
function bundleEntries() {
    return { ...Object.fromEntries(GATE_REGISTRY.map((g) => [g.name, g.entry])), ...EXTRA_BUNDLES };
}


/***/ }),

/***/ 21313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   X: () => (/* binding */ escapeXml),
/* harmony export */   aY: () => (/* binding */ code)
/* harmony export */ });
/**
 * The one escaping module of the project. Everything that reaches Markdown, HTML or XML and could come
 * from a user or an artifact (file names, column names and values, PR titles, finding messages) goes
 * through `escapeMarkdown` / `escapeXml` here.
 */
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '@': '&#64;',
};
// Control characters and invisible formatting (bidi overrides, zero-width) that could disguise text.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
// Characters with Markdown meaning that a backslash neutralises (CommonMark "ASCII punctuation").
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!~:.=^$%?,;/]/g;
/**
 * Makes untrusted text inert in GitHub-flavoured Markdown, including inside table cells and `<details>`:
 * no link, image, HTML tag, mention (`@user`), autolink, emphasis or cell break can be formed, and line
 * breaks become spaces. Control and invisible formatting characters are shown as `\u{...}`.
 */
function escapeMarkdown(text, maxLength = 500) {
    let s = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
    s = s.replace(/\r\n?|\n/g, ' ');
    s = s.replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
    s = s.replace(/[&<>"'|@]/g, (c) => HTML_ENTITIES[c]);
    s = s.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
    return s;
}
/** Untrusted text shown as code: escaped like any other text, in a `<code>` element. */
function code(text, maxLength = 200) {
    return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}
/** Escapes text for XML element content and attribute values (JUnit). Drops characters XML 1.0 forbids. */
function escapeXml(text) {
    return (text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;'));
}
/**
 * A GFM table. Cells must already be escaped (use `escapeMarkdown`/`code` for untrusted text); a cell
 * containing a raw `|` or newline is a bug and throws.
 */
function markdownTable(headers, rows) {
    const line = (cells) => {
        for (const c of cells) {
            if (/(^|[^\\])\||\n/.test(c))
                throw new Error(`markdownTable: unescaped cell ${JSON.stringify(c)}`);
        }
        return `| ${cells.join(' | ')} |`;
    };
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}


/***/ }),

/***/ 96665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Se: () => (/* binding */ notRunText),
/* harmony export */   YY: () => (/* binding */ VERDICT_ICON),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   dO: () => (/* binding */ checkStatus),
/* harmony export */   fS: () => (/* binding */ metricAgainstThreshold),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   tO: () => (/* binding */ errorsBesideChecks),
/* harmony export */   vy: () => (/* binding */ formatInterval)
/* harmony export */ });
const VERDICT_ICON = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    error: '🛑',
    skipped: '⏭️',
};
/** `path!member:line:col @offset [field]`, the location as one plain string (not escaped). */
function formatLocation(loc) {
    if (!loc)
        return '';
    let s = loc.path;
    if (loc.member !== undefined)
        s += `!${loc.member}`;
    if (loc.line !== undefined)
        s += `:${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`;
    if (loc.offset !== undefined)
        s += ` @${loc.offset}`;
    if (loc.field !== undefined)
        s += ` [${loc.field}]`;
    return s;
}
/** A number for humans: integers as is, others with 4 significant digits. */
function formatNumber(v) {
    if (v === null || v === undefined)
        return '—';
    if (Number.isNaN(v))
        return 'NaN';
    if (!Number.isFinite(v))
        return v > 0 ? '∞' : '−∞';
    if (Number.isInteger(v))
        return String(v);
    const abs = Math.abs(v);
    if (abs !== 0 && (abs < 1e-3 || abs >= 1e6))
        return v.toExponential(3);
    return String(Number(v.toPrecision(4)));
}
function formatInterval(ci) {
    return ci ? `[${formatNumber(ci[0])}, ${formatNumber(ci[1])}]` : '—';
}
/**
 * How a check's status is named in every report: `not run` for an enabled check that could not run (its
 * verdict, error or warn, says how it was judged), `off` for a check switched off, else the verdict.
 */
function checkStatus(check) {
    if (check.notRun !== undefined)
        return 'not run';
    if (check.verdict === 'skipped' && check.mode === 'off')
        return 'off';
    return check.verdict;
}
/** `not run: <reason>`, the line every report shows for a check that did not run (plain text, not escaped). */
function notRunText(check) {
    if (check.notRun === undefined)
        return '';
    const judged = check.verdict === 'error' ? 'judged error' : `judged ${check.verdict} (mode ${check.mode})`;
    return `not run: ${check.notRun} — ${judged}`;
}
/** A metric against its bar, e.g. `0.91 vs threshold 0.85 (baseline 0.9, ci [0.88, 0.93])`; plain text. */
function metricAgainstThreshold(m) {
    const extra = [];
    if (m.baseline !== undefined)
        extra.push(`baseline ${formatNumber(m.baseline)}`);
    if (m.ci)
        extra.push(`ci ${formatInterval(m.ci)}`);
    const bar = m.threshold !== undefined ? ` vs threshold ${formatNumber(m.threshold)}` : ' (no threshold)';
    return `${formatNumber(m.value)}${m.unit ? ` ${m.unit}` : ''}${bar}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
}
/**
 * The errors of a result that no check row already shows: the engine lists every erroring check in
 * `errors` as `<id>: <summary>` (for consumers of the JSON), which reports that list checks need not repeat.
 */
function errorsBesideChecks(result) {
    const shown = new Set(result.checks.map((c) => `${c.id}: ${c.summary}`));
    return result.errors.filter((e) => !shown.has(e));
}


/***/ }),

/***/ 93092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ overallVerdict),
/* harmony export */   ZN: () => (/* binding */ toRunReport),
/* harmony export */   hF: () => (/* binding */ renderJson)
/* harmony export */ });
/* harmony import */ var _policy_severity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11393);
/* harmony import */ var _result_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69802);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8109);



/** The overall verdict of several gates (fail > error > warn > pass > skipped). */
function overallVerdict(results) {
    return (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_0__/* .worstVerdict */ .zP)(results.map((r) => r.verdict));
}
function toRunReport(results) {
    return {
        schemaVersion: _result_types_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_SCHEMA_VERSION */ .WI,
        version: _version_js__WEBPACK_IMPORTED_MODULE_2__/* .ML_GATES_VERSION */ .o,
        verdict: overallVerdict(results),
        results: [...results],
    };
}
function renderJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}


/***/ }),

/***/ 7636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ renderJunit)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21313);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96665);


/** JUnit XML: one test suite per gate, one test case per check (Jenkins, GitLab test reports). */
function renderJunit(results) {
    const suites = results.map((r) => {
        const cases = r.checks.map((c) => {
            const name = `name="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(c.id)}" classname="ml-gates.${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(r.gate)}" time="${((c.durationMs ?? 0) / 1000).toFixed(3)}"`;
            const body = c.findings
                .map((f) => `[${f.severity}${f.waived ? ', waived' : ''}] ${f.ruleId} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(f.location)}: ${f.message}`)
                .join('\n');
            const text = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(`${c.summary}${body ? `\n${body}` : ''}`);
            // An enabled check that did not run: an error in block mode; in warn mode a skipped case whose message
            // says "not run" and why (never the plain "off" of a check switched off).
            if (c.notRun !== undefined) {
                const message = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .notRunText */ .Se)(c));
                return c.verdict === 'error'
                    ? `    <testcase ${name}>\n      <error type="not-run" message="${message}">${message}</error>\n    </testcase>`
                    : `    <testcase ${name}>\n      <skipped message="${message}"/>\n    </testcase>`;
            }
            if (c.verdict === 'fail')
                return `    <testcase ${name}>\n      <failure message="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(c.summary)}">${text}</failure>\n    </testcase>`;
            if (c.verdict === 'error')
                return `    <testcase ${name}>\n      <error message="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(c.summary)}">${text}</error>\n    </testcase>`;
            if (c.verdict === 'skipped')
                return `    <testcase ${name}>\n      <skipped message="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(c.mode === 'off' ? `off: ${c.summary}` : c.summary)}"/>\n    </testcase>`;
            return `    <testcase ${name}>${text ? `\n      <system-out>${text}</system-out>\n    ` : ''}</testcase>`;
        });
        // A gate that could not run at all is one errored test case, so CI systems show it.
        if (r.checks.length === 0 && r.verdict === 'error') {
            cases.push(`    <testcase name="run" classname="ml-gates.${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(r.gate)}">\n      <error message="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(r.headline)}">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(r.errors.join('\n'))}</error>\n    </testcase>`);
        }
        const count = (v) => r.checks.filter((c) => c.verdict === v).length;
        const errors = count('error') + (r.checks.length === 0 && r.verdict === 'error' ? 1 : 0);
        const skipped = count('skipped') + r.checks.filter((c) => c.notRun !== undefined && c.verdict !== 'error').length;
        return (`  <testsuite name="ml-gates.${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(r.gate)}" tests="${cases.length}" failures="${count('fail')}" errors="${errors}" skipped="${skipped}" time="${(r.timings.durationMs / 1000).toFixed(3)}" timestamp="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXml */ .X)(r.timings.startedAt)}">\n` +
            `${cases.join('\n')}\n  </testsuite>`);
    });
    return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ml-gates">\n${suites.join('\n')}\n</testsuites>\n`;
}


/***/ }),

/***/ 25640:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N5: () => (/* binding */ renderGateMarkdown),
  Bh: () => (/* binding */ renderRunMarkdown)
});

// UNUSED EXPORTS: renderGateBody

// EXTERNAL MODULE: ./packages/core/src/report/escape.ts
var report_escape = __webpack_require__(21313);
// EXTERNAL MODULE: ./packages/core/src/report/format.ts
var format = __webpack_require__(96665);
;// CONCATENATED MODULE: ./packages/core/src/result/contracts.ts
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The charts of a check. */
function chartsOf(check) {
    return check.charts ?? [];
}
/** Files a check produced for the record (uploaded with the gate's report). */
function artifactsOf(check) {
    return check.artifacts ?? [];
}
/** Whether a person must act on the result (approval-gate). */
function actionRequiredOf(result) {
    return result.actionRequired === true;
}
/** The commit a gate says it judged, when it worked that out itself. */
function judgedCommitOf(result) {
    const judged = result.judgedCommit;
    return typeof judged === 'string' && /^[0-9a-f]{40}$/.test(judged) ? judged : undefined;
}
/**
 * What a stored copy of the result left out. The stored copy (core/github/stored-result.ts) keeps its wire
 * format, read by other jobs and older versions: `details.omitted`.
 */
function omittedOf(result) {
    const omitted = result.details?.omitted;
    return isRecord(omitted) ? omitted : {};
}

;// CONCATENATED MODULE: ./packages/core/src/report/markdown.ts



function findingsTable(check, max) {
    const shown = check.findings.slice(0, max);
    const rows = shown.map((f) => [
        `${f.waived ? '~~' : ''}${f.severity}${f.waived ? '~~ (waived)' : ''}`,
        (0,report_escape/* code */.aY)(f.ruleId),
        f.location ? (0,report_escape/* code */.aY)((0,format/* formatLocation */.j$)(f.location)) : '',
        (0,report_escape/* escapeMarkdown */.FV)(f.message) +
            (f.waived
                ? ` — waived by ${(0,report_escape/* escapeMarkdown */.FV)(f.waived.owner)} until ${f.waived.expires}: ${(0,report_escape/* escapeMarkdown */.FV)(f.waived.reason)}`
                : ''),
    ]);
    const more = check.findings.length - shown.length;
    return ((0,report_escape/* markdownTable */.Qj)(['Severity', 'Rule', 'Location', 'Finding'], rows) +
        (more > 0 ? `\n\n…and ${more} more finding(s) in the JSON report.` : ''));
}
function metricsTable(check, max) {
    const shown = check.metrics.slice(0, max);
    const rows = shown.map((m) => [
        m.verdict ? format/* VERDICT_ICON */.YY[m.verdict] : '',
        (0,report_escape/* code */.aY)(m.name),
        m.subject === undefined ? '' : (0,report_escape/* code */.aY)(m.subject),
        (0,format/* formatNumber */.ZV)(m.value),
        (0,format/* formatNumber */.ZV)(m.threshold),
        (0,format/* formatNumber */.ZV)(m.baseline),
        (0,format/* formatInterval */.vy)(m.ci),
        m.method === undefined ? '' : (0,report_escape/* escapeMarkdown */.FV)(m.method),
    ]);
    const more = check.metrics.length - shown.length;
    return ((0,report_escape/* markdownTable */.Qj)(['', 'Metric', 'Subject', 'Value', 'Threshold', 'Baseline', 'Interval', 'Method'], rows) +
        (more > 0 ? `\n\n…and ${more} more metric(s) in the JSON report.` : ''));
}
function waiversSection(waivers) {
    if (waivers.length === 0)
        return '';
    const rows = waivers.map((w) => [
        w.status === 'active'
            ? 'active'
            : w.status === 'expired'
                ? '⚠️ expired — no longer waives'
                : '⚠️ stale — matches nothing',
        (0,report_escape/* code */.aY)(`${w.check}${w.rule ? `/${w.rule}` : ''}${w.path ? ` ${w.path}` : ''}`),
        (0,report_escape/* escapeMarkdown */.FV)(w.owner),
        w.expires,
        String(w.matched),
        (0,report_escape/* escapeMarkdown */.FV)(w.reason),
    ]);
    return `\n\n**Waivers**\n\n${(0,report_escape/* markdownTable */.Qj)(['Status', 'Scope', 'Owner', 'Expires', 'Matched', 'Reason'], rows)}`;
}
/**
 * Charts as collapsible Mermaid blocks, which GitHub renders in comments and job summaries (no image ever
 * leaves the runner). Mermaid source that could close the code fence or carry HTML is dropped, not rendered.
 */
function chartsSection(check) {
    const charts = chartsOf(check);
    return charts
        .filter((c) => typeof c.mermaid === 'string' && !/```|<|>/.test(c.mermaid))
        .map((c) => `<details><summary>${(0,report_escape/* escapeMarkdown */.FV)(String(c.title))}</summary>\n\n\`\`\`mermaid\n${c.mermaid.trim()}\n\`\`\`\n\n${(c.series ?? []).map((x) => (0,report_escape/* escapeMarkdown */.FV)(String(x))).join(' · ')}\n</details>`)
        .join('\n\n');
}
/** The body of one gate's report (no heading), as shown in the job summary and the PR comment. */
function renderGateBody(result, options = {}) {
    const maxF = options.maxFindingsPerCheck ?? 50;
    const maxM = options.maxMetricsPerCheck ?? 50;
    const parts = [];
    const errors = (0,format/* errorsBesideChecks */.tO)(result);
    if (errors.length > 0) {
        parts.push(`**Errors**\n\n${errors.map((e) => `- ${(0,report_escape/* escapeMarkdown */.FV)(e, 1000)}`).join('\n')}`);
    }
    if (result.checks.length > 0) {
        parts.push((0,report_escape/* markdownTable */.Qj)(['Check', 'Mode', 'Verdict', 'Summary'], result.checks.map((c) => [
            (0,report_escape/* escapeMarkdown */.FV)(c.title),
            c.mode,
            c.notRun !== undefined
                ? `${format/* VERDICT_ICON */.YY[c.verdict]} **not run** (${c.verdict})`
                : `${format/* VERDICT_ICON */.YY[c.verdict]} ${(0,format/* checkStatus */.dO)(c)}`,
            (0,report_escape/* escapeMarkdown */.FV)(c.notRun !== undefined ? (0,format/* notRunText */.Se)(c) : c.summary),
        ])));
    }
    for (const check of result.checks) {
        if (check.findings.length === 0 && check.metrics.length === 0)
            continue;
        let s = `**${(0,report_escape/* escapeMarkdown */.FV)(check.title)}** — ${format/* VERDICT_ICON */.YY[check.verdict]} ${check.verdict}`;
        if (check.metrics.length > 0)
            s += `\n\n${metricsTable(check, maxM)}`;
        if (check.findings.length > 0)
            s += `\n\n${findingsTable(check, maxF)}`;
        const charts = chartsSection(check);
        if (charts)
            s += `\n\n${charts}`;
        parts.push(s);
    }
    const waivers = waiversSection(result.waivers);
    if (waivers)
        parts.push(waivers.trim());
    const scanned = result.subjects.length;
    parts.push(`<sub>ml-gates ${(0,report_escape/* escapeMarkdown */.FV)(result.version)} · ${scanned} subject(s) examined · ${(0,format/* formatNumber */.ZV)(result.timings.durationMs / 1000)} s${result.commit ? ` · commit ${result.commit.slice(0, 12)}` : ''}</sub>`);
    return parts.join('\n\n');
}
/** One gate's full Markdown report with a heading. */
function renderGateMarkdown(result, options = {}) {
    const h = '#'.repeat(options.headingLevel ?? 2);
    return `${h} ${format/* VERDICT_ICON */.YY[result.verdict]} ${result.gate}: ${result.verdict}\n\n${(0,report_escape/* escapeMarkdown */.FV)(result.headline)}\n\n${renderGateBody(result, options)}\n`;
}
/** Several gates: an overview table, then each gate's report. */
function renderRunMarkdown(results, options = {}) {
    const overview = (0,report_escape/* markdownTable */.Qj)(['Gate', 'Verdict', 'Headline'], results.map((r) => [(0,report_escape/* code */.aY)(r.gate), `${format/* VERDICT_ICON */.YY[r.verdict]} ${r.verdict}`, (0,report_escape/* escapeMarkdown */.FV)(r.headline)]));
    return [
        '# ml-gates report',
        overview,
        ...results.map((r) => renderGateMarkdown(r, { ...options, headingLevel: 2 })),
    ].join('\n\n');
}


/***/ }),

/***/ 10389:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ renderSarif)
/* harmony export */ });
/* unused harmony export fingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96665);


const LEVEL = {
    critical: 'error',
    high: 'error',
    medium: 'warning',
    low: 'note',
    info: 'note',
};
/** GitHub code scanning reads `security-severity` (0–10) to rank alerts. */
const SECURITY_SEVERITY = {
    critical: '9.5',
    high: '8.0',
    medium: '5.5',
    low: '3.0',
    info: '0.0',
};
const INFORMATION_URI = 'https://github.com/ml-gates/ml-gates';
/** Stable across runs: rule, place and message, not line shifts elsewhere in the file. */
function fingerprint(gate, f) {
    const l = f.location;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update([gate, f.ruleId, l?.path ?? '', l?.member ?? '', l?.field ?? '', f.message].join('\u0000'))
        .digest('hex')
        .slice(0, 32);
}
/** SARIF 2.1.0 for the findings that have a location, one run per gate, ready for `upload-sarif`. */
function renderSarif(results) {
    const runs = results.map((r) => {
        const located = r.checks.flatMap((c) => c.findings.filter((f) => f.location?.path).map((f) => ({ check: c, f })));
        const rules = new Map();
        for (const { check, f } of located) {
            const prev = rules.get(f.ruleId);
            if (!prev || LEVEL[f.severity] === 'error')
                rules.set(f.ruleId, { f, checkTitle: check.title });
        }
        const ruleIds = [...rules.keys()].sort();
        return {
            tool: {
                driver: {
                    name: `ml-gates/${r.gate}`,
                    version: r.version,
                    semanticVersion: r.version,
                    informationUri: INFORMATION_URI,
                    rules: ruleIds.map((id) => {
                        const { f, checkTitle } = rules.get(id);
                        return {
                            id,
                            name: id.replace(/[^A-Za-z0-9]+(.)?/g, (_m, ch) => (ch ? ch.toUpperCase() : '')),
                            shortDescription: { text: `${checkTitle}: ${id}` },
                            fullDescription: { text: f.help ?? f.message },
                            help: { text: f.help ?? f.message, markdown: f.help ?? f.message },
                            defaultConfiguration: { level: LEVEL[f.severity] },
                            properties: { 'security-severity': SECURITY_SEVERITY[f.severity], tags: ['security', 'ml', r.gate] },
                        };
                    }),
                },
            },
            automationDetails: { id: `ml-gates/${r.gate}/` },
            // What kept the gate from doing its job (a check that did not run, an error) is a tool execution
            // notification: code scanning shows it, and `executionSuccessful` is false when it was judged an error.
            invocations: [
                {
                    executionSuccessful: r.verdict !== 'error' && !r.checks.some((c) => c.verdict === 'error'),
                    toolExecutionNotifications: [
                        ...r.checks
                            .filter((c) => c.notRun !== undefined)
                            .map((c) => ({
                            level: c.verdict === 'error' ? 'error' : 'warning',
                            message: { text: `${c.title} (${c.id}) ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .notRunText */ .Se)(c)}` },
                            descriptor: { id: 'ml-gates/not-run' },
                            properties: { check: c.id, status: 'not-run', verdict: c.verdict, reason: c.notRun },
                        })),
                        ...r.checks
                            .filter((c) => c.notRun === undefined && c.verdict === 'error')
                            .map((c) => ({
                            level: 'error',
                            message: { text: `${c.title} (${c.id}) could not do its job: ${c.summary}` },
                            descriptor: { id: 'ml-gates/error' },
                            properties: { check: c.id, verdict: c.verdict },
                        })),
                        ...(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .errorsBesideChecks */ .tO)(r).map((e) => ({
                            level: 'error',
                            message: { text: e },
                            descriptor: { id: 'ml-gates/error' },
                        })),
                    ],
                },
            ],
            results: located.map(({ check, f }) => {
                const l = f.location;
                const region = {};
                if (l.line !== undefined) {
                    region.startLine = l.line;
                    if (l.column !== undefined)
                        region.startColumn = l.column;
                }
                else if (l.offset !== undefined && l.member === undefined) {
                    region.byteOffset = l.offset;
                }
                return {
                    ruleId: f.ruleId,
                    ruleIndex: ruleIds.indexOf(f.ruleId),
                    level: LEVEL[f.severity],
                    message: {
                        text: l.member !== undefined || l.field !== undefined ? `${f.message} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatLocation */ .j$)(l)})` : f.message,
                    },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: l.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                                ...(Object.keys(region).length > 0 ? { region } : {}),
                            },
                        },
                    ],
                    partialFingerprints: { 'mlGatesFinding/v1': fingerprint(r.gate, f) },
                    properties: {
                        check: check.id,
                        severity: f.severity,
                        ...(l.member ? { member: l.member } : {}),
                        ...(l.field ? { field: l.field } : {}),
                    },
                    ...(f.waived
                        ? {
                            suppressions: [
                                {
                                    kind: 'external',
                                    status: 'accepted',
                                    justification: `${f.waived.reason} (owner ${f.waived.owner}, expires ${f.waived.expires})`,
                                },
                            ],
                        }
                        : {}),
                };
            }),
        };
    });
    return `${JSON.stringify({ $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs }, null, 2)}\n`;
}


/***/ }),

/***/ 15129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText)
/* harmony export */ });
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57336);
/* harmony import */ var picocolors__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(picocolors__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96665);


function painter(color) {
    const c = picocolors__WEBPACK_IMPORTED_MODULE_1___default().createColors(color);
    return {
        pass: c.green,
        warn: c.yellow,
        fail: c.red,
        error: c.magenta,
        skipped: c.dim,
        critical: (s) => c.bold(c.red(s)),
        high: c.red,
        medium: c.yellow,
        low: c.cyan,
        info: c.dim,
        dim: c.dim,
        bold: c.bold,
    };
}
/** Strips terminal control sequences from untrusted text so a file name cannot rewrite the terminal. */
function plain(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}
/** The readable terminal summary of one or more gates. */
function renderText(results, options) {
    const p = painter(options.color);
    const maxF = options.maxFindingsPerCheck ?? 20;
    const maxM = options.maxMetricsPerCheck ?? 20;
    const out = [];
    for (const r of results) {
        out.push(`${p.bold(r.gate)}  ${p[r.verdict](r.verdict.toUpperCase())}  ${plain(r.headline)}`);
        for (const e of (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .errorsBesideChecks */ .tO)(r))
            out.push(`  ${p.error('error')} ${plain(e)}`);
        for (const c of r.checks) {
            const status = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .checkStatus */ .dO)(c);
            const summary = c.notRun !== undefined ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .notRunText */ .Se)(c) : c.summary;
            out.push(`  ${p[c.verdict](status.padEnd(7))} ${c.id} ${p.dim(`[${c.mode}]`)} ${plain(summary)}`);
            // Every metric with its value against its threshold (the judged ones first), not only the failing ones.
            const order = (v) => (v === 'fail' ? 0 : v === 'error' ? 1 : v === 'warn' ? 2 : 3);
            const metrics = [...c.metrics].sort((a, b) => order(a.verdict) - order(b.verdict));
            for (const m of metrics.slice(0, maxM)) {
                const mark = m.verdict ? p[m.verdict](m.verdict.padEnd(5)) : '     ';
                out.push(`           ${mark} ${plain(m.name)}${m.subject ? ` (${plain(m.subject)})` : ''} = ${plain((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .metricAgainstThreshold */ .fS)(m))}`);
            }
            if (c.metrics.length > maxM)
                out.push(`           …and ${c.metrics.length - maxM} more metric(s)`);
            for (const f of c.findings.slice(0, maxF)) {
                const where = f.location ? ` ${p.dim(plain((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatLocation */ .j$)(f.location)))}` : '';
                const waived = f.waived ? p.dim(` (waived: ${plain(f.waived.reason)})`) : '';
                out.push(`           ${p[f.severity](f.severity.padEnd(8))} ${f.ruleId}${where}\n             ${plain(f.message)}${waived}`);
            }
            if (c.findings.length > maxF)
                out.push(`           …and ${c.findings.length - maxF} more`);
        }
        for (const w of r.waivers.filter((w) => w.status !== 'active')) {
            out.push(`  ${p.warn('waiver')} ${w.check}${w.rule ? `/${w.rule}` : ''} (${plain(w.owner)}, expires ${w.expires}) is ${w.status}`);
        }
    }
    return `${out.join('\n')}\n`;
}


/***/ }),

/***/ 23147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   EL: () => (/* binding */ REPORT_FORMATS),
/* harmony export */   Li: () => (/* binding */ writeReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93092);
/* harmony import */ var _junit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7636);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25640);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(10389);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(15129);







const REPORT_FORMATS = ['text', 'json', 'markdown', 'sarif', 'junit'];
/** Renders several gates' results in one format, as printed on stdout. */
function renderReport(results, format, color = false) {
    switch (format) {
        case 'text':
            return (0,_text_js__WEBPACK_IMPORTED_MODULE_6__/* .renderText */ .S)(results, { color });
        case 'json':
            return (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .renderJson */ .hF)((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toRunReport */ .ZN)(results));
        case 'markdown':
            return results.length === 1 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .renderGateMarkdown */ .N5)(results[0]) : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_4__/* .renderRunMarkdown */ .Bh)(results);
        case 'sarif':
            return (0,_sarif_js__WEBPACK_IMPORTED_MODULE_5__/* .renderSarif */ .W)(results);
        case 'junit':
            return (0,_junit_js__WEBPACK_IMPORTED_MODULE_3__/* .renderJunit */ .R)(results);
    }
}
/**
 * Writes report files into `outDir`: `<gate>.json` per gate and `ml-gates.json` for all (always), plus
 * `ml-gates.md`, `ml-gates.sarif`, `ml-gates.junit.xml`, `ml-gates.txt` for the formats asked for.
 * Returns the paths written.
 */
async function writeReports(results, formats, outDir) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(outDir, { recursive: true });
    const files = results.map((r) => [`${r.gate}.json`, (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .renderJson */ .hF)(r)]);
    files.push(['ml-gates.json', (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .renderJson */ .hF)((0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .toRunReport */ .ZN)(results))]);
    const names = {
        text: 'ml-gates.txt',
        json: '',
        markdown: 'ml-gates.md',
        sarif: 'ml-gates.sarif',
        junit: 'ml-gates.junit.xml',
    };
    for (const f of new Set(formats))
        if (names[f])
            files.push([names[f], renderReport(results, f)]);
    const written = [];
    for (const [name, content] of files) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, name);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, content);
        written.push(path);
    }
    return written;
}


/***/ }),

/***/ 69802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION),
/* harmony export */   nE: () => (/* binding */ notRun),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   rn: () => (/* binding */ GATE_NAMES)
/* harmony export */ });
/* unused harmony export VERDICTS */
/* harmony import */ var _registry_gates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12613);
/**
 * The result model: what every gate returns and what every reporter reads.
 * The JSON report (`GateResult` serialised) is a public contract; its JSON Schema lives in
 * `packages/core/schema/report.schema.json` and every report written is validated against it in tests.
 */

const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const VERDICTS = (/* unused pure expression or super */ null && (['pass', 'warn', 'fail', 'error', 'skipped']));
const MODES = ['block', 'warn', 'off'];
const GATE_NAMES = _registry_gates_js__WEBPACK_IMPORTED_MODULE_0__/* .GATE_REGISTRY */ .m_.map((g) => g.name);
/**
 * The one way a gate says "this enabled check could not run": never a log line, never a missing check.
 *
 * @example
 *   if (!reference) return notRun('drift', 'Drift', 'no reference given (reference or reference-profile)');
 */
function notRun(id, title, reason) {
    return { id, title, outcome: 'not-run', notRun: reason, summary: `not run: ${reason}` };
}
const REPORT_SCHEMA_VERSION = '1.0';


/***/ }),

/***/ 24414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ mergeResults)
/* harmony export */ });
/* unused harmony export checkMergeable */
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77803);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88315);
/* harmony import */ var _policy_severity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11393);
/* harmony import */ var _spec_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47143);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82579);






const describeValue = (v) => (v === undefined ? '(none)' : v);
/** Refuses (UserError) when the partials disagree on a value; names each value with the files that carry it. */
function requireSame(parts, what, value) {
    const groups = new Map();
    for (const p of parts)
        groups.set(value(p), [...(groups.get(value(p)) ?? []), p.source]);
    if (groups.size <= 1)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('input-invalid', `Cannot merge: the reports are from different ${what}.`, {
        details: [...groups].map(([v, sources]) => `${describeValue(v)}: ${sources.join(', ')}`),
    });
}
/** Every partial has a `shard` field; else the report is a whole (or already merged) one. */
function requireSharded(parts) {
    const whole = parts.filter((p) => p.result.shard === undefined);
    if (whole.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('input-invalid', 'Cannot merge: some reports are not the partial report of a shard.', {
            details: [
                ...whole.map((p) => `${p.source}: ${p.result.gate} has no "shard" field (a whole or merged report)`),
                'Merge the reports written by "--shard i/N" runs of one matrix.',
            ],
        });
    }
    return parts.map((p) => ({ ...p, shard: p.result.shard }));
}
/** Each shard 1..N exactly once for one gate. */
function requireComplete(gate, parts, count) {
    const problems = [];
    for (let i = 1; i <= count; i++) {
        const at = parts.filter((p) => p.shard.index === i);
        if (at.length === 0)
            problems.push(`${gate}: shard ${i}/${count} is missing`);
        if (at.length > 1)
            problems.push(`${gate}: shard ${i}/${count} is given twice (${at.map((p) => p.source).join(', ')})`);
    }
    if (problems.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('input-invalid', `Cannot merge: the shards of ${gate} are not 1..${count} exactly once.`, {
            details: problems,
        });
    }
}
/**
 * Checks that the partials can be merged: the same commit, ml-gates version, report schema version and shard
 * count; per gate, the same configuration digest and plan, and each shard exactly once. Returns them by gate.
 */
function checkMergeable(partials, gates) {
    if (partials.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('usage', 'Nothing to merge: no report was given.');
    const parts = requireSharded(partials);
    const unknown = parts.filter((p) => !gates.some((g) => g.name === p.result.gate));
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('input-invalid', 'Cannot merge: a report is about no gate this ml-gates knows.', {
            details: unknown.map((p) => `${p.source}: gate "${p.result.gate}"`),
        });
    }
    requireSame(parts, 'report schema versions', (p) => p.result.schemaVersion);
    requireSame(parts, 'ml-gates versions', (p) => p.result.version);
    requireSame(parts, 'commits', (p) => p.result.commit);
    requireSame(parts, 'shard counts (matrices)', (p) => String(p.shard.count));
    const byGate = new Map();
    for (const p of parts)
        byGate.set(p.result.gate, [...(byGate.get(p.result.gate) ?? []), p]);
    for (const [gate, list] of byGate) {
        requireSame(list, `configurations (${gate}: config file or command-line settings differ)`, (p) => p.result.configDigest);
        const planned = list.filter((p) => p.shard.plan !== _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_PLAN */ .m);
        requireSame(planned, `plans (${gate}: the shards were cut from different lists of work)`, (p) => p.shard.plan);
        requireComplete(gate, list, list[0].shard.count);
        list.sort((a, b) => a.shard.index - b.shard.index);
    }
    return byGate;
}
/** One check's outcome over all shards: any fail fails; an error or not-run anywhere is an error (fail closed). */
function mergeOutcome(policies) {
    const outcomes = policies.map((p) => p?.outcome);
    if (outcomes.includes('fail'))
        return 'fail';
    if (outcomes.length > 0 && outcomes.every((o) => o === 'not-run'))
        return 'not-run';
    if (outcomes.includes('error') || outcomes.includes('not-run'))
        return 'error';
    if (outcomes.includes('warn'))
        return 'warn';
    return outcomes.includes('pass') ? 'pass' : undefined;
}
/** `value` when every entry is equal to it (canonically), else `undefined`. */
function common(values) {
    if (values.length === 0)
        return undefined;
    const first = (0,_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)(values[0]);
    return values.every((v) => (0,_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .canonicalJson */ .dj)(v) === first) ? values[0] : undefined;
}
/** The same check of every shard, concatenated into one check output (findings unwaived: policy re-applies). */
function concatCheck(id, parts) {
    // A check a shard left to another shard (no policy recorded for it there) is not part of that shard's work.
    const copies = parts.flatMap((p) => {
        const c = p.result.checks.find((x) => x.id === id);
        const policy = p.shard.checks?.[id];
        return c && (policy || !p.shard.checks) ? [{ part: p, check: c, policy }] : [];
    });
    const first = copies[0].check;
    const outcome = mergeOutcome(copies.map((c) => c.policy));
    const summary = common(copies.map((c) => c.policy?.summary));
    const notRunWhere = copies.filter((c) => c.check.notRun !== undefined);
    const details = common(copies.map((c) => c.check.details));
    const durations = copies.map((c) => c.check.durationMs).filter((d) => d !== undefined);
    return {
        id,
        title: first.title,
        findings: copies.flatMap((c) => c.check.findings.map(({ waived: _w, ...f }) => f)),
        metrics: copies.flatMap((c) => c.check.metrics),
        ...(outcome === undefined ? {} : { outcome }),
        ...(outcome === 'not-run'
            ? { notRun: common(notRunWhere.map((c) => c.check.notRun)) ?? notRunWhere[0].check.notRun }
            : {}),
        ...(summary !== undefined
            ? { summary }
            : notRunWhere.length > 0 && outcome !== 'not-run'
                ? {
                    summary: `not run in shard ${notRunWhere.map((c) => (0,_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .formatShardSpec */ .vn)(c.part.shard)).join(', ')}: ${notRunWhere[0].check.notRun}`,
                }
                : {}),
        ...(durations.length > 0 ? { durationMs: durations.reduce((a, b) => a + b, 0) } : {}),
        ...(details !== undefined ? { details } : {}),
    };
}
/** The generic merge: checks by id (in the gate's declared order), findings, metrics and subjects in shard order. */
function concatOutputs(gate, parts) {
    const ids = [
        ...new Set(parts.flatMap((p) => p.result.checks.filter((c) => !p.shard.checks || p.shard.checks[c.id]).map((c) => c.id))),
    ];
    const declared = (id) => {
        const i = gate.checks.findIndex((c) => c.id === id);
        return i < 0 ? gate.checks.length : i;
    };
    ids.sort((a, b) => declared(a) - declared(b));
    const details = common(parts.map((p) => p.result.details));
    return {
        checks: ids.map((id) => concatCheck(id, parts)),
        subjects: parts.flatMap((p) => p.result.subjects),
        rulesets: Object.assign({}, ...parts.map((p) => p.result.tool.rulesets)),
        ...(details !== undefined
            ? { details }
            : parts.some((p) => p.result.details)
                ? { details: { byShard: parts.map((p) => p.result.details ?? {}) } }
                : {}),
    };
}
/** A waiver as written, from a waiver report. */
const asWaiver = ({ check, rule, path, reason, owner, expires }) => ({
    check,
    reason,
    owner,
    expires,
    ...(rule === undefined ? {} : { rule }),
    ...(path === undefined ? {} : { path }),
});
/**
 * What policy judges the merged output with: each check's mode and `fail-on` as the shards recorded them
 * (they ran with one configuration: the digests agree), else as the merge's config resolves them.
 */
function recordedPolicy(gate, parts, config) {
    const fallback = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .prepareGate */ .NF)(gate, config);
    const ran = parts.filter(didWork);
    const checkConfig = (id) => {
        for (const p of ran) {
            const check = p.result.checks.find((c) => c.id === id);
            const policy = p.shard.checks?.[id];
            if (check && policy)
                return { mode: check.mode, failOn: policy.failOn, options: {} };
        }
        return fallback.checkConfig(id);
    };
    const waivers = (ran[0]?.result.waivers ?? []).map(asWaiver);
    return { checkConfig, waivers, options: fallback.options };
}
/**
 * A shard that did its part: not one that could not run, nor a `skipped: not sharded` stand-in (when shard 1
 * of a gate that does not shard failed, the stand-ins of the other shards hold nothing to merge).
 */
const didWork = (p) => p.shard.plan !== _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_PLAN */ .m && p.shard.plan !== _types_js__WEBPACK_IMPORTED_MODULE_5__/* .UNSHARDED_PLAN */ .l;
const earliest = (parts) => new Date(Math.min(...parts.map((p) => Date.parse(p.result.timings.startedAt))));
/** One gate's partials (shards 1..N, checked) into one whole result. */
async function mergeGate(gate, parts, opts) {
    const count = parts[0].shard.count;
    const first = parts[0];
    if (parts.every((p) => p.shard.plan === _types_js__WEBPACK_IMPORTED_MODULE_5__/* .UNSHARDED_PLAN */ .l)) {
        // The gate does not shard: shard 1 ran it whole, the others skipped it.
        const { shard: _s, ...whole } = first.result;
        return { ...whole, details: { ...(whole.details ?? {}), merged: { shards: count, sharded: false } } };
    }
    const failed = parts.filter((p) => p.shard.plan === _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_PLAN */ .m);
    const policy = recordedPolicy(gate, parts, opts.config);
    const started = earliest(parts);
    const ran = parts.filter(didWork);
    let output;
    if (gate.mergeShards && failed.length === 0) {
        const ctx = {
            cwd: opts.cwd,
            options: policy.options,
            check: policy.checkConfig,
            logger: opts.logger ?? _log_js__WEBPACK_IMPORTED_MODULE_2__/* .silentLogger */ .qq,
            signal: opts.signal ?? new AbortController().signal,
            services: {},
        };
        const { shard: _s, ...own } = await gate.mergeShards(parts.map((p) => p.result), ctx);
        output = own;
    }
    else {
        output = concatOutputs(gate, ran);
    }
    const judged = (0,_engine_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeOutput */ .ZS)(gate, output, policy, {
        started,
        now: started,
        ...(first.result.commit ? { commit: first.result.commit } : {}),
        ...(first.result.configDigest ? { configDigest: first.result.configDigest } : {}),
    });
    return withMergeFacts(judged, parts, failed);
}
/** Timings over all shards, the merge's own facts in details, and the shards that could not run as errors. */
function withMergeFacts(result, parts, failed) {
    const finished = Math.max(...parts.map((p) => Date.parse(p.result.timings.finishedAt)));
    const started = earliest(parts).getTime();
    const errors = [
        ...result.errors,
        ...failed.flatMap((p) => p.result.errors.map((e) => `shard ${(0,_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .formatShardSpec */ .vn)(p.shard)}: ${e}`)),
    ];
    const verdict = failed.length > 0 ? (0,_policy_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .worstVerdict */ .zP)([result.verdict, 'error']) : result.verdict;
    const couldNot = failed.map((p) => (0,_spec_js__WEBPACK_IMPORTED_MODULE_4__/* .formatShardSpec */ .vn)(p.shard));
    return {
        ...result,
        verdict,
        headline: failed.length > 0 ? `could not run in shard ${couldNot.join(', ')} · ${result.headline}` : result.headline,
        errors,
        timings: {
            startedAt: new Date(started).toISOString(),
            finishedAt: new Date(finished).toISOString(),
            durationMs: finished - started,
        },
        details: {
            ...(result.details ?? {}),
            merged: {
                shards: parts.length,
                sharded: true,
                plan: parts.find((p) => p.shard.plan !== _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_PLAN */ .m)?.shard.plan ?? _types_js__WEBPACK_IMPORTED_MODULE_5__/* .NO_PLAN */ .m,
                items: parts.reduce((s, p) => s + p.shard.items, 0),
                shardDurationMs: parts.reduce((s, p) => s + p.result.timings.durationMs, 0),
            },
        },
    };
}
/**
 * Joins the partial results of a sharded run into one result per gate, in the order of `opts.gates`.
 * Refuses (`UserError`, naming the files) reports that do not belong together. A gate with `mergeShards`
 * merges its own partials; any other gate's checks are concatenated and re-judged by the same policy as a
 * whole run (waivers re-applied over all findings), which equals the unsharded verdict for gates whose
 * checks judge each item on its own. A shard that could not run keeps the merged result in `error`.
 */
async function mergeResults(partials, opts) {
    const byGate = checkMergeable(partials, opts.gates);
    const results = [];
    for (const gate of opts.gates) {
        const parts = byGate.get(gate.name);
        if (parts)
            results.push(await mergeGate(gate, parts, opts));
    }
    return results;
}


/***/ }),

/***/ 39260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ readPartialReports)
/* harmony export */ });
/* unused harmony export partialsFromJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);



/** The report of a whole run, written beside the per-gate files: read alone when present (same results). */
const RUN_REPORT = 'ml-gates.json';
const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const looksLikeResult = (v) => isObject(v) && typeof v.gate === 'string' && Array.isArray(v.checks) && typeof v.schemaVersion === 'string';
/**
 * The gate results in one JSON report: a `GateResult` (`<gate>.json`) or a `RunReport` (`ml-gates.json`,
 * `--format json`). Throws a `UserError` naming the file when it is neither.
 */
function partialsFromJson(source, text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('input-unreadable', `${source}: not JSON (${error.message}).`);
    }
    if (looksLikeResult(value))
        return [{ source, result: value }];
    if (isObject(value) && Array.isArray(value.results) && value.results.every(looksLikeResult)) {
        return value.results.map((result, i) => ({ source: `${source}#results[${i}]`, result }));
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('input-invalid', `${source}: not an ml-gates JSON report (expected one gate's result or a run report with "results").`);
}
/** The JSON reports under a folder: `ml-gates.json` alone where a folder has one, else every `*.json`. */
async function reportFilesIn(dir) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const json = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name));
    const own = json.some((f) => f.endsWith(`${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}${RUN_REPORT}`)) ? [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, RUN_REPORT)] : json;
    const nested = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => reportFilesIn((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name))));
    return [...own, ...nested.flat()];
}
/**
 * Reads the reports named on `ml-gates merge`'s command line (files, or folders such as downloaded
 * artifacts, searched recursively). Paths are relative to `cwd`; sources are shown relative to it.
 */
async function readPartialReports(paths, cwd) {
    const files = [];
    for (const p of paths) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p);
        let isDir;
        try {
            isDir = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(abs)).isDirectory();
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('usage', `${p}: cannot read (${error.code ?? String(error)}).`);
        }
        if (!isDir)
            files.push(abs);
        else {
            const found = await reportFilesIn(abs);
            if (found.length === 0)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('usage', `${p}: the folder holds no JSON report.`);
            files.push(...found);
        }
    }
    const partials = [];
    for (const file of [...new Set(files)]) {
        const source = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, file).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/') || file;
        partials.push(...partialsFromJson(source, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8')));
    }
    return partials;
}


/***/ }),

/***/ 47143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d7: () => (/* binding */ parseShardSpec),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   vn: () => (/* binding */ formatShardSpec),
/* harmony export */   xv: () => (/* binding */ configDigest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);


/**
 * Parses `--shard i/N` (action input `shard`): `2/4` is the second of four. Throws a usage `UserError` that
 * says what is wrong and what a valid value looks like.
 *
 * @example
 *   parseShardSpec('2/4'); // { index: 2, count: 4 }
 */
function parseShardSpec(text) {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
    const usage = 'write it as i/N with 1 <= i <= N, e.g. --shard 2/4 (the matrix from "ml-gates plan" lists them)';
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('usage', `--shard "${text}" is not of the form i/N; ${usage}.`);
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('usage', `--shard ${text}: the shard count must be at least 1; ${usage}.`);
    if (index < 1 || index > count) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('usage', `--shard ${text}: shard ${index} does not exist in ${count} shard(s); ${usage}.`);
    }
    if (count > 10_000)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('usage', `--shard ${text}: at most 10000 shards; ${usage}.`);
    return { index, count };
}
/** `2/4`, as written on the command line and in the matrix. */
function formatShardSpec(spec) {
    return `${spec.index}/${spec.count}`;
}
/** JSON with object keys sorted at every level, so equal values always serialise to equal text. */
function canonicalJson(value) {
    return JSON.stringify(value, (_key, v) => v !== null && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v);
}
/**
 * sha256 (hex) of the configuration a gate runs with: the validated config (the file, or the defaults when
 * there is none) and the settings given on the command line or as action inputs. Comments and key order in
 * the file do not change it; any setting does. `ml-gates merge` refuses shards whose digests differ.
 */
function configDigest(config, overrides = {}) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalJson({ config, overrides })).digest('hex');
}


/***/ }),

/***/ 82579:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ UNSHARDED_PLAN),
/* harmony export */   m: () => (/* binding */ NO_PLAN)
/* harmony export */ });
/**
 * Sharding contract: a gate run can be one part of a job matrix (`--shard i/N`, action input `shard`).
 * Each gate picks its own part of the work deterministically from the full input list, so every shard of the
 * matrix agrees on who does what without talking to the others; `ml-gates merge` joins the partial reports.
 */
/** `ShardInfo.plan` of a gate that does not shard its work: shard 1 runs it whole, the others report it skipped. */
const UNSHARDED_PLAN = 'unsharded';
/** `ShardInfo.plan` of a shard whose gate could not run (it never got to list its work). */
const NO_PLAN = 'none';


/***/ }),

/***/ 56614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   $W: () => (/* binding */ numericCount),
/* harmony export */   Rg: () => (/* binding */ ProfileSink),
/* harmony export */   U8: () => (/* binding */ TeeSink),
/* harmony export */   yH: () => (/* binding */ GrowableF64)
/* harmony export */ });
/* harmony import */ var _ml_gates_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3618);
/* harmony import */ var _stats_sort_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73610);
/**
 * One-pass column accumulators. Numeric values go into growable Float64Array chunks (8 bytes a value,
 * nothing else per row); categories are counted in a map capped at `maxCategories` distinct values so a
 * high-cardinality column (ids, free text) cannot grow memory with the row count.
 */


const CHUNK = 1 << 16;
/** A Float64Array that grows in fixed chunks (no copying while reading). */
class GrowableF64 {
    chunks = [];
    cur = new Float64Array(CHUNK);
    pos = 0;
    length = 0;
    push(v) {
        if (this.pos === CHUNK) {
            this.chunks.push(this.cur);
            this.cur = new Float64Array(CHUNK);
            this.pos = 0;
        }
        this.cur[this.pos++] = v;
        this.length++;
    }
    /** Calls `f` on every value in order. */
    forEach(f) {
        for (const c of this.chunks)
            for (let i = 0; i < c.length; i++)
                f(c[i]);
        for (let i = 0; i < this.pos; i++)
            f(this.cur[i]);
    }
    /**
     * The values sorted, in one new array; the chunks serve as the sort's scratch and are released (peak: twice
     * the values, where `take()` then `sortFloat64` needs three times).
     */
    takeSorted() {
        if (this.length < 2048)
            return (0,_stats_sort_js__WEBPACK_IMPORTED_MODULE_1__/* .sortFloat64 */ .f)(this.take());
        const n = this.length;
        const segments = [...this.chunks, this.cur];
        this.chunks = [];
        this.cur = new Float64Array(0);
        this.pos = 0;
        return (0,_stats_sort_js__WEBPACK_IMPORTED_MODULE_1__/* .sortSegmentsInto */ .p)(segments, n);
    }
    /** One contiguous array; the chunks are released. */
    take() {
        const out = new Float64Array(this.length);
        let o = 0;
        for (const c of this.chunks) {
            out.set(c, o);
            o += c.length;
        }
        out.set(this.cur.subarray(0, this.pos), o);
        this.chunks = [];
        this.cur = new Float64Array(0);
        this.pos = 0;
        return out;
    }
}
/** Parses a CSV cell as a finite number the way a person reads it ("1.5", "-3e2"; not "0x1A", not " 7"). */
function parseNumber(s) {
    const c0 = s.charCodeAt(0);
    // digits, '-', '+', '.'
    if (!((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 43 || c0 === 46))
        return undefined;
    const c1 = s.charCodeAt(1);
    if (c1 === 120 || c1 === 88 || c1 === 98 || c1 === 66 || c1 === 111 || c1 === 79)
        return undefined;
    const last = s.charCodeAt(s.length - 1);
    if (last === 32 || last === 9)
        return undefined;
    const n = +s;
    return Number.isFinite(n) ? n : undefined;
}
const BOOL = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE']);
/** Finite numeric values of a column, kept or sketched. */
function numericCount(c) {
    return c.sketched ? c.sketched.sketch.n : c.values.length;
}
/** Running mean and sum of squared deviations (Welford), for columns whose values are not kept. */
class Moments {
    n = 0;
    mean = 0;
    m2 = 0;
    add(x) {
        this.n++;
        const d = x - this.mean;
        this.mean += d / this.n;
        this.m2 += d * (x - this.mean);
    }
}
/** Finite numbers of one column: kept exactly up to `sketchAbove`, then a KLL sketch and exact moments. */
class NumericValues {
    sketchAbove;
    kept = new GrowableF64();
    sketch;
    moments;
    constructor(sketchAbove) {
        this.sketchAbove = sketchAbove;
    }
    get length() {
        return this.kept ? this.kept.length : this.sketch.n;
    }
    push(v) {
        const kept = this.kept;
        if (kept) {
            kept.push(v);
            if (kept.length > this.sketchAbove)
                this.switchToSketch(kept);
            return;
        }
        this.sketch.update(v);
        this.moments.add(v);
    }
    switchToSketch(kept) {
        const sketch = new _ml_gates_core__WEBPACK_IMPORTED_MODULE_0__/* .KllSketch */ .gu();
        const moments = new Moments();
        kept.forEach((v) => {
            sketch.update(v);
            moments.add(v);
        });
        this.sketch = sketch;
        this.moments = moments;
        this.kept = undefined;
    }
    finish() {
        if (this.kept)
            return { values: this.kept.takeSorted() };
        const m = this.moments;
        return {
            values: new Float64Array(0),
            sketched: { sketch: this.sketch, mean: m.mean, std: m.n > 0 ? Math.sqrt(m.m2 / m.n) : Number.NaN },
        };
    }
}
class ColumnAccumulator {
    name;
    maxCategories;
    values;
    count = 0;
    nulls = 0;
    integerCount = 0;
    infiniteCount = 0;
    booleanCount = 0;
    stringCount = 0;
    categories = new Map();
    categoriesOther = 0;
    truncated = false;
    /** Numeric column past the cap: stop counting categories altogether. */
    abandoned = false;
    constructor(name, maxCategories, 
    /** Rows before this column first appeared (JSON Lines keys that show up late). */
    leadingNulls, sketchAbove) {
        this.name = name;
        this.maxCategories = maxCategories;
        this.values = new NumericValues(sketchAbove);
        this.count = leadingNulls;
        this.nulls = leadingNulls;
    }
    category(key) {
        if (this.abandoned)
            return;
        const c = this.categories.get(key);
        if (c !== undefined)
            this.categories.set(key, c + 1);
        else if (this.categories.size < this.maxCategories)
            this.categories.set(key, 1);
        else {
            this.categoriesOther++;
            this.truncated = true;
            if (this.stringCount + this.booleanCount === 0) {
                this.abandoned = true;
            }
        }
    }
    add(cell) {
        this.count++;
        if (cell === null) {
            this.nulls++;
            return;
        }
        if (typeof cell === 'string') {
            const n = parseNumber(cell);
            if (n !== undefined) {
                this.values.push(n);
                if (Number.isInteger(n))
                    this.integerCount++;
            }
            else if (BOOL.has(cell)) {
                this.booleanCount++;
            }
            else {
                this.stringCount++;
            }
            this.category(cell);
        }
        else if (typeof cell === 'number') {
            if (!Number.isFinite(cell)) {
                this.infiniteCount++;
                if (!this.abandoned)
                    this.category(String(cell));
                return;
            }
            this.values.push(cell);
            if (Number.isInteger(cell))
                this.integerCount++;
            if (!this.abandoned)
                this.category(String(cell));
        }
        else {
            this.booleanCount++;
            this.category(String(cell));
        }
    }
    finish() {
        const numbers = this.values.length;
        const { values, sketched } = this.values.finish();
        const nonNull = this.count - this.nulls;
        let type;
        if (nonNull === 0)
            type = 'null';
        else if (this.stringCount === 0 && this.booleanCount === 0)
            type = this.integerCount === numbers && this.infiniteCount === 0 ? 'integer' : 'number';
        else if (this.stringCount === 0 && numbers === 0)
            type = 'boolean';
        else
            type = 'string';
        return {
            name: this.name,
            type,
            count: this.count,
            nulls: this.nulls,
            values,
            ...(sketched ? { sketched } : {}),
            integerCount: this.integerCount,
            infiniteCount: this.infiniteCount,
            booleanCount: this.booleanCount,
            stringCount: this.stringCount,
            categories: this.abandoned ? new Map() : this.categories,
            categoriesOther: this.categoriesOther,
            categoriesTruncated: this.truncated,
        };
    }
}
/** A row sink that profiles every column. */
class ProfileSink {
    maxCategories;
    sketchAbove;
    accs = [];
    rows = 0;
    constructor(maxCategories = 1000, 
    /** Above this many finite numbers, a column keeps a KLL sketch instead of its values. */
    sketchAbove = Number.POSITIVE_INFINITY) {
        this.maxCategories = maxCategories;
        this.sketchAbove = sketchAbove;
    }
    columns(all) {
        for (let i = this.accs.length; i < all.length; i++)
            this.accs.push(new ColumnAccumulator(all[i], this.maxCategories, this.rows, this.sketchAbove));
    }
    row(cells, _pos) {
        this.rows++;
        const accs = this.accs;
        for (let i = 0; i < accs.length; i++)
            accs[i].add(i < cells.length ? cells[i] : null);
    }
    finish() {
        return this.accs.map((a) => a.finish());
    }
}
/** Fans one stream of rows out to several sinks. */
class TeeSink {
    sinks;
    constructor(sinks) {
        this.sinks = sinks;
    }
    columns(all) {
        for (const s of this.sinks)
            s.columns(all);
    }
    row(cells, pos, record) {
        for (const s of this.sinks)
            s.row(cells, pos, record);
    }
}


/***/ }),

/***/ 59682:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   profileFiles: () => (/* binding */ profileFiles),
/* harmony export */   readInWorker: () => (/* binding */ readInWorker),
/* harmony export */   workerAvailable: () => (/* binding */ workerAvailable),
/* harmony export */   workerFile: () => (/* binding */ workerFile)
/* harmony export */ });
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _ml_gates_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3618);
/* harmony import */ var _accumulate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56614);
/**
 * Reading a dataset on a second core: `readInWorker` profiles files in a worker thread while the caller reads
 * something else (data-gate reads the reference there while the main thread reads the current dataset).
 *
 * How the worker finds its code once bundled: ncc copies `new Worker(new URL('./x.js', import.meta.url))` as a
 * raw asset (the TypeScript source, unbundled), so that form cannot work in dist/. Instead the worker runs the
 * same file that holds this module (`import.meta.url`: the bundle itself, or this compiled module), and the
 * top-level `await` below holds back every module that imports this one — the bundle's entry included — so in
 * the worker only the read runs, never the CLI or the action. Where this module is TypeScript source (Jest),
 * a worker cannot load it and the read happens on the calling thread: same code, same result, one core.
 */



const WORKER_TAG = 'ml-gates/data-gate-read';
const HERE = import.meta.url;
/** Profiles files on the current thread (what the worker runs, and the fallback). */
async function profileFiles(files, read, maxCategories, sketchAbove) {
    const profile = new _accumulate_js__WEBPACK_IMPORTED_MODULE_2__/* .ProfileSink */ .Rg(maxCategories, sketchAbove);
    const summaries = await (0,_ml_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .readTables */ .gb)(files, profile, read);
    return { columns: profile.finish(), rows: profile.rows, files: summaries };
}
async function serveWorker(req) {
    let reply;
    const transfer = [];
    try {
        const result = await profileFiles(req.files, req.read, req.maxCategories, req.sketchAbove);
        for (const c of result.columns)
            if (c.values.byteLength > 0)
                transfer.push(c.values.buffer);
        reply = { ok: true, result };
    }
    catch (error) {
        const e = error;
        reply = {
            ok: false,
            error: error instanceof _ml_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo
                ? { message: e.message, code: error.code, details: error.details, user: true }
                : { message: e.message ?? String(error), user: false },
        };
    }
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(reply, transfer);
}
if (!node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread && node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData?.tag === WORKER_TAG) {
    await serveWorker(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.workerData);
    // Hold every importing module (the bundle's entry) back until the parent terminates this thread.
    await new Promise(() => node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.ref());
}
/**
 * The file a reading thread runs: the file holding this module, or, when this module sits in a lazily loaded
 * chunk of an ncc bundle (`<id>.index.js`, which cannot run on its own), the bundle's entry beside it, which
 * hands worker threads to this module (packages/cli/src/bin.ts).
 */
function workerFile(here = HERE) {
    const url = new URL(here);
    return /\/\d+\.index\.js$/.test(url.pathname) ? new URL('./index.js', url) : url;
}
/** True when a worker thread can run this module (compiled JavaScript or a bundle, not TypeScript source). */
function workerAvailable() {
    return HERE.endsWith('.js') || HERE.endsWith('.mjs');
}
/**
 * Profiles `files` in a worker thread (on the calling thread when no worker can run this code). The result is
 * the one `profileFiles` gives; a `UserError` in the worker is rethrown as the same `UserError`.
 */
async function readInWorker(files, o, read) {
    const { signal, ...plain } = read;
    if (!workerAvailable())
        return profileFiles(files, read, o['max-categories'], o['sketch-above']);
    const request = {
        tag: WORKER_TAG,
        files: files.map((f) => ({ path: f.path, relPath: f.relPath })),
        read: plain,
        maxCategories: o['max-categories'],
        sketchAbove: o['sketch-above'],
    };
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.Worker(workerFile(), { workerData: request });
    try {
        return await new Promise((resolvePromise, reject) => {
            const abort = () => reject(new _ml_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('usage', 'Reading was cancelled.'));
            signal?.addEventListener('abort', abort, { once: true });
            worker.once('message', (m) => {
                signal?.removeEventListener('abort', abort);
                if (m.ok)
                    resolvePromise(m.result);
                else if (m.error.user)
                    reject(new _ml_gates_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(m.error.code, m.error.message, { details: m.error.details ?? [] }));
                else
                    reject(new Error(`reading ${files.map((f) => f.relPath).join(', ')} failed: ${m.error.message}`));
            });
            worker.once('error', (e) => reject(new Error(`the reading thread failed: ${e.message}`, { cause: e })));
            worker.once('exit', (code) => reject(new Error(`the reading thread exited (code ${code}) without a result`)));
        });
    }
    finally {
        await worker.terminate();
    }
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 73610:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ sortFloat64),
/* harmony export */   p: () => (/* binding */ sortSegmentsInto)
/* harmony export */ });
/**
 * Sorting Float64Arrays fast: an LSD radix sort on the IEEE-754 bit patterns (16-bit digits, 4 passes),
 * about 5–10× faster than `Float64Array.prototype.sort` on millions of values. NaNs must be removed first.
 */
/** Sorts ascending in place (same order as `Float64Array.prototype.sort` for finite values and ±0). */
function sortFloat64(values) {
    const n = values.length;
    if (n < 2048)
        return values.sort();
    const keys = new Uint32Array(values.buffer, values.byteOffset, n * 2);
    // Map to unsigned-comparable keys: flip all bits of negatives, the sign bit of positives.
    for (let i = 0; i < n; i++) {
        const hi = keys[2 * i + 1];
        if (hi & 0x80000000) {
            keys[2 * i + 1] = ~hi >>> 0;
            keys[2 * i] = ~keys[2 * i] >>> 0;
        }
        else {
            keys[2 * i + 1] = (hi | 0x80000000) >>> 0;
        }
    }
    let src = keys;
    let dst = new Uint32Array(n * 2);
    const count = new Uint32Array(65536);
    for (let pass = 0; pass < 4; pass++) {
        const word = pass < 2 ? 0 : 1;
        const shift = (pass & 1) * 16;
        count.fill(0);
        let same = true;
        const first = (src[word] >>> shift) & 0xffff;
        for (let i = 0; i < n; i++) {
            const d = (src[2 * i + word] >>> shift) & 0xffff;
            count[d]++;
            if (d !== first)
                same = false;
        }
        if (same)
            continue;
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (let i = 0; i < n; i++) {
            const lo = src[2 * i];
            const hi = src[2 * i + 1];
            const d = ((word === 0 ? lo : hi) >>> shift) & 0xffff;
            const p = count[d]++;
            dst[2 * p] = lo;
            dst[2 * p + 1] = hi;
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src !== keys)
        keys.set(src);
    for (let i = 0; i < n; i++) {
        const hi = keys[2 * i + 1];
        if (hi & 0x80000000) {
            keys[2 * i + 1] = (hi & 0x7fffffff) >>> 0;
        }
        else {
            keys[2 * i + 1] = ~hi >>> 0;
            keys[2 * i] = ~keys[2 * i] >>> 0;
        }
    }
    return values;
}
const SEG_BITS = 16;
const SEG = 1 << SEG_BITS;
const SEG_MASK = SEG - 1;
const DIGIT_BITS = 13;
const DIGIT_MASK = (1 << DIGIT_BITS) - 1;
/** Shift of each 13-bit digit inside its 32-bit word (pass 2 straddles the words: lo >>> 26 | hi << 6). */
const DIGIT_SHIFT = [0, 13, 26, 7, 20];
/** Maps segment values to unsigned-comparable keys in place: all bits of negatives flipped, the sign of positives. */
function toKeys(seg, n) {
    for (let c = 0, i = 0; c < seg.length; c++, i += SEG) {
        const k = seg[c];
        const m = Math.min(SEG, n - i) * 2;
        for (let o = 0; o < m; o += 2) {
            const hi = k[o + 1];
            if (hi & 0x80000000) {
                k[o + 1] = ~hi >>> 0;
                k[o] = ~k[o] >>> 0;
            }
            else
                k[o + 1] = (hi | 0x80000000) >>> 0;
        }
    }
}
/** Histogram of one digit, read from the segments or from the flat array; false when every key shares it. */
function histogram(count, seg, flat, n, pass, inSeg) {
    count.fill(0);
    const w = pass < 2 ? 0 : 1;
    const sh = DIGIT_SHIFT[pass];
    const cross = pass === 2;
    const tally = (k, m) => {
        if (cross)
            for (let o = 0; o < m; o += 2)
                count[((k[o] >>> 26) | (k[o + 1] << 6)) & DIGIT_MASK]++;
        else
            for (let o = 0; o < m; o += 2)
                count[(k[o + w] >>> sh) & DIGIT_MASK]++;
    };
    if (inSeg)
        for (let c = 0, i = 0; c < seg.length; c++, i += SEG)
            tally(seg[c], Math.min(SEG, n - i) * 2);
    else
        tally(flat, n * 2);
    let sum = 0;
    let used = 0;
    for (let d = 0; d < count.length; d++) {
        const c = count[d];
        if (c > 0)
            used++;
        count[d] = sum;
        sum += c;
    }
    return used > 1;
}
/** One scatter pass: segments → flat, or flat → segments. */
function scatter(count, seg, flat, n, pass, inSeg) {
    const w = pass < 2 ? 0 : 1;
    const sh = DIGIT_SHIFT[pass];
    const cross = pass === 2;
    if (inSeg) {
        for (let c = 0, i = 0; c < seg.length; c++, i += SEG) {
            const k = seg[c];
            const m = Math.min(SEG, n - i) * 2;
            for (let o = 0; o < m; o += 2) {
                const lo = k[o];
                const hi = k[o + 1];
                const d = cross ? ((lo >>> 26) | (hi << 6)) & DIGIT_MASK : ((w === 0 ? lo : hi) >>> sh) & DIGIT_MASK;
                const at = count[d]++ * 2;
                flat[at] = lo;
                flat[at + 1] = hi;
            }
        }
        return;
    }
    const m = n * 2;
    for (let o = 0; o < m; o += 2) {
        const lo = flat[o];
        const hi = flat[o + 1];
        const d = cross ? ((lo >>> 26) | (hi << 6)) & DIGIT_MASK : ((w === 0 ? lo : hi) >>> sh) & DIGIT_MASK;
        const at = count[d]++;
        const k = seg[at >>> SEG_BITS];
        const q = (at & SEG_MASK) * 2;
        k[q] = lo;
        k[q + 1] = hi;
    }
}
/**
 * Sorts `n` values held in fixed-size segments (each `2^16` values, all full but the last) into one new sorted
 * array, using the segments themselves as the radix sort's scratch: peak memory is twice the values, not three
 * times (segments, a contiguous copy and the sort's scratch). Five 13-bit LSD passes (the counts fit in L1/L2);
 * the segments are left holding garbage. NaNs must not be present.
 */
function sortSegmentsInto(segments, n) {
    const out = new Float64Array(n);
    if (n === 0)
        return out;
    const seg = segments.map((s) => new Uint32Array(s.buffer, s.byteOffset, s.length * 2));
    const flat = new Uint32Array(out.buffer);
    toKeys(seg, n);
    const count = new Uint32Array(1 << DIGIT_BITS);
    let inSeg = true;
    for (let pass = 0; pass < 5; pass++) {
        if (!histogram(count, seg, flat, n, pass, inSeg))
            continue; // every key has this digit: order unchanged
        scatter(count, seg, flat, n, pass, inSeg);
        inSeg = !inSeg;
    }
    if (inSeg) {
        for (let c = 0, i = 0; c < seg.length; c++, i += SEG)
            flat.set(seg[c].subarray(0, Math.min(SEG, n - i) * 2), i * 2);
    }
    const m = n * 2;
    for (let o = 0; o < m; o += 2) {
        const hi = flat[o + 1];
        if (hi & 0x80000000)
            flat[o + 1] = (hi & 0x7fffffff) >>> 0;
        else {
            flat[o + 1] = ~hi >>> 0;
            flat[o] = ~flat[o] >>> 0;
        }
    }
    return out;
}


/***/ })

};
