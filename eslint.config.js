// ESLint (flat config) for the extension and the JavaScript tests: the recommended rules plus a few
// that catch real bugs (== instead of ===, a variable used before its declaration, a throw of
// something that is not an Error, a loop whose condition never changes, a map() that returns nothing).
'use strict';

const js = require('@eslint/js');
const globals = require('globals');

const bugs = {
  eqeqeq: ['error', 'always', { null: 'ignore' }],
  'no-use-before-define': ['error', { functions: false, classes: true, variables: false }],
  'no-throw-literal': 'error',
  'no-self-compare': 'error',
  'no-template-curly-in-string': 'error',
  'no-unmodified-loop-condition': 'error',
  'no-unreachable-loop': 'error',
  'no-constructor-return': 'error',
  'array-callback-return': 'error',
  'no-unused-vars': ['error', { args: 'after-used', argsIgnorePattern: '^_', caughtErrors: 'none' }],
};

module.exports = [
  { ignores: ['dist/**', 'target/**', 'node_modules/**', 'tests/fixtures/**', '**/*.d.ts'] },
  js.configs.recommended,
  {
    files: ['extension/**/*.js'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.serviceworker, ...globals.webextensions },
    },
    rules: bugs,
  },
  {
    // The content script's files and the shared classic scripts run as classic scripts.
    files: ['extension/content/**/*.js', 'extension/shared/contract.js', 'extension/shared/protocol.js', 'extension/shared/dom.js'],
    languageOptions: { sourceType: 'script' },
  },
  {
    // Every word a person reads in the pages comes from _locales (shared/i18n.js): no text literal
    // goes into the page, whether assigned, set as an attribute or given to el() as a child.
    files: ['extension/pages/**/*.js'],
    rules: {
      'no-restricted-syntax': ['error',
        {
          selector: 'AssignmentExpression[left.property.name=/^(textContent|innerText|innerHTML|title|placeholder|ariaLabel|alt)$/] > Literal.right[value=/[A-Za-z]/]',
          message: 'Text shown in a page comes from _locales: use t(key).',
        },
        {
          selector: 'AssignmentExpression[left.property.name=/^(textContent|innerText|innerHTML|title|placeholder|ariaLabel|alt)$/] > TemplateLiteral.right',
          message: 'Text shown in a page comes from _locales: use t(key, [values]).',
        },
        {
          selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^(aria-label|title|placeholder|alt)$/][arguments.1.type=/^(Literal|TemplateLiteral)$/]",
          message: 'Text shown in a page comes from _locales: use t(key).',
        },
        {
          selector: 'Property[key.value=/^(aria-label|title|placeholder|alt)$/][value.type=/^(Literal|TemplateLiteral)$/]',
          message: 'Text shown in a page comes from _locales: use t(key).',
        },
        {
          selector: 'Property[key.name=/^(title|placeholder|alt)$/][value.type=/^(Literal|TemplateLiteral)$/]',
          message: 'Text shown in a page comes from _locales: use t(key).',
        },
        {
          selector: "CallExpression[callee.name='el'] > Literal.arguments:not(:first-child)[value=/[A-Za-z]/]",
          message: 'Text shown in a page comes from _locales: use t(key).',
        },
        {
          selector: "CallExpression[callee.name='el'] > TemplateLiteral.arguments",
          message: 'Text shown in a page comes from _locales: use t(key, [values]).',
        },
      ],
    },
  },
  {
    files: ['tests/**/*.js', 'benches/**/*.js', 'tools/**/*.js', 'eslint.config.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'commonjs', globals: { ...globals.node } },
    rules: bugs,
  },
  {
    // Functions the tests run inside the browser (page.evaluate) see the page's and the extension's globals.
    files: ['tests/e2e/**/*.js', 'tests/firefox/**/*.js', 'tests/demo.js', 'benches/**/*.js', 'tests/server/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser, ...globals.webextensions } },
  },
  {
    files: ['tests/unit/**/*.mjs', 'tests/types/**/*.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    rules: bugs,
  },
];
