import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isObjectType } from 'graphql';
import { appSchema } from '../../api/src/schema';
import { printAppSchema } from '../../api/src/schema-print';
import { accessOf } from '../../api/src/shared/auth/access';
import { codeOf, post, startTestApp, type TestApp } from '../support/app';

const root = join(__dirname, '..', '..');

describe('generated artefacts are not stale', () => {
  it('schema/schema.graphql is what the code emits (run `npm run schema`)', () => {
    expect(readFileSync(join(root, 'schema', 'schema.graphql'), 'utf8')).toBe(printAppSchema());
  });

  it('the schema keeps the shared core contract (what is not built yet is listed, not failed)', () => {
    const out = execFileSync(process.execPath, [join(root, '..', 'shared', 'tools', 'check-contract.mjs'), '--partial', 'schema/schema.graphql'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^contract: compatible/);
  });

  it('the entities and the committed migrations agree (no pending migration)', async () => {
    const app = await startTestApp();
    try {
      const sql = await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false });
      expect(sql.trim()).toBe('');
    } finally {
      await app.close();
    }
  });
});

describe('deny by default', () => {
  it('every root field of the schema declares who may call it', () => {
    const schema = appSchema();
    const unruled: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) if (!accessOf(field.extensions)) unruled.push(`${type.name}.${field.name}`);
    }
    expect(unruled).toEqual([]);
  });

  it('the only public operations are `me`, `login`, registering a resident (throttled like sign-in) and the public page (公示) of organisations and counts', () => {
    const schema = appSchema();
    const open = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.values(type?.getFields() ?? {})
        .filter((field) => accessOf(field.extensions) === 'public')
        .map((field) => field.name),
    );
    expect(open.sort()).toEqual(['login', 'me', 'publicCommunities', 'publicCommunityPage', 'registerResident']);
  });

  it('no type exposes a password hash or a token hash', () => {
    const sdl = printAppSchema();
    expect(sdl).not.toMatch(/passwordHash|tokenHash/);
  });
});

describe('the HTTP surface', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('GET /healthz answers 200 when the database answers, with the LISTEN connection listening', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', listener: 'listening' });
  });

  it('refuses deep, wide and batched queries before running them', async () => {
    const deep = `{ me { community { grids { community { grids { community { grids { community { grids { community { grids { community { grids { name } } } } } } } } } } } } } }`;
    expect(codeOf(await app.admin.gql(deep))).toBe('GRAPHQL_VALIDATION_FAILED');
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(codeOf(await app.admin.gql(aliases))).toBe('GRAPHQL_VALIDATION_FAILED');
    const batch = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${app.admin.token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batch.status).toBe(400);
  });

  it('refuses a body over 1 MB and a cross-site simple request (CSRF)', async () => {
    const big = await post(app.url, { query: '{ me { id } }', variables: { pad: 'x'.repeat(1_100_000) } }).catch(() => ({ status: 413 }));
    expect(big.status).toBe(413);
    const csrf = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(csrf.status).toBe(400);
  });

  it('an unknown path is a 404, never the app shell for the API', async () => {
    const response = await fetch(`${app.url}/graphqlx`, { headers: { accept: 'application/json' } });
    expect(response.status).toBe(404);
  });

  it('errors carry a contract code and no stack, SQL or driver text', async () => {
    const r = await app.admin.gql('mutation { createCommunity(input: { name: "", subdistrict: "" }) { id } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors?.[0].extensions ?? {}).sort()).toEqual(['code', 'problems']);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|select |insert into|at .*\.ts:/i);
  });
});

describe('in production', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => app.close());

  it('introspection is off and misspelled fields get no suggestions', async () => {
    const intro = await app.admin.gql('{ __schema { types { name } } }');
    expect(intro.errors?.length).toBeGreaterThan(0);
    const typo = await app.admin.gql('{ communitie { id } }');
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
