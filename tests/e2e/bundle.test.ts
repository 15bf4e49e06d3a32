import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Grid workers and volunteers open the app on phones over mobile data: the JavaScript of the
// sign-in page and the shell (the entry chunk and everything it imports statically) stays under
// 300 KB gzipped, and the admin pages are chunks of their own.

const web = join(__dirname, '..', '..', 'dist', 'web');
const manifest: Record<string, { file: string; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }> = JSON.parse(
  readFileSync(join(web, '.vite', 'manifest.json'), 'utf8'),
);

function staticClosure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key].imports ?? []) staticClosure(next, seen);
  return seen;
}

const gz = (file: string) => gzipSync(readFileSync(join(web, file)), { level: 9 }).length;

describe('what a phone downloads first', () => {
  const shell = staticClosure('index.html');
  const files = [...shell].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));

  it('the sign-in page and the shell are under 300 KB of gzipped JavaScript', () => {
    const total = files.reduce((sum, file) => sum + gz(file), 0);
    console.log(`shell JS: ${(total / 1024).toFixed(1)} KB gzipped in ${files.length} files`);
    expect(total).toBeLessThan(300 * 1024);
  });

  it('every feature page is loaded on demand, not with the shell', () => {
    const lazyPages = manifest['index.html'].dynamicImports ?? [];
    expect(lazyPages).toEqual(expect.arrayContaining(['src/features/org/CommunitiesPage.tsx', 'src/features/org/UsersPage.tsx', 'src/features/org/UnitsPage.tsx']));
    for (const page of lazyPages) expect(shell.has(page)).toBe(false);
  });
});
