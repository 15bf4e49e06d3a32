import { join } from 'node:path';
import { backup } from '../src/backup/backup';
import { loadConfig } from '../src/config';

// npm run backup [-- path]: the database and the locally stored photos into one archive
// (a .tar, or a folder when the path does not end in .tar); by default backups/gongjian-<time>.tar.

const log = (line: string) => console.log(`[gongjian] ${line}`);
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const target = process.argv[2] ?? join('backups', `gongjian-${stamp}.tar`);

backup(loadConfig(), target, log)
  .then((manifest) => {
    const rows = manifest.database.tables.reduce((sum, table) => sum + table.rows, 0);
    log(`backed up ${rows} rows in ${manifest.database.tables.length} tables to ${target}`);
    if (manifest.photos.storage === 's3') log(manifest.photos.note);
    else {
      log(`with ${manifest.photos.count} photos (${(manifest.photos.bytes / 1024 / 1024).toFixed(1)} MB)`);
      if (manifest.photos.missing.length) log(`warning: ${manifest.photos.missing.length} photos named by the database are not in storage: ${manifest.photos.missing.join(', ')}`);
    }
  })
  .catch((error) => {
    console.error('[gongjian] backup failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  });
