import { Cursor } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { Role } from '../../shared/auth/role';
import { AppError } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { type Connection, checkCursor, pageSize } from '../../shared/pagination';
import { RequestService } from '../../shared/request-service';
import { CaseFile } from './case.entity';
import { PER_CASE, RATE_CASE_CONDITIONS } from './case-rates.sql';

export enum RateCaseKind {
  LATE_SIGN_FOR = 'LATE_SIGN_FOR',
  NOT_SOLVED = 'NOT_SOLVED',
  PARTLY_SOLVED = 'PARTLY_SOLVED',
  NOT_SATISFIED = 'NOT_SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  REWORKED = 'REWORKED',
  PENDING_FOLLOW_UP = 'PENDING_FOLLOW_UP',
  NOT_CLOSED = 'NOT_CLOSED',
}
registerEnumType(RateCaseKind, {
  name: 'RateCaseKind',
  description:
    'Signed for late or never; followed up NOT_SOLVED / PARTLY_SOLVED / NOT_SATISFIED / BASICALLY_SATISFIED; sent back by a follow-up; closed, awaiting follow-up; not closed.',
});

const FIVE_YEARS = 5 * 366 * 86_400_000;
const SEES_ALL: readonly Role[] = [Role.ADMIN, Role.CITY_LEADER, Role.COMMAND_CENTER];

/** The cases behind a unit's rate, oldest report first, limited to those the viewer may see (case.policy's caseFilter, in SQL). */
export class RateCasesService extends RequestService {
  async list(unitId: string, from: Date, to: Date, kind: RateCaseKind, first: number | null, after: string | null): Promise<Connection<CaseFile>> {
    if (!(to > from) || to.getTime() - from.getTime() > FIVE_YEARS) throw new AppError('BAD_USER_INPUT', 'input.badWindow');
    const size = pageSize(first);
    const cursor = checkCursor(after);
    const [at, id] = cursor ? (Cursor.decode(cursor) as [string, string]) : [null, null];
    if (cursor && (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || !isId(id))) throw new AppError('BAD_USER_INPUT', 'input.badCursor');
    if (!isId(unitId)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const me = this.me;
    const all = me.roles.some((r) => SEES_ALL.includes(r));
    const myUnit = me.roles.includes(Role.UNIT_REP) ? me.unitId : null;
    const myCommunity = me.roles.some((r) => r === Role.GRID_WORKER || r === Role.COMMUNITY_SECRETARY) ? me.communityId : null;
    const where = `p.unit_id = ?::uuid AND ${RATE_CASE_CONDITIONS[kind]}
      AND (?::boolean OR c.reporter_id = ?::uuid OR c.assigned_unit_id = ?::uuid OR c.community_id = ?::uuid)`;
    const params = [from, to, unitId, all, me.userId, myUnit, myCommunity];
    const [rows, [count]] = await Promise.all([
      this.em.execute<{ id: string; reported_at: Date }[]>(
        `WITH ${PER_CASE} SELECT p.id, p.reported_at FROM per_case p JOIN case_file c ON c.id = p.id
         WHERE ${where} AND (?::timestamptz IS NULL OR (p.reported_at, p.id) > (?::timestamptz, ?::uuid)) ORDER BY p.reported_at, p.id LIMIT ?`,
        [...params, at, at, id, size + 1],
      ),
      this.em.execute<{ n: number }[]>(`WITH ${PER_CASE} SELECT count(*)::int AS n FROM per_case p JOIN case_file c ON c.id = p.id WHERE ${where}`, params),
    ]);
    const page = rows.slice(0, size);
    const cases = new Map((await this.em.find(CaseFile, { id: { $in: page.map((r) => r.id) } })).map((c) => [c.id, c]));
    const edges = page.flatMap((r) => {
      const node = cases.get(r.id);
      return node ? [{ node, cursor: Cursor.encode([new Date(r.reported_at).toISOString(), r.id]) }] : [];
    });
    return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount: count.n };
  }
}
