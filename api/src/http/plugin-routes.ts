import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { PluginRule } from './routes';

/** The routes Apollo, graphql-ws and @fastify/static add, ruled in one place; anything else they add stays unruled (refused). */
export function pluginRoutes(webDir: string): PluginRule {
  return (method, url) => {
    // Apollo: the HTTP door is open; each root field carries its own rule (@Allow/@Public, denyUnruledPlugin).
    if (url === '/graphql' && (method === 'POST' || method === 'OPTIONS')) return 'public';
    // graphql-ws upgrade: onConnect refuses a connection without a valid session; a plain GET answers 400.
    if (url === '/graphql' && (method === 'GET' || method === 'HEAD')) return 'public';
    // The built web client's files, the same for everyone.
    if ((method === 'GET' || method === 'HEAD') && isWebFile(webDir, url)) return 'public';
    return undefined;
  };
}

function isWebFile(webDir: string, url: string): boolean {
  const path = resolve(webDir, `.${url}`);
  const inside = relative(webDir, path);
  return !!inside && !inside.startsWith('..') && !!statSync(path, { throwIfNoEntry: false })?.isFile();
}
