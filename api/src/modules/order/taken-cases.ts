import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

// What the case workflow and the case policy ask of party orders, in SQL alone (no entity
// imports), so the case module can ask without depending on this module's types.

/** Ids of the cases this user took as party orders: a sub-select for caseFilter's `$in`. */
export const casesTakenBy = (userId: string) => raw('select po.case_id from party_order po where po.taken_by_id = ? and po.case_id is not null', [userId]);

/** Whether this user took the case's party order (and so handles it, as a unit would). */
export async function tookCaseOrder(em: EntityManager, caseId: string, userId: string): Promise<boolean> {
  const rows = await em.execute<{ one: number }[]>('select 1 as one from party_order where case_id = ? and taken_by_id = ?', [caseId, userId]);
  return rows.length > 0;
}

/** A closed case's order is done: from then on its hours count for the taker (once, however often it closes). */
export async function completeCaseOrder(em: EntityManager, caseId: string): Promise<void> {
  await em.execute('update party_order set done_at = now() where case_id = ? and taken_by_id is not null and done_at is null', [caseId]);
}
