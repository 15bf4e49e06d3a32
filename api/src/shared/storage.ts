import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type * as S3Module from './s3-storage';

/** Where uploaded and generated files live, by content hash: local disk, or an S3-compatible bucket. */
export interface FileStorage {
  /** Idempotent: the key is the hash, so storing the same bytes twice leaves one object. */
  put(sha256: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under that hash. */
  get(sha256: string): Promise<Buffer | null>;
  /** Throws an error that says what to fix when the store cannot be used; called once at start. */
  check(): Promise<void>;
}

/** An S3-compatible bucket (AWS, MinIO, Aliyun OSS, Tencent COS): STORAGE_URL=s3://bucket/prefix plus S3_*. */
export interface S3Settings {
  kind: 's3';
  bucket: string;
  /** Keys start with it (no leading or trailing slash); empty for the bucket's root. */
  prefix: string;
  /** Unset means AWS itself. */
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  /** Unset means the SDK's own chain (AWS_* variables, instance roles). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export type StorageSettings = { kind: 'local'; root: string } | S3Settings;

export const isSha256 = (value: string): boolean => /^[0-9a-f]{64}$/.test(value);

/** `aa/bb/<sha256>`: the same layout on disk, in a bucket and in a backup archive. */
export function storageKey(sha256: string): string {
  if (!isSha256(sha256)) throw new Error(`not a SHA-256 hex digest: "${sha256}"`);
  return `${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}`;
}

/** The configured store, checked: a start with a wrong bucket or key fails here, not at the first photo. */
export async function openStorage(settings: StorageSettings): Promise<FileStorage> {
  // Loaded only when asked for: the AWS SDK takes ~0.3 s to load and warns on Node 20; the embedded default never needs it.
  const storage = settings.kind === 's3' ? new (require('./s3-storage') as typeof S3Module).S3Storage(settings) : new LocalDiskStorage(settings.root);
  await storage.check();
  return storage;
}

export class LocalDiskStorage implements FileStorage {
  constructor(readonly root: string) {}

  private path(sha256: string): string {
    return join(this.root, storageKey(sha256));
  }

  async put(sha256: string, bytes: Buffer): Promise<void> {
    const path = this.path(sha256);
    await mkdir(dirname(path), { recursive: true });
    // Written whole under a temporary name, then renamed: a reader never sees half a file.
    // Random, not a timestamp: two uploads of the same photo in one millisecond must not share it.
    const temporary = `${path}.${process.pid}.${randomBytes(8).toString('hex')}.part`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }

  async get(sha256: string): Promise<Buffer | null> {
    if (!isSha256(sha256)) return null;
    return readFile(this.path(sha256)).catch(() => null);
  }

  async check(): Promise<void> {
    try {
      await mkdir(this.root, { recursive: true });
      await access(this.root, constants.W_OK);
    } catch (error) {
      throw new Error(`cannot write photos under ${this.root} (${(error as NodeJS.ErrnoException).code ?? error}): check DATA_DIR or STORAGE_URL`);
    }
  }

  /** Every stored hash (what a backup copies); files being written are skipped. */
  async *hashes(): AsyncGenerator<string> {
    for (const a of await readdir(this.root).catch(() => [])) {
      for (const b of await readdir(join(this.root, a)).catch(() => [])) {
        for (const name of await readdir(join(this.root, a, b)).catch(() => [])) if (isSha256(name)) yield name;
      }
    }
  }
}
