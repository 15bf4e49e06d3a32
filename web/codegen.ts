import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for the web client, from the emitted schema. `npm run codegen` writes them;
// a test runs this with --check and fails when they are stale.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    // The shell's operations stand apart, so the shell chunk does not carry every page's documents.
    'web/src/app/auth.generated.ts': {
      documents: 'web/src/app/auth.graphql',
      plugins: ['typescript-operations', 'typed-document-node'],
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
    'web/src/gql/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*', '!web/src/app/auth.generated.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
