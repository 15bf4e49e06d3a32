import { existsSync, readFileSync, statSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/app';

// Grid workers and volunteers open the app on phones over mobile data (issue #10). What counts is
// what the server sends: the brotli copies made at build time. The sign-in page carries React and
// itself only; the app, Ant Design and every page are chunks fetched when needed; libraries are their
// production builds. WEB_DIR measures another build than dist/web.

const web = process.env.WEB_DIR ?? join(__dirname, '..', '..', 'dist', 'web');
const manifest: Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean; css?: string[] }> = JSON.parse(
  readFileSync(join(web, '.vite', 'manifest.json'), 'utf8'),
);

function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) staticClosure(next, seen);
  return seen;
}

/** Bytes on the wire for a browser that accepts brotli. */
const sent = (file: string) => (existsSync(join(web, `${file}.br`)) ? statSync(join(web, `${file}.br`)).size : statSync(join(web, file)).size);
const files = (keys: Set<string>) => [...keys].flatMap((key) => [manifest[key].file, ...(manifest[key].css ?? [])]);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe('what a phone downloads first', () => {
  const signIn = staticClosure('index.html');

  it('the sign-in page is under 70 KB as sent (brotli), in at most three files', () => {
    const total = files(signIn).reduce((sum, file) => sum + sent(file), 0);
    console.log(`sign-in page: ${kb(total)} brotli in ${signIn.size} files`);
    expect(total).toBeLessThan(70 * 1024);
    expect(signIn.size).toBeLessThanOrEqual(3);
  });

  it('the app, Ant Design and every page load after sign-in, on demand', () => {
    expect(manifest['index.html'].dynamicImports).toEqual(expect.arrayContaining(['src/app/App.tsx']));
    const app = staticClosure('src/app/App.tsx');
    const pages = manifest['src/app/App.tsx'].dynamicImports ?? [];
    expect(pages).toEqual(expect.arrayContaining(['src/features/org/CommunitiesPage.tsx', 'src/features/org/UsersPage.tsx', 'src/features/org/UnitsPage.tsx']));
    for (const page of pages) expect([page, signIn.has(page) || app.has(page)]).toEqual([page, false]);
    const antd = [...signIn].filter((key) => /antd|app-vendor/.test(manifest[key].file));
    expect(antd).toEqual([]);
    const total = files(app).reduce((sum, file) => sum + sent(file), 0);
    console.log(`the app before any page: ${kb(total)} brotli in ${app.size} files`);
  });

  it('the report form a grid worker opens in the street carries React and itself only: no Ant Design, Apollo or i18next, under 90 KB', () => {
    expect(manifest['index.html'].dynamicImports).toEqual(expect.arrayContaining(['src/features/case/FieldReportPage.tsx']));
    const report = staticClosure('src/features/case/FieldReportPage.tsx', new Set(signIn));
    const code = [...report].map((key) => readFileSync(join(web, manifest[key].file), 'utf8')).join('\n');
    const heavy = [...report].filter((key) => /antd|app-vendor|Chart|gql/.test(manifest[key].file));
    expect([heavy, /ApolloClient|i18next|ant-btn/.test(code)]).toEqual([[], false]);
    const total = files(report).reduce((sum, file) => sum + sent(file), 0);
    console.log(`report form, with the page: ${kb(total)} brotli in ${report.size} files`);
    expect(total).toBeLessThan(90 * 1024);
  });

  it('every library is its production build', () => {
    const chunks = Object.values(manifest).filter((entry) => entry.file.endsWith('.js'));
    const development = chunks.filter((entry) => {
      const code = readFileSync(join(web, entry.file), 'utf8');
      // react-router's development build warns about unmatched locations; an unreplaced NODE_ENV keeps React's.
      return code.includes('No routes matched location') || code.includes('process.env.NODE_ENV');
    });
    expect(development.map((entry) => entry.file)).toEqual([]);
  });

  it('every script, stylesheet and the page of 1 KB or more has brotli and gzip copies of the same bytes', () => {
    const shipped = [...new Set([...Object.values(manifest).flatMap((entry) => [entry.file, ...(entry.css ?? [])]), 'index.html'])];
    const missing = shipped.filter((file) => statSync(join(web, file)).size >= 1024 && !(existsSync(join(web, `${file}.br`)) && existsSync(join(web, `${file}.gz`))));
    expect(missing).toEqual([]);
    const entry = manifest['index.html'].file;
    const original = readFileSync(join(web, entry));
    expect(brotliDecompressSync(readFileSync(join(web, `${entry}.br`))).equals(original)).toBe(true);
    expect(gunzipSync(readFileSync(join(web, `${entry}.gz`))).equals(original)).toBe(true);
  });
});

describe('how the server sends it', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ WEB_DIR: web });
  }, 60_000);
  afterAll(() => app?.close());

  const entry = () => manifest['index.html'].file;
  /** The bytes as sent (fetch would decode them). */
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      httpGet(`${app.url}${path}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });

  it('hashed assets: the brotli copy to a browser that takes it, gzip to one that takes only gzip, immutable for a year', async () => {
    const br = await get(`/${entry()}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect([br.status, br.headers['content-encoding'], br.headers['cache-control']]).toEqual([200, 'br', 'public, max-age=31536000, immutable']);
    expect(br.body.equals(readFileSync(join(web, `${entry()}.br`)))).toBe(true);
    const gz = await get(`/${entry()}`, { 'accept-encoding': 'gzip' });
    expect([gz.headers['content-encoding'], gz.headers.vary?.toLowerCase()]).toEqual(['gzip', expect.stringContaining('accept-encoding')]);
    expect(gunzipSync(gz.body).equals(readFileSync(join(web, entry())))).toBe(true);
    const plain = await get(`/${entry()}`, { 'accept-encoding': 'identity' });
    expect([plain.headers['content-encoding'], plain.body.equals(readFileSync(join(web, entry())))]).toEqual([undefined, true]);
  });

  it('the page, the service worker and the manifest are checked again on every visit; the page keeps its CSP', async () => {
    const page = await get('/cases/report', { accept: 'text/html', 'accept-encoding': 'br' });
    expect([page.status, page.headers['cache-control'], page.headers['content-security-policy']]).toEqual([200, 'no-cache', expect.stringContaining("script-src 'self'")]);
    expect(page.headers['content-security-policy']).toContain("worker-src 'self'");
    for (const path of ['/sw.js', '/manifest.webmanifest', '/index.html']) {
      const response = await get(path);
      expect([path, response.status, response.headers['cache-control']]).toEqual([path, 200, 'no-cache']);
    }
  });

  it('a large GraphQL answer is compressed on the fly; a small one is not', async () => {
    const large = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description fields { name description } } } }' }),
    });
    expect([large.status, large.headers.get('content-encoding')]).toEqual([200, 'br']);
    expect(((await large.json()) as { data: { __schema: { types: unknown[] } } }).data.__schema.types.length).toBeGreaterThan(50);
    const small = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect([small.status, small.headers.get('content-encoding')]).toEqual([200, null]);
  });
});
