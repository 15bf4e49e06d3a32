import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpush from 'web-push';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

export interface VapidSettings {
  dataDir: string;
  publicKey?: string;
  privateKey?: string;
  subject?: string;
}

const DEFAULT_SUBJECT = 'mailto:admin@gongjian.invalid';
const loaded = new Map<string, VapidKeys>();

/** VAPID keys from VAPID_PUBLIC_KEY / VAPID_PRIVATE_KEY, else made at first start and kept in DATA_DIR/vapid.json (mode 0600). */
export function vapidKeys(settings: VapidSettings): VapidKeys {
  const subject = settings.subject || DEFAULT_SUBJECT;
  if (settings.publicKey && settings.privateKey) return { publicKey: settings.publicKey, privateKey: settings.privateKey, subject };
  const file = join(settings.dataDir, 'vapid.json');
  const known = loaded.get(file);
  if (known) return known;
  let keys: { publicKey: string; privateKey: string };
  if (existsSync(file)) {
    keys = JSON.parse(readFileSync(file, 'utf8'));
  } else {
    keys = webpush.generateVAPIDKeys();
    mkdirSync(settings.dataDir, { recursive: true });
    // 'wx': two processes starting at once never overwrite each other's keys.
    try {
      writeFileSync(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' });
    } catch {
      keys = JSON.parse(readFileSync(file, 'utf8'));
    }
  }
  chmodSync(file, 0o600);
  const result = { ...keys, subject };
  loaded.set(file, result);
  return result;
}
