import type { EmbeddedCluster } from '../../api/src/shared/db/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const cluster = (globalThis as { __gjCluster?: EmbeddedCluster }).__gjCluster;
  if (cluster) await cluster.stop();
}
