import { Cursor } from '@mikro-orm/core';
import { type EntityManager, ref, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { type Connection, checkCursor, pageSize } from '../../shared/pagination';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { transition } from '../../shared/workflow/transition';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';
import { CaseStatus } from './case.enums';
import { CASE_FLOW } from './case-flow';
import { ms } from './case-rates.sql';
import { FollowUp, FollowUpSatisfaction, FollowUpSolved, FollowUpSource, REWORK_WINDOW_DAYS } from './follow-up.entity';
import { deadlinesFor, hoursFrom } from './routing.service';

export interface FollowUpAnswers {
  solved: FollowUpSolved;
  satisfaction: FollowUpSatisfaction;
  note?: string | null;
}

const DAY = 86_400_000;
const alreadyFollowedUp = () => new AppError('CONFLICT', 'case.alreadyFollowedUp');

/** Who may answer for this case, and as what: the command centre after a call, or the reporter themselves as a resident. */
function sourceFor(viewer: Viewer, caseFile: CaseFile): FollowUpSource | null {
  if (viewer.roles.includes(Role.COMMAND_CENTER)) return FollowUpSource.COMMAND_CENTER;
  if (viewer.roles.includes(Role.RESIDENT) && caseFile.reporter.id === viewer.userId) return FollowUpSource.REPORTER;
  return null;
}

/**
 * 回访, a transition of CASE_FLOW: records what the reporter said about a closed case, once per closure (the case row is locked, and
 * the unique (case, closure) settles the rest). NOT_SOLVED or NOT_SATISFIED within seven days of closing
 * sends the case back to its unit (退回重办): DISPATCHED with a new handling deadline and a REOPENED event (an on-site check that fails is a REWORK).
 * Exported for other features (residents answering from their own pages).
 */
export async function recordFollowUp(em: EntityManager, viewer: Viewer, caseId: string, answers: FollowUpAnswers): Promise<FollowUp> {
  let followUp: FollowUp | undefined;
  try {
    await transition(em, viewer, CASE_FLOW, caseId, {
      action: 'FOLLOWED_UP',
      from: [CaseStatus.CLOSED],
      allowed: (caseFile, ctx) => sourceFor(ctx.viewer, caseFile) !== null,
      apply: async (caseFile, { tx }) => {
        const closedAt = caseFile.closedAt;
        if (!closedAt) throw new AppError('CONFLICT', 'case.wrongStatus', { status: caseFile.status });
        if (await tx.count(FollowUp, { caseFile: caseFile.id, closedAt })) throw alreadyFollowedUp();
        const now = new Date();
        const unhappy = answers.solved === FollowUpSolved.NOT_SOLVED || answers.satisfaction === FollowUpSatisfaction.NOT_SATISFIED;
        const unitId = caseFile.assignedUnit?.id ?? null;
        followUp = tx.create(FollowUp, {
          caseFile: ref(caseFile),
          closedAt: new Date(closedAt.getTime()),
          unit: unitId ? tx.getReference(PartnerUnit, unitId, { wrapped: true }) : null,
          solved: answers.solved,
          satisfaction: answers.satisfaction,
          note: trimmed(answers.note) || null,
          source: sourceFor(viewer, caseFile) as FollowUpSource,
          recordedBy: tx.getReference(User, viewer.userId, { wrapped: true }),
          recordedAt: now,
          reworked: unhappy && !!unitId && now.getTime() - closedAt.getTime() <= REWORK_WINDOW_DAYS * DAY,
        });
        tx.persist(followUp);
        return { unitId };
      },
      after: async (caseFile, { tx, emit }) => {
        if (!followUp?.reworked) return;
        // Back to the unit it was dispatched to; its first 签收 stands, the handling starts again.
        caseFile.status = CaseStatus.DISPATCHED;
        caseFile.closedAt = null;
        caseFile.handledAt = null;
        caseFile.verifyDueAt = null;
        caseFile.dueAt = hoursFrom(new Date(), (await deadlinesFor(tx, caseFile.category)).handleHours);
        await emit({ subject: caseFile, action: 'REOPENED', unitId: caseFile.assignedUnit?.id ?? null });
      },
    });
    return followUp as FollowUp;
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw alreadyFollowedUp();
    throw error;
  }
}

/** Closed cases with no follow-up for their latest closure, oldest closure first: one index walk per page. */
const QUEUE_SQL = `SELECT c.id, c.closed_at FROM case_file c
  WHERE c.status = 'CLOSED' AND c.closed_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM case_follow_up f WHERE f.case_id = c.id AND f.closed_at = ${ms('c.closed_at')})
    AND (?::timestamptz IS NULL OR (c.closed_at, c.id) > (?::timestamptz, ?::uuid))
  ORDER BY c.closed_at, c.id LIMIT ?`;
const QUEUE_COUNT_SQL = `SELECT count(*)::int AS n FROM case_file c
  WHERE c.status = 'CLOSED' AND c.closed_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM case_follow_up f WHERE f.case_id = c.id AND f.closed_at = ${ms('c.closed_at')})`;

export class FollowUpService extends RequestService {
  record(caseId: string, answers: FollowUpAnswers): Promise<FollowUp> {
    return recordFollowUp(this.em, this.me, caseId, answers);
  }

  /** The command centre's 回访 queue. */
  async queue(first: number | null | undefined, after: string | null | undefined): Promise<Connection<CaseFile>> {
    const size = pageSize(first);
    const cursor = checkCursor(after);
    const [at, id] = cursor ? (Cursor.decode(cursor) as [string, string]) : [null, null];
    if (cursor && (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !isId(id))) throw new AppError('BAD_USER_INPUT', 'input.badCursor');
    const [rows, [count]] = await Promise.all([
      this.em.execute<{ id: string; closed_at: Date }[]>(QUEUE_SQL, [at, at, id, size + 1]),
      this.em.execute<{ n: number }[]>(QUEUE_COUNT_SQL),
    ]);
    const page = rows.slice(0, size);
    const cases = new Map((await this.em.find(CaseFile, { id: { $in: page.map((r) => r.id) } })).map((c) => [c.id, c]));
    const edges = page.flatMap((r) => {
      const node = cases.get(r.id);
      return node ? [{ node, cursor: Cursor.encode([new Date(r.closed_at).toISOString(), r.id]) }] : [];
    });
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: count.n };
  }
}
