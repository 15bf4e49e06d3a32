import { restore } from '../src/backup/restore';
import { loadConfig } from '../src/config';

// npm run restore -- <archive> [--replace]: into the configured database (DATABASE_URL, or the
// embedded one under DATA_DIR, made when absent) and storage. Stop the server first.

const log = (line: string) => console.log(`[gongjian] ${line}`);
const args = process.argv.slice(2);
const source = args.find((arg) => !arg.startsWith('--'));
if (!source || args.some((arg) => arg.startsWith('--') && arg !== '--replace')) {
  console.error('usage: npm run restore -- <backup.tar or folder> [--replace]');
  process.exit(2);
}

restore(loadConfig(), source, { replace: args.includes('--replace') }, log)
  .then((manifest) => {
    const rows = manifest.database.tables.reduce((sum, table) => sum + table.rows, 0);
    log(`restored ${rows} rows in ${manifest.database.tables.length} tables from the backup of ${manifest.createdAt}`);
  })
  .catch((error) => {
    console.error('[gongjian] restore failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
