import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

// The client is served by the API process in production (dist/web) and by Vite in `npm run dev`,
// which forwards /graphql to the API on port 4000.

const APP_VENDOR =
  /node_modules[\\/](@apollo|rxjs|graphql|optimism|@wry|tslib|react-router|i18next|react-i18next|stylis|@emotion|@ant-design[\\/](cssinjs|cssinjs-utils|fast-color|colors|icons-svg|icons)|@rc-component[\\/](util|motion|trigger|portal|resize-observer|context))[\\/]/;
const ANTD_BASE = /node_modules[\\/]antd[\\/]es[\\/](_util|config-provider|theme|style|locale|button|grid|layout|drawer|space|wave|locale-provider)[\\/]/;
const ANTD_ES = resolve(__dirname, '..', 'node_modules', 'antd', 'es');
const kebab = (name: string) => (name === 'QRCode' ? 'qr-code' : name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase()));

/** `import { Button, Table } from 'antd'` becomes one import per component, so a page's chunk holds only the components it uses, not the union of every page's. */
function antdPerComponent(): Plugin {
  return {
    name: 'gj-antd-per-component',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('node_modules') || !code.includes('antd')) return null;
      return code.replace(/import\s*\{([^}]*)\}\s*from\s*["']antd["'];?/g, (whole, names: string) => {
        const parts = names
          .split(',')
          .map((part) => part.trim())
          .filter(Boolean)
          .map((part) => part.split(/\s+as\s+/));
        if (!parts.every(([name]) => existsSync(join(ANTD_ES, kebab(name), 'index.js')))) return whole;
        return parts.map(([name, local = name]) => `import ${local} from "antd/es/${kebab(name)}";`).join('\n');
      });
    },
  };
}

/** Brotli and gzip copies of every file beside it; the server sends the one the browser accepts. */
function preCompress(): Plugin {
  return {
    name: 'gj-pre-compress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(file)) continue;
        const path = join(options.dir ?? '', file);
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }));
        writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

export default defineConfig(({ command }) => ({
  root: __dirname,
  plugins: [
    react(),
    antdPerComponent(),
    preCompress(),
    VitePWA({
      // Registered from main.tsx: the CSP refuses the inline script the plugin would add.
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: '共建 · 党建引领社区治理',
        short_name: '共建',
        description: '共驻共建、网格治理、志愿服务、敲门关爱',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#c41d1d',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The shell and every page's code, so the field pages open with no network; charts are fetched when first opened.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        globIgnores: ['**/Chart-*.js'],
        navigateFallback: '/index.html',
        // Shows Web Push notifications (web/public/push-sw.js), with no switch to injectManifest.
        importScripts: ['/push-sw.js'],
        // The server's own routes never get the app shell: the API, health, photos, uploads, exports, templates.
        navigateFallbackDenylist: [/^\/graphql/, /^\/healthz/, /^\/api\//],
        runtimeCaching: [{ urlPattern: ({ url }) => url.pathname.startsWith('/assets/'), handler: 'CacheFirst', options: { cacheName: 'gj-assets' } }],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  // react-router's package points every bundler at its development build; a production build gets the production one.
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: resolve(__dirname, '..', 'node_modules/react-router/dist/production/index.mjs') }] } : {},
  build: {
    outDir: resolve(__dirname, '..', 'dist', 'web'),
    emptyOutDir: true,
    manifest: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // Over HTTP/1.1 with 400 ms round trips, thirty small chunks cost more than their bytes: what the
        // app needs on every page (the client, the router, i18next, Ant Design's core) travels as two files.
        codeSplitting: {
          groups: [
            // React is the sign-in page's; the groups below would otherwise take it along as a dependency.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
            { name: 'app-vendor', test: APP_VENDOR, priority: 10 },
            { name: 'antd-base', test: ANTD_BASE, priority: 9 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': { target: 'http://localhost:4000', ws: true }, '/healthz': 'http://localhost:4000' },
  },
}));
