import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '**/node_modules/**',
      'test/fixtures/**',
      'coverage/**',
      'bench/.work/**',
      '**/.ml-gates/**',
      'packages/core/src/config/precompiled/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // Gate packages are pure logic: inputs in, result out. No GitHub runtime, no shelling out with user strings.
    files: ['packages/!(core|cli)/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*', '@octokit/*', '@ml-gates/core/github'],
              message: 'Gate packages must not use the GitHub runtime; take data and a logger.',
            },
          ],
        },
      ],
    },
  },
  {
    // Short functions (#17): a function a reader cannot see on two screens is split by what it does.
    files: ['packages/*/src/**/*.ts', 'actions/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 120 }] },
  },
  {
    // Fail closed (#14): a caught error never becomes "nothing found". Forbidden in package sources: empty catch
    // blocks (even with only a comment), and promise handlers that turn a rejection into a default value
    // (`.catch(() => ({ files: [] }))`, `.catch(() => {})`, `.then(ok, () => false)`); `.catch((e) =>
    // Promise.reject(new Error(context)))` is fine. Turn the error into a
    // finding, a not-run check or an error with context. The allow-list is explicit: a
    // `// eslint-disable-next-line no-restricted-syntax -- <why this one must stay>` on the line before.
    files: ['packages/*/src/**/*.ts'],
    rules: {
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CatchClause > BlockStatement.body[body.length=0]',
          message:
            'Empty catch block: a caught error must become a finding, a not-run check or an error with context (fail closed).',
        },
        {
          selector:
            "CallExpression[callee.property.name='catch'] > :matches(ArrowFunctionExpression, FunctionExpression)[body.type!='BlockStatement']:not([body.callee.object.name='Promise'][body.callee.property.name='reject'])",
          message:
            '.catch(() => <default>) turns a failure into "nothing found": report it (finding, notRun, error with context).',
        },
        {
          selector:
            "CallExpression[callee.property.name='catch'] > :matches(ArrowFunctionExpression, FunctionExpression) > BlockStatement[body.length=0]",
          message: '.catch(() => {}) swallows the error: report it (finding, notRun, error with context).',
        },
        {
          selector:
            "CallExpression[callee.property.name='catch'] > :matches(ArrowFunctionExpression, FunctionExpression) > BlockStatement[body.length=1] > ReturnStatement",
          message:
            '.catch(() => { return <default>; }) turns a failure into "nothing found": report it (finding, notRun, error with context).',
        },
        {
          selector:
            "CallExpression[callee.property.name='then'][arguments.length=2] > :matches(ArrowFunctionExpression, FunctionExpression):nth-child(2)[body.type!='BlockStatement']",
          message:
            '.then(ok, () => <default>) turns a failure into a value: handle the error explicitly (and only the codes you expect).',
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
