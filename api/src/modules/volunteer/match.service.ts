import { Field, Float, ObjectType } from 'type-graphql';
import { forbidden, notFound } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { byRank, type MatchRow, type MatchTask, outsiderMinimum, pointsPerScore, type Tier, tierQuery } from './match.score';
import { Task } from './task.entity';
import { Volunteer } from './volunteer.entity';
import { slotsOf } from './volunteer.enums';
import { managesVolunteersOf } from './volunteer.policy';

@ObjectType()
export class VolunteerMatch {
  @Field(() => Volunteer) volunteer: Volunteer;
  @Field(() => Float, { description: 'Higher is a better fit; matches come best first.' }) score: number;
  @Field(() => [String], { description: 'Human-readable reasons, e.g. which skills match and why the time fits.' }) reasons: string[];
}

const DAYS: Record<string, { zh: string; en: string }> = {
  MON: { zh: '周一', en: 'Mon' },
  TUE: { zh: '周二', en: 'Tue' },
  WED: { zh: '周三', en: 'Wed' },
  THU: { zh: '周四', en: 'Thu' },
  FRI: { zh: '周五', en: 'Fri' },
  SAT: { zh: '周六', en: 'Sat' },
  SUN: { zh: '周日', en: 'Sun' },
};
const PARTS: Record<string, { zh: string; en: string }> = { AM: { zh: '上午', en: 'morning' }, PM: { zh: '下午', en: 'afternoon' }, EVE: { zh: '晚上', en: 'evening' } };

function reasonsFor(row: MatchRow, matched: string[], slots: string[], lang: Lang): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  if (matched.length) out.push(zh ? `持有${matched.join('、')}技能` : `has ${matched.join(', ')}`);
  if (row.same_grid) out.push(zh ? '同一网格' : 'same grid');
  else if (row.same_community) out.push(zh ? '同一社区' : 'same community');
  if (row.stated && slots[0]) {
    const [day, part] = slots[0].split('_');
    out.push(zh ? `${DAYS[day].zh}${PARTS[part].zh}有空` : `free ${DAYS[day].en} ${PARTS[part].en}`);
  }
  const hours = row.tenths / 10;
  out.push(zh ? `近30天服务 ${hours} 小时` : `${hours} h served in 30 days`);
  if (row.continuity) out.push(zh ? '曾服务该需求' : 'served this need before');
  return out;
}

export class MatchService extends RequestService {
  /** The `first` best by MATCH_WEIGHTS among everyone who passes the hard filters, however many. */
  async matches(taskId: string, first?: number | null): Promise<VolunteerMatch[]> {
    const viewer = this.me;
    const task = isId(taskId) ? await this.em.findOne(Task, taskId) : null;
    if (!task) throw notFound('task');
    if (!managesVolunteersOf(viewer, task.community.id)) throw forbidden();
    const limit = Math.min(Math.max(first ?? 10, 1), 100);
    const slots = slotsOf(task.startsAt, task.endsAt);
    const shape: MatchTask = {
      id: task.id,
      communityId: task.community.id,
      gridId: task.grid?.id ?? null,
      needId: task.need?.id ?? null,
      requiredSkills: task.requiredSkills,
      startsAt: task.startsAt,
      endsAt: task.endsAt,
      slots,
    };
    // One clock for both tiers, so recent hours mean the same 30 days in each.
    const now = new Date();
    const run = (tier: Tier, floor: number | null) => {
      const { sql, params } = tierQuery(shape, tier, floor, limit, now);
      return this.em.execute<MatchRow[]>(sql, params);
    };
    const near = await run({ near: true }, null);
    // The community's k-th score bounds what anyone else must reach; usually only those holding most of the skills can.
    const floor = near.length === limit ? Number(near[limit - 1].points) : null;
    const minimum = outsiderMinimum(task.requiredSkills.length, floor);
    const far = minimum === null ? [] : await run({ near: false, minimum }, floor);
    const rows = [...near, ...far].sort(byRank).slice(0, limit);

    const volunteers = new Map((await this.em.find(Volunteer, { id: { $in: rows.map((r) => r.id) } })).map((v) => [v.id, v]));
    const scale = pointsPerScore(task.requiredSkills.length);
    return rows.flatMap((row) => {
      const volunteer = volunteers.get(row.id);
      if (!volunteer) return [];
      const matched = task.requiredSkills.filter((skill) => volunteer.skills.includes(skill));
      return [{ volunteer, score: Math.round((Number(row.points) / scale) * 1000) / 1000, reasons: reasonsFor(row, matched, slots, this.lang) }];
    });
  }
}
