import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/config';
import { printAppSchema } from '../src/schema-print';

// npm run schema: writes schema/schema.graphql from the decorated classes.
const path = join(projectRoot(), 'schema', 'schema.graphql');
writeFileSync(path, printAppSchema());
console.log(`Wrote ${path}`);
