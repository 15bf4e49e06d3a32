import { rmSync } from 'node:fs';
import type { EmbeddedCluster } from '../../api/src/shared/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __gjCluster?: EmbeddedCluster; __gjDataDir?: string };
  if (state.__gjCluster) await state.__gjCluster.stop();
  if (state.__gjDataDir) rmSync(state.__gjDataDir, { recursive: true, force: true });
}
