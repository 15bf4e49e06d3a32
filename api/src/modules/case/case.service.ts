import { randomUUID } from 'node:crypto';
import { type EntityManager, type FilterQuery, QueryOrder, type QueryOrderMap, type RequiredEntityData, ref, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { residentOnly } from '../../shared/auth/access';
import type { Viewer } from '../../shared/auth/viewer';
import { notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { type Connection, checkCursor, pageSize, toConnection } from '../../shared/pagination';
import { CHANNEL } from '../../shared/pubsub';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { User } from '../org/user.entity';
import { admitResidentReport } from '../resident/resident-gate';
import { CaseFile } from './case.entity';
import { CaseCategory, CaseStatus, DEFAULT_DEADLINE_HOURS } from './case.enums';
import type { ReportCaseInput } from './case.inputs';
import { caseFilter } from './case.policy';
import { CASE_TOPIC, type CasePayload } from './case-events';
import { CASE_FLOW } from './case-flow';
import { nextCaseNumber } from './case-number';
import { sourceOf } from './case-source';
import { PhotoStage } from './photo.entity';
import { attachPhotos } from './photo.service';
import { deadlinesFor, hoursFrom } from './routing.service';

export interface CaseListArgs {
  status?: CaseStatus[] | null;
  overdue?: boolean | null;
  search?: string | null;
  /** 签收: only dispatched cases not yet signed for, the soonest due first. */
  unsigned?: boolean | null;
  first?: number | null;
  after?: string | null;
}

/** The SQL condition for "past the deadline of the stage it is in". */
export function overdueCondition(now: Date): FilterQuery<CaseFile> {
  return {
    $or: [
      { status: CaseStatus.REPORTED, acceptDueAt: { $lt: now } },
      { status: { $in: [CaseStatus.ACCEPTED, CaseStatus.DISPATCHED] }, dueAt: { $lt: now } },
      { status: CaseStatus.HANDLED, verifyDueAt: { $lt: now } },
    ],
  };
}

type NewCase = Omit<RequiredEntityData<CaseFile>, 'reporter' | 'reportedAt' | 'acceptDueAt' | 'number'>;

/** A case reported now by the viewer, with its acceptance deadline and first event, in the caller's transaction. */
export async function openCase(tx: EntityManager, viewer: Viewer, fields: NewCase, note?: string): Promise<CaseFile> {
  const reportedAt = new Date();
  const { acceptHours } = await deadlinesFor(tx, fields.category ?? undefined);
  const caseFile = tx.create(CaseFile, {
    ...fields,
    reporter: tx.getReference(User, viewer.userId, { wrapped: true }),
    reportedAt,
    number: await nextCaseNumber(tx, reportedAt),
    source: sourceOf(viewer.roles),
    acceptDueAt: hoursFrom(reportedAt, acceptHours),
  });
  await CASE_FLOW.record(tx, viewer, { subject: caseFile, action: 'REPORTED', note: note ?? null });
  return caseFile;
}

// A report without photos in one statement: the earlier case with the same key if there is one,
// else the case (numbered by the same next_case_number as openCase, deadline from the routing
// table) with its REPORTED event and the queue's NOTIFY, delivered when the statement commits.
// A retry racing with the same key meets the unique (reporter, key) constraint and rolls back
// whole, its case number with it; report() then returns the first.
const REPORT_SQL = `WITH prior AS (SELECT * FROM case_file WHERE reporter_id = ? AND idempotency_key = ?),
c AS (
  INSERT INTO case_file (id, number, title, description, category, status, address, latitude, longitude,
    community_id, reported_at, reporter_id, idempotency_key, source, accept_due_at, rework_count)
  SELECT ?, next_case_number(?::timestamptz), ?, ?, ?::case_category, 'REPORTED', ?, ?::float8, ?::float8, ?::uuid, ?::timestamptz, ?, ?, ?::case_source,
    ?::timestamptz + make_interval(hours => coalesce((SELECT r.accept_hours FROM case_routing_rule r WHERE r.category = ?::case_category), ?::int)), 0
  WHERE NOT EXISTS (SELECT 1 FROM prior) AND (?::uuid IS NULL OR EXISTS (SELECT 1 FROM community k WHERE k.id = ?::uuid))
  RETURNING *),
e AS (INSERT INTO case_event (case_id, action, actor_id, at) SELECT c.id, 'REPORTED', ?, ?::timestamptz FROM c)
SELECT c.*, pg_notify(?, ?) IS NULL AS notified FROM c
UNION ALL SELECT prior.*, NULL FROM prior`;

export class CaseService extends RequestService {
  constructor(private readonly ctx: Context) {
    super(ctx);
  }

  /** Reporting is open to every signed-in user; a retry with the same key returns the first case. */
  async report(input: ReportCaseInput): Promise<CaseFile> {
    const key = trimmed(input.idempotencyKey) || null;
    if (!residentOnly(this.me)) return this.reportNow(input, key);
    // A resident's retry returns the first case even past the day's limit; a new report passes the limits under the resident's lock.
    const first = () => (key ? this.em.fork().findOne(CaseFile, { reporter: this.me.userId, idempotencyKey: key }) : Promise.resolve(null));
    const earlier = await first();
    if (earlier) return earlier;
    try {
      return await this.em.transactional(async (tx) => {
        await admitResidentReport(tx, this.me, this.ctx.config.residents);
        return new CaseService({ ...this.ctx, em: tx }).reportNow(input, key);
      });
    } catch (error) {
      const raced = error instanceof UniqueConstraintViolationException ? await first() : null;
      if (raced) return raced;
      throw error;
    }
  }

  private async reportNow(input: ReportCaseInput, key: string | null): Promise<CaseFile> {
    const viewer = this.me;
    const communityId = input.communityId ?? viewer.communityId ?? null;
    if (!input.photoIds?.length && (!communityId || isId(communityId))) {
      try {
        const fast = await this.reportInOne(input, key, communityId);
        if (fast) return fast;
        throw notFound('community');
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException) || !key) throw error;
        const first = await this.em.fork().findOne(CaseFile, { reporter: viewer.userId, idempotencyKey: key });
        if (first) return first;
        throw error;
      }
    }
    return this.reportWithPhotos(input, key);
  }

  /** The one-statement report; null when the community names nothing. */
  private async reportInOne(input: ReportCaseInput, key: string | null, communityId: string | null): Promise<CaseFile | null> {
    const viewer = this.me;
    const id = randomUUID();
    const reportedAt = new Date();
    const category = input.category ?? CaseCategory.OTHER;
    const payload: CasePayload = { caseId: id, action: 'REPORTED', status: CaseStatus.REPORTED, unitId: null, communityId };
    const rows = await this.em.execute<Record<string, unknown>[]>(REPORT_SQL, [
      viewer.userId,
      key,
      id,
      reportedAt,
      trimmed(input.title),
      trimmed(input.description) || null,
      category,
      trimmed(input.address) || null,
      input.latitude ?? null,
      input.longitude ?? null,
      communityId,
      reportedAt,
      viewer.userId,
      key,
      sourceOf(viewer.roles),
      reportedAt,
      // openCase reads the routing table only for a category the reporter chose.
      input.category ?? null,
      DEFAULT_DEADLINE_HOURS.accept,
      communityId,
      communityId,
      viewer.userId,
      reportedAt,
      CHANNEL,
      JSON.stringify({ topic: CASE_TOPIC, payload }),
    ]);
    if (!rows.length) return null;
    const { notified: _, ...row } = rows[0];
    return this.em.map(CaseFile, row);
  }

  /** With photos: the case, its photos and its event in one transaction of entities. */
  private async reportWithPhotos(input: ReportCaseInput, key: string | null): Promise<CaseFile> {
    const viewer = this.me;
    if (key) {
      const earlier = await this.em.findOne(CaseFile, { reporter: viewer.userId, idempotencyKey: key });
      if (earlier) return earlier;
    }
    const communityId = input.communityId ?? viewer.communityId;
    let community: Community | null = null;
    if (communityId) {
      community = isId(communityId) ? await this.em.findOne(Community, communityId) : null;
      if (!community) throw notFound('community');
    }
    try {
      return await this.em.transactional(async (tx) => {
        const caseFile = await openCase(tx, viewer, {
          title: trimmed(input.title),
          description: trimmed(input.description) || null,
          address: trimmed(input.address) || null,
          latitude: input.latitude ?? null,
          longitude: input.longitude ?? null,
          category: input.category ?? undefined,
          community: community ? ref(community) : null,
          idempotencyKey: key,
        });
        await attachPhotos(tx, viewer, caseFile, input.photoIds, PhotoStage.REPORT);
        return caseFile;
      });
    } catch (error) {
      // Two retries racing with one key: the unique (reporter, key) constraint let one in; return it.
      if (key) {
        const first = await this.em.fork().findOne(CaseFile, { reporter: viewer.userId, idempotencyKey: key });
        if (first) return first;
      }
      throw error;
    }
  }

  /** null when the ID names nothing the viewer may see. */
  async find(id: string): Promise<CaseFile | null> {
    if (!isId(id)) return null;
    return this.em.findOne(CaseFile, { $and: [{ id }, caseFilter(this.me)] });
  }

  async list(args: CaseListArgs): Promise<Connection<CaseFile>> {
    const size = pageSize(args.first);
    const cursor = checkCursor(args.after);
    const and: FilterQuery<CaseFile>[] = [caseFilter(this.me)];
    if (args.status?.length) and.push({ status: { $in: args.status } });
    if (args.overdue) and.push(overdueCondition(new Date()));
    const search = trimmed(args.search);
    if (search) {
      const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      and.push({ $or: [{ number: { $ilike: like } }, { title: { $ilike: like } }] });
    }
    if (args.unsigned) and.push({ status: CaseStatus.DISPATCHED, acknowledgedAt: null, acknowledgeDueAt: { $ne: null } });
    const orderBy: QueryOrderMap<CaseFile> = args.unsigned ? { acknowledgeDueAt: QueryOrder.ASC, id: QueryOrder.ASC } : { reportedAt: QueryOrder.DESC, id: QueryOrder.DESC };
    const page = await this.em.findByCursor(CaseFile, { $and: and }, { first: size, after: cursor, orderBy, includeCount: true });
    return toConnection(page);
  }
}
