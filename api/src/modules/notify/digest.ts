import type { EntityManager } from '@mikro-orm/postgresql';
import { newAccessState } from '../../shared/auth/access-state';
import { Role } from '../../shared/auth/role';
import { CareService } from '../care/care.service';
import { chinaToday } from '../care/recurrence';
import { notify, users } from './notify';
import { NotificationKind } from './notify.enums';

/** Each community secretary hears, once a China day, how many of their community's visits are overdue (as 敲门关爱 counts them). */
export async function digestOverdueVisits(em: EntityManager, today = chinaToday()): Promise<number> {
  const secretaries = await em.execute<{ id: string; community_id: string }[]>(
    `select id, community_id from app_user where 'COMMUNITY_SECRETARY' = any(roles) and active and community_id is not null`,
  );
  let told = 0;
  for (const s of secretaries) {
    // The care service's own rule (schedules expanded by rrule, last 14 days), read as that secretary.
    const viewer = { userId: s.id, sessionId: '', roles: [Role.COMMUNITY_SECRETARY], communityId: s.community_id, unitId: null };
    const rows = await new CareService({ em, viewer, lang: 'zh', access: newAccessState() }).dueVisits(null, today);
    const count = rows.filter((row) => row.overdue).length;
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
  return told;
}
