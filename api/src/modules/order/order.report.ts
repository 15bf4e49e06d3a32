import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { assertCommunityAdmin } from '../../shared/auth/scope';
import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { TableWorkbook } from '../../shared/xlsx';
import { Community } from '../org/community.entity';

@ObjectType({ description: "One party member's orders taken in the month." })
export class PartyOrderMemberRow {
  @Field(() => ID) userId: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: "The member's grid: their grid party branch." }) gridName: string | null;
  @Field(() => Int) taken: number;
  @Field(() => Int) done: number;
  @Field(() => Float, { description: 'Service hours of the orders done.' }) hours: number;
}

@ObjectType({ description: "One grid party branch's orders taken in the month." })
export class PartyOrderGridRow {
  @Field(() => ID, { nullable: true }) gridId: string | null;
  @Field(() => String, { nullable: true, description: 'Null: members with no grid.' }) gridName: string | null;
  @Field(() => Int) members: number;
  @Field(() => Int) taken: number;
  @Field(() => Int) done: number;
  @Field(() => Float) hours: number;
}

@ObjectType({ description: "党员领单月报: orders taken in a China calendar month, by member and by grid party branch, for the community's 党建 report." })
export class PartyOrderMonth {
  @Field(() => String) month: string;
  @Field(() => [PartyOrderMemberRow]) members: PartyOrderMemberRow[];
  @Field(() => [PartyOrderGridRow]) grids: PartyOrderGridRow[];
}

const CHINA_OFFSET = 8 * 3_600_000;

/** `2026-11` → the China month's bounds as instants. */
export function chinaMonth(month: string): { from: Date; to: Date } {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) throw new AppError('BAD_USER_INPUT', 'order.badMonth');
  const [year, index] = [Number(match[1]), Number(match[2]) - 1];
  return { from: new Date(Date.UTC(year, index, 1) - CHINA_OFFSET), to: new Date(Date.UTC(year, index + 1, 1) - CHINA_OFFSET) };
}

// One row per taker of the month: their name and (current) grid, as the branch they report to.
const MEMBERS_SQL = `select o.taken_by_id as user_id, u.display_name as name, g.id as grid_id, g.name as grid_name,
    count(*)::int as taken, count(o.done_at)::int as done, coalesce(sum(o.hours) filter (where o.done_at is not null), 0)::float as hours
  from party_order o join app_user u on u.id = o.taken_by_id
  left join volunteer v on v.user_id = o.taken_by_id left join grid g on g.id = v.grid_id
  where o.community_id = ? and o.taken_at >= ? and o.taken_at < ?
  group by o.taken_by_id, u.display_name, g.id, g.name order by count(*) desc, u.display_name`;

interface MemberSqlRow {
  user_id: string;
  name: string;
  grid_id: string | null;
  grid_name: string | null;
  taken: number;
  done: number;
  hours: number;
}

export class OrderReportService extends RequestService {
  async month(communityId: string, month: string): Promise<PartyOrderMonth & { community: Community }> {
    const community = isId(communityId) ? await this.em.findOne(Community, communityId) : null;
    if (!community) throw notFound('community');
    assertCommunityAdmin(this.viewer, community.id);
    const { from, to } = chinaMonth(month);
    const rows = await this.em.execute<MemberSqlRow[]>(MEMBERS_SQL, [community.id, from, to]);
    const members = rows.map((r) => ({ userId: r.user_id, name: r.name, gridName: r.grid_name, taken: r.taken, done: r.done, hours: Number(r.hours) }));
    const grids = new Map<string, PartyOrderGridRow>();
    for (const r of rows) {
      const key = r.grid_id ?? '';
      const row = grids.get(key) ?? { gridId: r.grid_id, gridName: r.grid_name, members: 0, taken: 0, done: 0, hours: 0 };
      row.members += 1;
      row.taken += r.taken;
      row.done += r.done;
      row.hours += Number(r.hours);
      grids.set(key, row);
    }
    return { community, month, members, grids: [...grids.values()].sort((a, b) => b.taken - a.taken || (a.gridName ?? '').localeCompare(b.gridName ?? '')) };
  }
}

const TEXT = {
  zh: {
    members: ['按党员', '党员', '网格党支部', '领单', '完成', '服务时长'],
    grids: ['按网格党支部', '网格党支部', '党员人数', '领单', '完成', '服务时长'],
    none: '未分网格',
    file: '党员领单',
  },
  en: {
    members: ['By member', 'Party member', 'Grid branch', 'Taken', 'Done', 'Hours'],
    grids: ['By grid branch', 'Grid branch', 'Members', 'Taken', 'Done', 'Hours'],
    none: 'No grid',
    file: 'party-orders',
  },
} as const;

/** The month as a workbook: the members sheet, then the grid branches. */
export async function partyOrderWorkbook(report: PartyOrderMonth & { community: Community }, lang: 'zh' | 'en'): Promise<{ fileName: string; body: Buffer }> {
  const text = TEXT[lang];
  const hours = (title: string) => ({ title, format: 'hours' as const });
  const body = await new TableWorkbook()
    .sheet(
      text.members[0],
      [...text.members.slice(1, 5), hours(text.members[5])],
      report.members.map((m) => [m.name, m.gridName ?? text.none, m.taken, m.done, m.hours]),
    )
    .sheet(
      text.grids[0],
      [...text.grids.slice(1, 5), hours(text.grids[5])],
      report.grids.map((g) => [g.gridName ?? text.none, g.members, g.taken, g.done, g.hours]),
    )
    .buffer();
  return { fileName: `${report.community.name}-${text.file}-${report.month}.xlsx`, body };
}
