#!/usr/bin/env node
// npm run dev: tsc in watch mode, the API restarted on every compile (node --watch), and Vite's dev
// server on :5173 with hot reload, forwarding /graphql to the API on :4000.
const { spawn } = require('node:child_process');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const children = [];
const run = (cmd, args, label) => {
  const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  child.on('exit', (code) => console.log(`[dev] ${label} exited (${code})`));
  children.push(child);
};

require('node:child_process').execFileSync(process.execPath, [join(__dirname, 'ensure-built.cjs'), '--api'], { cwd: root, stdio: 'inherit' });
run(bin('tsc'), ['-p', 'api/tsconfig.build.json', '--watch', '--preserveWatchOutput'], 'tsc');
run(process.execPath, ['--watch-path=dist/api', 'dist/api/api/src/main.js'], 'api');
run(bin('vite'), ['--config', 'web/vite.config.ts'], 'vite');
console.log('[dev] web with hot reload: http://localhost:5173   API: http://localhost:4000/graphql');

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
