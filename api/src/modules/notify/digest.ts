import type { EntityManager } from '@mikro-orm/postgresql';
import { newAccessState } from '../../shared/auth/access-state';
import { Role } from '../../shared/auth/role';
import type { Viewer } from '../../shared/auth/viewer';
import { CareService } from '../care/care.service';
import { chinaToday } from '../care/recurrence';
import { notify, users } from './notify';
import { NotificationKind } from './notify.enums';

/** The care service's own count of overdue visits (schedules expanded by rrule, last 14 days), read as `viewer`. */
async function overdueAs(em: EntityManager, viewer: Viewer, teamId: string | null, today: string): Promise<number> {
  const rows = await new CareService({ em, viewer, lang: 'zh', access: newAccessState() }).dueVisits(teamId, today);
  return rows.filter((row) => row.overdue).length;
}

/**
 * Once a China day, each community secretary hears how many of their community's visits are overdue (as 敲门关爱
 * counts them), and each visiting team's captain how many of their own team's are.
 */
export async function digestOverdueVisits(em: EntityManager, today = chinaToday()): Promise<number> {
  const secretaries = await em.execute<{ id: string; community_id: string }[]>(
    `select id, community_id from app_user where 'COMMUNITY_SECRETARY' = any(roles) and active and community_id is not null`,
  );
  let told = 0;
  for (const s of secretaries) {
    const viewer = { userId: s.id, sessionId: '', roles: [Role.COMMUNITY_SECRETARY], communityId: s.community_id, unitId: null };
    const count = await overdueAs(em, viewer, null, today);
    if (!count) continue;
    told += await notify(em, {
      kind: NotificationKind.VISITS_OVERDUE,
      to: users(s.id),
      objectType: 'Community',
      objectId: s.community_id,
      params: { count },
      dedupeKey: `visits:${today}`,
    });
  }
  return told + (await digestForCaptains(em, today));
}

/** Each captain of a team with active visit schedules, if an active user, hears of that team's overdue visits only. */
async function digestForCaptains(em: EntityManager, today: string): Promise<number> {
  const captains = await em.execute<{ team_id: string; team_name: string; user_id: string; roles: Role[]; community_id: string | null; unit_id: string | null }[]>(
    `select t.id as team_id, t.name as team_name, u.id as user_id, u.roles, u.community_id, u.unit_id
       from volunteer_team t join volunteer v on v.id = t.captain_id join app_user u on u.id = v.user_id
      where u.active and exists (select 1 from visit_schedule s where s.team_id = t.id and s.active)
      order by t.id`,
  );
  let told = 0;
  for (const c of captains) {
    // Read as the captain, with their own roles: they count only the households their teams may see.
    const viewer = { userId: c.user_id, sessionId: '', roles: c.roles, communityId: c.community_id, unitId: c.unit_id };
    const count = await overdueAs(em, viewer, c.team_id, today);
    if (!count) continue;
    told += await notify(em, {
      kind: NotificationKind.VISITS_OVERDUE,
      to: users(c.user_id),
      objectType: 'Team',
      objectId: c.team_id,
      params: { count, team: c.team_name },
      dedupeKey: `visits:${today}:team:${c.team_id}`,
    });
  }
  return told;
}
