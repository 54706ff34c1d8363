// The house style, enforced: type-aware typescript-eslint over the app, its plugins, the tests and
// the JavaScript (reader page, benchmarks, browser tests, database scripts); Prettier owns layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import fs from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The local plugins, every folder of src/plugins (a new one is covered without an edit here). One
 * never reaches into another's files: it calls the other's exported service interface, or src/shared.
 */
const PLUGINS = fs
  .readdirSync(new URL('./src/plugins/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** `no-restricted-imports` for the files of plugin `name`: every other plugin's files are out of reach. */
const boundaryFor = (name) => ({
  files: [`src/plugins/${name}/**/*.{ts,tsx,js}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: PLUGINS.filter((other) => other !== name).map((other) => ({
          group: [`**/plugins/${other}/**`, `../../../${other}/**`, `../../../../${other}/**`, `../../${other}/**`],
          message: `The ${name} plugin may not import the ${other} plugin's files: call its exported service interface, or move what both need to src/shared.`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      '.tmp/',
      '.cache/',
      '.strapi/',
      'types/generated/',
      'coverage/',
      'public/uploads/',
      'src/admin/',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  ...PLUGINS.map(boundaryFor),
  {
    // Plain JavaScript (CommonJS scripts, the reader page's ES modules): checked, but not against TypeScript's types.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['public/js/**/*.js'],
    languageOptions: { sourceType: 'module', globals: { ...globals.browser } },
  },
  {
    files: ['tests/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.jest } },
    // Tests read HTTP answers (supertest's `body` is untyped JSON) and assert on them: the
    // no-unsafe-* family would only ask for casts that prove nothing there.
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['tests/e2e/**/*.js'],
    // Playwright's page functions run in the browser.
    languageOptions: { globals: { ...globals.browser, ...globals.jest } },
  },
  prettier
);
