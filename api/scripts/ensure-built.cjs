#!/usr/bin/env node
// `npm start` and `npm test` build only what changed: the API (tsc) when a server source is newer
// than its output, the web client (vite) when a client source is newer than its index.html.
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const newest = (dir) => {
  let latest = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else latest = Math.max(latest, statSync(p).mtimeMs);
    }
  };
  if (existsSync(dir)) walk(dir);
  return latest;
};
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

// GJ_NO_BUILD=1: use dist/ as it is (several people editing at once; API tests run the sources anyway).
if (process.env.GJ_NO_BUILD === '1') process.exit(0);
const only = process.argv[2];
const apiOut = join(root, 'dist', 'api', 'api', 'src', 'main.js');
const apiSources = Math.max(
  newest(join(root, 'api')),
  newest(join(root, 'seeds')),
  newest(join(root, 'bench')),
  mtime(join(root, 'tsconfig.json')),
  mtime(join(root, 'package-lock.json')),
);
if (only !== '--web' && mtime(apiOut) < apiSources) {
  console.log('[build] compiling the API (tsc)');
  run('npx tsc -p api/tsconfig.build.json');
}
const webOut = join(root, 'dist', 'web', 'index.html');
const webSources = Math.max(newest(join(root, 'web')), mtime(join(root, 'package-lock.json')));
if (only !== '--api' && mtime(webOut) < webSources) {
  console.log('[build] building the web client (vite)');
  run('npx vite build --config web/vite.config.ts');
}
