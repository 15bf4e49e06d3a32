import { withDatabase } from '../src/shared/db/database';

// npm run db:migrate: applies committed migrations to the configured database (withDatabase migrates).
withDatabase(async () => console.log('Database is up to date.')).catch((error) => {
  console.error(error);
  process.exit(1);
});
