import { loadConfig } from '../src/config';
import { withDatabase } from '../src/orm';

// npm run rollups:rebuild: recounts every dashboard and case statistics rollup from the base tables in
// one transaction (the SQL function rollups_rebuild of the migration "rollups"); writers wait meanwhile.
withDatabase(loadConfig(), async (orm) => {
  const started = Date.now();
  await orm.em.fork().transactional((tx) => tx.execute('SELECT rollups_rebuild()'));
  console.log(`[gongjian] rollups recounted in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}).catch((error) => {
  console.error('[gongjian] rollups rebuild failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
