/** @type {import('jest').Config} */
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
// NestJS 12 ships ESM only; Jest must transform it (STACK.md pitfall 2).
const transformIgnorePatterns = ['/node_modules/(?!(@nestjs|file-type|@borewit|@tokenizer|strtok3|token-types|uint8array-extras)/)'];
module.exports = {
  maxWorkers: 2,
  testTimeout: 60000,
  projects: [
    { displayName: 'unit', testEnvironment: 'node', rootDir: '.', testMatch: ['<rootDir>/src/**/*.spec.ts'], transform, transformIgnorePatterns },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      rootDir: '.',
      testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
      transform,
      transformIgnorePatterns,
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
  ],
};
