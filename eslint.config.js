// Lint rules, including the architecture: imports flow one way (app → features →
// components / data / config → lib), features never import each other, and the browser code
// never touches raw HTML, eval or the build-time schema library.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder of src/features is a feature: a new one is bounded without being listed here.
const features = readdirSync(join(import.meta.dirname, 'src', 'features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      '.ssr',
      '.ssr-*',
      'node_modules',
      'coverage',
      'test-results',
      'playwright-report',
      '**/*.tmp.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'No raw HTML: render React elements instead.',
        },
        {
          selector:
            'AssignmentExpression > MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'No raw HTML: build DOM nodes or React elements instead.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'No raw HTML: build DOM nodes or React elements instead.',
        },
        {
          selector:
            "JSXOpeningElement:has(JSXAttribute[name.name='target'][value.value='_blank']):not(:has(JSXAttribute[name.name='rel'][value.value='noopener noreferrer']))",
          message: 'A link that opens a new tab needs rel="noopener noreferrer".',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/lib',
              from: './src',
              except: ['./lib'],
              message: 'lib/ is generic: it imports nothing else from src/.',
            },
            {
              target: './src/config',
              from: ['./src/app', './src/features', './src/components', './src/data'],
              message: 'config/ sits below everything but lib/.',
            },
            {
              target: './src/data',
              from: ['./src/app', './src/features', './src/components'],
              message: 'data/ must not depend on UI code.',
            },
            {
              target: './src/components',
              from: ['./src/app', './src/features'],
              message: 'components/ are generic: no feature or app code.',
            },
            {
              target: './src/features',
              from: './src/app',
              message:
                'features/ must not import app/: routes compose features, not the other way round.',
            },
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message:
                'Features never import each other; move shared code to components/, data/ or lib/, or compose in app/.',
            })),
          ],
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'zod',
                '**/data/schema',
                '**/data/check',
                '**/data/references',
                '**/data/content-rules',
              ],
              allowTypeImports: true,
              message: 'zod and the data schema are build-time only; import types from data/types.',
            },
            {
              group: ['**/*.build', '**/*.build.ts'],
              allowTypeImports: true,
              message:
                'A .build.ts module runs at build time (the content compiler): browser code may import its types, never its values.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/data/schema.ts',
      'src/data/check.ts',
      'src/data/references.ts',
      'src/data/content-rules.ts',
      'src/**/*.build.ts',
    ],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
