import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** One row per China calendar day: the last case number handed out that day. */
@Entity({ tableName: 'case_number_day' })
@Check({ name: 'case_number_day_last_check', expression: 'last >= 1' })
export class CaseNumberDay {
  @PrimaryKey({ type: 'date' })
  day: string;

  @Property({ type: 'integer' })
  last: number;
}

/**
 * The next number of the day `reportedAt` falls on in China (赤壁-20261127-0069), from the SQL
 * function the migration defines: the day's counter row is upserted in the caller's transaction,
 * so concurrent reports wait on its lock and get consecutive numbers, and a rollback gives it back.
 * A BEFORE INSERT trigger calls the same function for rows inserted without a number (bulk seeds).
 */
export async function nextCaseNumber(tx: EntityManager, reportedAt: Date): Promise<string> {
  const [row] = await tx.execute<{ number: string }[]>('SELECT next_case_number(?::timestamptz) AS number', [reportedAt]);
  return row.number;
}
