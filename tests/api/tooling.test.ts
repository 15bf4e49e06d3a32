import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

describe('generated web types', () => {
  it('web/src/gql is what graphql-codegen makes of the schema and the documents (run `npm run codegen`)', () => {
    const run = () =>
      execFileSync(process.execPath, [join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'), '--config', 'web/codegen.ts', '--check'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run).not.toThrow();
  });
});
