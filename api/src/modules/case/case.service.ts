import { type EntityManager, type FilterQuery, type RequiredEntityData, ref } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { type Connection, checkCursor, pageSize, toConnection } from '../../shared/pagination';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';
import { CaseStatus } from './case.enums';
import type { ReportCaseInput } from './case.inputs';
import { caseFilter } from './case.policy';
import { recordCaseEvent } from './case-events';
import { nextCaseNumber } from './case-number';
import { PhotoStage } from './photo.entity';
import { attachPhotos } from './photo.service';
import { deadlinesFor, hoursFrom } from './routing.service';

export interface CaseListArgs {
  status?: CaseStatus[] | null;
  overdue?: boolean | null;
  search?: string | null;
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
    acceptDueAt: hoursFrom(reportedAt, acceptHours),
  });
  await recordCaseEvent(tx, caseFile, viewer, 'REPORTED', note);
  return caseFile;
}

export class CaseService extends RequestService {
  /** Reporting is open to every signed-in user; a retry with the same key returns the first case. */
  async report(input: ReportCaseInput): Promise<CaseFile> {
    const viewer = this.me;
    const key = trimmed(input.idempotencyKey) || null;
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
    const page = await this.em.findByCursor(CaseFile, { $and: and }, { first: size, after: cursor, orderBy: { reportedAt: 'desc', id: 'desc' }, includeCount: true });
    return toConnection(page);
  }
}
