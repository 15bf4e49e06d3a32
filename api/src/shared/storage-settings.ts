import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StorageSettings } from './storage';

const S3_VARIABLES = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const;

/** STORAGE_URL and S3_*: unset is local disk under DATA_DIR/uploads; `s3://bucket/prefix` is a bucket; `file:///path` a folder. */
export function storageSettingsFrom(env: NodeJS.ProcessEnv, dataDir: string): StorageSettings {
  const url = env.STORAGE_URL || undefined;
  if (!url?.startsWith('s3://')) {
    // A half-configured bucket would silently keep photos on one machine: refuse instead.
    const stray = S3_VARIABLES.filter((name) => env[name]);
    if (stray.length) throw new Error(`${stray.join(', ')} set, but STORAGE_URL is not an s3:// URL: set STORAGE_URL=s3://bucket/prefix to use object storage`);
  }
  if (!url) return { kind: 'local', root: join(dataDir, 'uploads') };
  if (url.startsWith('file:')) {
    const root = fileURLToPath(url);
    if (!isAbsolute(root)) throw new Error(`STORAGE_URL must be file:///absolute/path, got "${url}"`);
    return { kind: 'local', root };
  }
  if (!url.startsWith('s3://')) throw new Error(`STORAGE_URL must be s3://bucket/prefix or file:///path, got "${url}"`);
  const parsed = new URL(url);
  const bucket = parsed.host;
  if (!bucket) throw new Error(`STORAGE_URL names no bucket: "${url}" (s3://bucket/prefix)`);
  const accessKeyId = env.S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY || undefined;
  if (!accessKeyId !== !secretAccessKey) throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither');
  const endpoint = env.S3_ENDPOINT || undefined;
  if (endpoint && !/^https?:\/\/[^/]/.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s):// URL, got "${endpoint}"`);
  return {
    kind: 's3',
    bucket,
    prefix: decodeURIComponent(parsed.pathname).replace(/^\/+|\/+$/g, ''),
    endpoint,
    region: env.S3_REGION || 'us-east-1',
    forcePathStyle: flag('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  };
}

function flag(name: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === '0' || value === 'false') return false;
  if (value === '1' || value === 'true') return true;
  throw new Error(`${name} must be 1 or 0, got "${value}"`);
}
