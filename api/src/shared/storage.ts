import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where uploaded files live, by content hash. Local disk now; an S3-compatible store implements the same two calls. */
export interface FileStorage {
  put(sha256: string, bytes: Buffer): Promise<void>;
  get(sha256: string): Promise<Buffer | null>;
}

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private path(sha256: string): string {
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(sha256: string, bytes: Buffer): Promise<void> {
    const path = this.path(sha256);
    await mkdir(dirname(path), { recursive: true });
    // Written whole under a temporary name, then renamed: a reader never sees half a file.
    const temporary = `${path}.${process.pid}.${Date.now()}.part`;
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }

  async get(sha256: string): Promise<Buffer | null> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return null;
    return readFile(this.path(sha256)).catch(() => null);
  }
}
