import { loadConfig } from '../src/config';
import { withDatabase } from '../src/orm';

// npm run db:migrate: applies committed migrations to the configured database (withDatabase migrates).
withDatabase(loadConfig(), async () => console.log('Database is up to date.')).catch((error) => {
  console.error(error);
  process.exit(1);
});
