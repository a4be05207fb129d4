// ESLint for the server (src/, test/, migrations/); client/ has its own config. Formatting is
// Prettier's job: none of the configs below enable a formatting rule.
import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'client/**', 'coverage/**', 'node_modules/**', '.data/**', 'outbox/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { 'simple-import-sort': simpleImportSort },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // `const { http: _http, ...rest } = …` is how a field is dropped from an object.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Nest and Apollo declare some hooks async (throttler trackers, Apollo plugin callbacks);
      // implementing them with an async function that has nothing to await is correct.
      '@typescript-eslint/require-await': 'off',
      // Raw SQL rows are typed with a cast, `(await m.query(sql)) as Row[]`; the rule insists on
      // `m.query<Row[]>(sql)` instead, which says the same thing and is no safer.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
    },
  },
  {
    // Config files are plain JavaScript outside the TypeScript project.
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
  {
    files: ['test/**/*.ts', 'src/**/*.spec.ts'],
    rules: {
      // Tests read raw SQL rows (`DataSource.query` returns any) and HTTP bodies (supertest's
      // `res.body` is any) and check them with expect(), which fails loudly on a wrong shape.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
