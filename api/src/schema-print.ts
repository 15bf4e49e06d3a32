import { printSchema } from 'graphql';
import { appSchema } from './schema';

const HEADER = '# Generated from the code by `npm run schema`. Do not edit: a test fails when it is stale.\n\n';

export function printAppSchema(): string {
  return `${HEADER}${printSchema(appSchema())}\n`;
}
