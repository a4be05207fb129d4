import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: process.env.RALLY_SCHEMA ?? '../schema.graphql',
  documents: ['src/modules/**/graphql/*.ts'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string', JSON: 'unknown' },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        enumType: 'const',
        useTypeImports: true,
      },
    },
  },
};

export default config;
