import { Field, Float, ObjectType } from 'type-graphql';
import { forbidden, notFound } from '../../shared/errors';
import type { Lang } from '../../shared/i18n/lang';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { Task } from './task.entity';
import { Volunteer } from './volunteer.entity';
import { slotsOf } from './volunteer.enums';
import { managesVolunteersOf } from './volunteer.policy';

/**
 * How a volunteer's fit for a task is scored, 0 to 1. Hard filters come first (active, not already
 * signed up or waiting, no confirmed task overlapping the window, and — when they stated any —
 * free in one of the window's half-day slots). Then:
 *   skills       0.40 × share of the required skills they hold (0.20 when the task asks none)
 *   distance     0.20 same grid, 0.12 same community, 0 elsewhere
 *   availability 0.10 stated free in the window, 0.03 not stated
 *   fairness     0.20 × (1 − confirmed service hours of the last 30 days / 20, floored at 0)
 *   continuity   0.10 served a task of the same need before
 */
export const MATCH_WEIGHTS = {
  skills: 0.4,
  noSkillsAsked: 0.2,
  sameGrid: 0.2,
  sameCommunity: 0.12,
  available: 0.1,
  availabilityUnstated: 0.03,
  fairness: 0.2,
  fairHours: 20,
  continuity: 0.1,
} as const;

/** Candidates kept after the cheap, index-backed first pass, before fairness and continuity are counted. */
const SHORTLIST = 300;

@ObjectType()
export class VolunteerMatch {
  @Field(() => Volunteer) volunteer: Volunteer;
  @Field(() => Float, { description: 'Higher is a better fit; matches come best first.' }) score: number;
  @Field(() => [String], { description: 'Human-readable reasons, e.g. which skills match and why the time fits.' }) reasons: string[];
}

interface Row {
  id: string;
  matched: string[] | null;
  same_grid: boolean;
  same_community: boolean;
  available: boolean | null;
  recent_hours: number | string;
  continuity: boolean;
  score: number | string;
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

/** A text[] literal: knex would spread a JS array into a list of parameters. Slots are A–Z and _ only. */
const pgArray = (items: string[]) => `{${items.join(',')}}`;

function reasonsFor(row: Row, slots: string[], lang: Lang): string[] {
  const zh = lang === 'zh';
  const out: string[] = [];
  if (row.matched?.length) out.push(zh ? `持有${row.matched.join('、')}技能` : `has ${row.matched.join(', ')}`);
  if (row.same_grid) out.push(zh ? '同一网格' : 'same grid');
  else if (row.same_community) out.push(zh ? '同一社区' : 'same community');
  if (row.available && slots[0]) {
    const [day, part] = slots[0].split('_');
    out.push(zh ? `${DAYS[day].zh}${PARTS[part].zh}有空` : `free ${DAYS[day].en} ${PARTS[part].en}`);
  }
  const hours = Math.round(Number(row.recent_hours) * 10) / 10;
  out.push(zh ? `近30天服务 ${hours} 小时` : `${hours} h served in 30 days`);
  if (row.continuity) out.push(zh ? '曾服务该需求' : 'served this need before');
  return out;
}

export class MatchService extends RequestService {
  async matches(taskId: string, first?: number | null): Promise<VolunteerMatch[]> {
    const viewer = this.me;
    const task = isId(taskId) ? await this.em.findOne(Task, taskId) : null;
    if (!task) throw notFound('task');
    if (!managesVolunteersOf(viewer, task.community.id)) throw forbidden();
    const limit = Math.min(Math.max(first ?? 10, 1), 100);
    const slots = slotsOf(task.startsAt, task.endsAt);
    const w = MATCH_WEIGHTS;
    const rows = await this.em.execute<Row[]>(
      `WITH t AS (SELECT * FROM volunteer_task WHERE id = ?),
       shortlist AS (
         SELECT v.id, v.grid_id, v.community_id,
           ARRAY(SELECT unnest(v.skills) INTERSECT SELECT unnest(t.required_skills)) AS matched,
           (v.grid_id IS NOT NULL AND v.grid_id = t.grid_id) AS same_grid,
           (v.community_id = t.community_id) AS same_community,
           CASE WHEN cardinality(v.availability) = 0 THEN NULL ELSE v.availability && ?::text[] END AS available,
           cardinality(t.required_skills) AS asked
         FROM volunteer v, t
         WHERE v.active
           AND (cardinality(v.availability) = 0 OR v.availability && ?::text[])
           AND (cardinality(t.required_skills) = 0 OR v.skills && t.required_skills OR v.community_id = t.community_id)
           AND NOT EXISTS (SELECT 1 FROM task_signup s WHERE s.task_id = t.id AND s.active_volunteer_id = v.id)
           AND NOT EXISTS (
             SELECT 1 FROM task_signup s JOIN volunteer_task o ON o.id = s.task_id
             WHERE s.volunteer_id = v.id AND s.status = 'CONFIRMED' AND o.status <> 'CANCELLED' AND o.starts_at < t.ends_at AND o.ends_at > t.starts_at)
         ORDER BY (CASE WHEN cardinality(t.required_skills) = 0 THEN 0 ELSE cardinality(ARRAY(SELECT unnest(v.skills) INTERSECT SELECT unnest(t.required_skills)))::float / cardinality(t.required_skills) END) DESC,
                  (v.grid_id IS NOT NULL AND v.grid_id = t.grid_id) DESC, (v.community_id = t.community_id) DESC, v.id
         LIMIT ${SHORTLIST}
       ),
       scored AS (
         SELECT s.*,
           COALESCE((SELECT sum(x.confirmed_hours) FROM task_signup x JOIN volunteer_task o ON o.id = x.task_id
                     WHERE x.volunteer_id = s.id AND x.confirmed_hours IS NOT NULL AND o.ends_at BETWEEN now() - interval '30 days' AND now()), 0) AS recent_hours,
           EXISTS (SELECT 1 FROM task_signup x JOIN volunteer_task o ON o.id = x.task_id, t
                   WHERE x.volunteer_id = s.id AND x.status = 'CONFIRMED' AND t.need_id IS NOT NULL AND o.need_id = t.need_id AND o.id <> t.id) AS continuity
         FROM shortlist s
       )
       SELECT id, matched, same_grid, same_community, available, recent_hours, continuity,
         (CASE WHEN asked = 0 THEN ? ELSE ? * cardinality(matched)::float / asked END)
         + (CASE WHEN same_grid THEN ? WHEN same_community THEN ? ELSE 0 END)
         + (CASE WHEN available IS NULL THEN ? WHEN available THEN ? ELSE 0 END)
         + ? * greatest(0, 1 - recent_hours / ?)
         + (CASE WHEN continuity THEN ? ELSE 0 END) AS score
       FROM scored ORDER BY score DESC, id LIMIT ?`,
      [
        task.id,
        pgArray(slots),
        pgArray(slots),
        w.noSkillsAsked,
        w.skills,
        w.sameGrid,
        w.sameCommunity,
        w.availabilityUnstated,
        w.available,
        w.fairness,
        w.fairHours,
        w.continuity,
        limit,
      ],
    );
    const volunteers = new Map((await this.em.find(Volunteer, { id: { $in: rows.map((r) => r.id) } })).map((v) => [v.id, v]));
    return rows.flatMap((row) => {
      const volunteer = volunteers.get(row.id);
      return volunteer ? [{ volunteer, score: Math.round(Number(row.score) * 1000) / 1000, reasons: reasonsFor(row, slots, this.lang) }] : [];
    });
  }
}
