import { randomUUID } from 'node:crypto';
import type { TestApp } from './app';
import type { RefSignup, RefTask, RefVolunteer } from './match-reference';

// Matching needs thousands of volunteers with history; they are written straight to the tables here (the
// API still answers every query over HTTP). Each set goes in as one JSON parameter, skills and all, so any
// text survives as it is.

const execute = (app: TestApp, sql: string, rows: unknown[]) =>
  app.orm.em
    .fork()
    .getConnection()
    .execute(sql, [JSON.stringify(rows)]);

/** A community with grids and needs, straight into the tables. */
export async function insertCommunity(app: TestApp, grids: number, needs: number): Promise<{ id: string; grids: string[]; needs: string[] }> {
  const id = randomUUID();
  const gridIds = Array.from({ length: grids }, () => randomUUID());
  const needIds = Array.from({ length: needs }, () => randomUUID());
  const db = app.orm.em.fork().getConnection();
  await db.execute(`INSERT INTO community (id, name, subdistrict, created_at, updated_at) VALUES (?, ?, '蒲圻办事处', now(), now())`, [id, `社区${id.slice(0, 8)}`]);
  for (const [i, grid] of gridIds.entries()) await db.execute(`INSERT INTO grid (id, community_id, name, created_at) VALUES (?, ?, ?, now())`, [grid, id, `网格${i + 1}`]);
  for (const [i, need] of needIds.entries()) {
    await db.execute(
      `INSERT INTO need (id, community_id, title, category, status, max_claimants, claim_count, created_at, updated_at) VALUES (?, ?, ?, 'ELDERLY_CARE', 'PUBLISHED', 1, 0, now(), now())`,
      [need, id, `需求${i + 1}`],
    );
  }
  return { id, grids: gridIds, needs: needIds };
}

/** Volunteers, each with an account of their own. */
export async function insertVolunteers(app: TestApp, volunteers: RefVolunteer[]): Promise<void> {
  for (let i = 0; i < volunteers.length; i += 5_000) {
    const batch = volunteers.slice(i, i + 5_000).map((v) => ({ ...v, userId: randomUUID(), username: `mv-${v.id}` }));
    await execute(
      app,
      `INSERT INTO app_user (id, username, display_name, password_hash, roles, active, created_at, updated_at)
       SELECT x."userId", x.username, '志愿者', 'x', '{VOLUNTEER}', true, now(), now() FROM jsonb_to_recordset(?::jsonb) AS x("userId" uuid, username text)`,
      batch,
    );
    await execute(
      app,
      `INSERT INTO volunteer (id, user_id, skills, community_id, grid_id, availability, party_member, active, created_at)
       SELECT x.id, x."userId", ARRAY(SELECT jsonb_array_elements_text(x.skills)), x."communityId", x."gridId",
         ARRAY(SELECT jsonb_array_elements_text(x.availability)), false, x.active, x."createdAt"
       FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, "userId" uuid, skills jsonb, "communityId" uuid, "gridId" uuid, availability jsonb, active boolean, "createdAt" timestamptz)`,
      batch,
    );
  }
}

export async function insertTasks(app: TestApp, tasks: RefTask[]): Promise<void> {
  await execute(
    app,
    `INSERT INTO volunteer_task (id, title, community_id, grid_id, need_id, required_skills, starts_at, ends_at, capacity, signup_count, status, created_at)
     SELECT x.id, '志愿任务', x."communityId", x."gridId", x."needId", ARRAY(SELECT jsonb_array_elements_text(x."requiredSkills")), x."startsAt", x."endsAt", 10000, 0, x.status::task_status, now()
     FROM jsonb_to_recordset(?::jsonb) AS x(id uuid, "communityId" uuid, "gridId" uuid, "needId" uuid, "requiredSkills" jsonb, "startsAt" timestamptz, "endsAt" timestamptz, status text)`,
    tasks,
  );
}

/** Sign-ups as the API leaves them: a place or a waiting spot holds active_volunteer_id; checked in an hour before checking out. */
export async function insertSignups(app: TestApp, signups: RefSignup[]): Promise<void> {
  for (let i = 0; i < signups.length; i += 5_000) {
    await execute(
      app,
      `INSERT INTO task_signup (id, task_id, volunteer_id, active_volunteer_id, status, signed_up_at, checked_in_at, checked_out_at, confirmed_hours, confirmed_at)
       SELECT gen_random_uuid(), x."taskId", x."volunteerId", CASE WHEN x.status = 'WITHDRAWN' THEN NULL ELSE x."volunteerId" END, x.status::signup_status,
         now() - interval '60 days', x."checkedOutAt" - interval '1 hour', x."checkedOutAt", x."confirmedHours", CASE WHEN x."confirmedHours" IS NOT NULL THEN x."checkedOutAt" END
       FROM jsonb_to_recordset(?::jsonb) AS x("taskId" uuid, "volunteerId" uuid, status text, "checkedOutAt" timestamptz, "confirmedHours" double precision)`,
      signups.slice(i, i + 5_000),
    );
  }
}

/** Every volunteer, task and sign-up gone, so the next world stands alone. */
export async function clearVolunteering(app: TestApp): Promise<void> {
  await app.orm.em.fork().getConnection().execute('TRUNCATE task_signup, volunteer_task, volunteer CASCADE');
}

/** Next week's day (0 Sunday … 6 Saturday) at hour:minute China time. */
export function nextWeek(day: number, hour: number, minute = 0): Date {
  const at = new Date(Date.now() + 7 * 86_400_000);
  const china = new Date(at.getTime() + 8 * 3_600_000);
  const shift = (day - china.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate() + shift, hour - 8, minute));
}
