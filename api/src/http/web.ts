import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

// The built web client, for phones on slow mobile data: files are sent pre-compressed (brotli or
// gzip, made at build time), hashed assets are cached for a year and never re-checked, and
// everything else (index.html, the service worker, the manifest) is re-checked on every visit.

/** The page's Content-Security-Policy; `tiles` is the map's tile origin, the one foreign source of images. */
export const cspFor = (tiles: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: ${tiles}; connect-src 'self' ws: wss:; worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'`;

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Compression of dynamic answers (large GraphQL JSON, exports' CSV); before any route, which it hooks. Quick brotli: these are made per request. */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

export async function serveWeb(app: FastifyInstance, webDir: string, tiles: string): Promise<void> {
  const CSP = cspFor(tiles);
  const hasWeb = existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The compressed copies are answers to a file's own URL, not routes of their own.
      globIgnore: ['**/*.br', '**/*.gz'],
      // @fastify/static's own header (max-age=0) would overwrite the one set below.
      cacheControl: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', path.includes('/assets/') ? IMMUTABLE : 'no-cache');
        res.setHeader('Vary', 'Accept-Encoding');
        if (path.endsWith('.html') || path.endsWith('.html.br') || path.endsWith('.html.gz')) res.setHeader('Content-Security-Policy', CSP);
      },
    });
  }
  // Client-side routes get the app shell; anything else that matches nothing is a 404.
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/graphql') &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/assets/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage && hasWeb) {
      return reply.header('Cache-Control', 'no-cache').header('Content-Security-Policy', CSP).type('text/html').sendFile('index.html');
    }
    if (wantsPage) return reply.code(404).type('text/plain').send('The web client is not built: run `npm run build`.');
    return reply.code(404).send({ error: 'Not Found' });
  });
}
