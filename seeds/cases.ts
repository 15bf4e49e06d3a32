import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseCategory, CaseStatus } from '../api/src/modules/case/case.enums';
import { followUpGenerator } from './case-follow-ups';

// A quarter of street cases as the article reports it (7月–9月: 7534 reported, 7389 filed and
// dispatched, 6967 closed: 94.29 %), generated deterministically and inserted in bulk, with the
// command centre's follow-up calls (case-follow-ups.ts).

export interface QuarterSpec {
  from: Date;
  to: Date;
  reported: number;
  filed: number;
  closed: number;
  unitIds: string[];
  communityIds: string[];
  reporterId: string;
  officerId: string;
  gridWorkerId: string;
  unitRepId: string;
  /** Only keys not used before are inserted; a second run with the same prefix adds nothing. */
  keyPrefix: string;
}

export const ARTICLE_QUARTER = { reported: 7534, filed: 7389, closed: 6967 } as const;

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CATEGORIES = Object.values(CaseCategory);
const TITLES: Record<CaseCategory, string[]> = {
  ENVIRONMENT: ['垃圾堆放', '垃圾桶满溢', '河渠漂浮物'],
  ROADS: ['路面破损', '人行道板松动', '井盖缺失'],
  DRAINAGE: ['下水道堵塞', '雨水井冒水'],
  LIGHTING: ['路灯不亮', '路灯杆倾斜'],
  ILLEGAL_CONSTRUCTION: ['乱搭乱建', '违规搭建雨棚'],
  PUBLIC_ORDER: ['占道经营', '乱停乱放'],
  SAFETY: ['电线私拉乱接', '消防通道堵塞'],
  OTHER: ['其他问题'],
};

const HOUR = 3_600_000;

export async function insertQuarter(em: EntityManager, spec: QuarterSpec): Promise<number> {
  const [{ n }] = await em.getConnection().execute<{ n: number }[]>('SELECT count(*)::int AS n FROM case_file WHERE idempotency_key LIKE ?', [`${spec.keyPrefix}%`]);
  if (n > 0) return 0;
  const rand = random(7534);
  const followUpsOf = followUpGenerator(1503);
  const followUps: Record<string, unknown>[] = [];
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const span = spec.to.getTime() - spec.from.getTime();
  const cases: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < spec.reported; i++) {
    const id = randomUUID();
    const category = pick(CATEGORIES);
    const reportedAt = new Date(spec.from.getTime() + Math.floor((span - 40 * HOUR) * (i / spec.reported) + rand() * HOUR));
    const rejected = i >= spec.filed;
    const closed = i < spec.closed;
    const acceptedAt = new Date(reportedAt.getTime() + (0.3 + rand() * 2.5) * HOUR);
    const filedAt = new Date(acceptedAt.getTime() + rand() * 0.8 * HOUR);
    const dueAt = new Date(filedAt.getTime() + 24 * HOUR);
    const handledAt = new Date(filedAt.getTime() + (0.5 + rand() * (rand() < 0.08 ? 40 : 20)) * HOUR);
    const verifiedAt = new Date(handledAt.getTime() + (0.5 + rand() * 6) * HOUR);
    const closedAt = new Date(verifiedAt.getTime() + (0.1 + rand() * 1.5) * HOUR);
    // The open remainder sits at every later stage: dispatched, handled, verified.
    const openStage = (i - spec.closed) % 3;
    const status = rejected ? CaseStatus.REJECTED : closed ? CaseStatus.CLOSED : [CaseStatus.DISPATCHED, CaseStatus.HANDLED, CaseStatus.VERIFIED][openStage];
    const handled = !rejected && (closed || openStage >= 1);
    // 签收 within 0–3 hours of dispatch (two hours allowed), spread without drawing on rand(), so the rest of the quarter stays as it was;
    // half of the cases still waiting at dispatch are not signed for yet.
    const acknowledgedAt =
      !rejected && (handled || i % 2 === 0) ? new Date(Math.min(filedAt.getTime() + ((i * 37) % 180) * 60_000, handled ? handledAt.getTime() : Number.POSITIVE_INFINITY)) : null;
    const unitId = rejected ? null : spec.unitIds[Math.floor(rand() * rand() * spec.unitIds.length)];
    cases.push({
      id,
      title: pick(TITLES[category]),
      category,
      status,
      community_id: pick(spec.communityIds),
      reported_at: reportedAt,
      reporter_id: spec.reporterId,
      idempotency_key: `${spec.keyPrefix}${i}`,
      assigned_unit_id: unitId,
      accept_due_at: new Date(reportedAt.getTime() + 2 * HOUR),
      filed_at: rejected ? null : filedAt,
      due_at: rejected ? null : dueAt,
      handled_at: handled ? handledAt : null,
      acknowledge_due_at: rejected ? null : new Date(filedAt.getTime() + 2 * HOUR),
      acknowledged_at: acknowledgedAt,
      verify_due_at: handled ? new Date(handledAt.getTime() + 8 * HOUR) : null,
      closed_at: closed ? closedAt : null,
      rework_count: 0,
    });
    const event = (action: string, at: Date, actor: string, unit: string | null = null) => events.push({ case_id: id, action, actor_id: actor, unit_id: unit, at, note: null });
    event('REPORTED', reportedAt, spec.reporterId);
    if (rejected) {
      event('REJECTED', acceptedAt, spec.officerId);
      continue;
    }
    event('ACCEPTED', acceptedAt, spec.officerId);
    event('DISPATCHED', filedAt, spec.officerId, unitId);
    if (acknowledgedAt) event('ACKNOWLEDGED', acknowledgedAt, spec.unitRepId, unitId);
    if (handled) event('HANDLED', handledAt, spec.unitRepId, unitId);
    if (closed || openStage === 2) event('VERIFIED', verifiedAt, spec.gridWorkerId, unitId);
    if (closed) event('CLOSED', closedAt, spec.officerId, unitId);
    if (closed && unitId && acknowledgedAt) {
      const answered = followUpsOf({ id, index: i, unitId, acknowledgedAt, handledAt, closedAt }, spec.officerId, spec.unitRepId, spec.gridWorkerId);
      followUps.push(...answered.followUps);
      events.push(...answered.events);
    }
  }
  // Inserted in reported order, so the database's per-day case numbers follow the time of report.
  cases.sort((a, b) => (a.reported_at as Date).getTime() - (b.reported_at as Date).getTime());
  const knex = em.getConnection().getKnex();
  await knex.transaction(async (trx) => {
    for (let i = 0; i < cases.length; i += 1000) await trx('case_file').insert(cases.slice(i, i + 1000));
    for (let i = 0; i < events.length; i += 2000) await trx('case_event').insert(events.slice(i, i + 2000));
    for (let i = 0; i < followUps.length; i += 2000) await trx('case_follow_up').insert(followUps.slice(i, i + 2000));
  });
  return cases.length;
}
