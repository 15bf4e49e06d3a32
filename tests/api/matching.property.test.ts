import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/app';
import { must } from '../support/factories';
import { type RefSignup, type RefTask, type RefVolunteer, type RefWorld, referenceMatches } from '../support/match-reference';
import { clearVolunteering, insertCommunity, insertSignups, insertTasks, insertVolunteers, nextWeek } from '../support/match-world';

// Any city the generator can make — volunteers anywhere, with any skills (commas, quotes, braces and "NULL"
// among them), stated or unstated half-days, confirmed and unconfirmed hours inside and outside the last 30
// days, earlier places on the same need, clashing places, sign-ups on the task itself — and any task:
// volunteerMatches over HTTP gives the same volunteers, in the same order, with the same scores and reasons,
// as the plain reference reading of the documented score. Also with 1,000+ volunteers tied.

const SKILLS = ['电工', '水工', '理发', '维修, 水电', '"护理"', 'NULL', '{手语}'];
const SLOTS = ['SAT_AM', 'SAT_PM', 'MON_EVE', 'TUE_PM', 'SUN_AM'];
/** Saturday 09:00–11:00, Saturday 11:00–14:00 (morning and afternoon), Monday 19:00–20:30, China time. */
const WINDOWS = [
  { day: 6, hour: 9, minutes: 120, first: 'SAT_AM' },
  { day: 6, hour: 11, minutes: 180, first: 'SAT_AM' },
  { day: 1, hour: 19, minutes: 90, first: 'MON_EVE' },
];
const DAY = 86_400_000;
const MATCHES = 'query($t: ID!, $k: Int) { volunteerMatches(taskId: $t, first: $k) { score reasons volunteer { id } } }';

const volunteerShape = fc.record({
  community: fc.integer({ min: -1, max: 2 }),
  grid: fc.integer({ min: -1, max: 1 }),
  skills: fc.subarray(SKILLS, { maxLength: 4 }),
  availability: fc.oneof(fc.constant([] as string[]), fc.subarray(SLOTS, { minLength: 1, maxLength: 3 })),
  active: fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  /** Days after a common start: the same day is the same instant, and the ID decides. */
  registered: fc.integer({ min: 0, max: 6 }),
  hours: fc.array(
    fc.record({
      quarters: fc.oneof(
        fc.integer({ min: 0, max: 96 }),
        fc.integer({ min: 0, max: 24 }).map((h) => 4 * h),
      ),
      daysAgo: fc.oneof(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 31, max: 45 })),
      confirmed: fc.boolean(),
    }),
    { maxLength: 3 },
  ),
  onTask: fc.constantFrom('none', 'none', 'none', 'CONFIRMED', 'WAITLISTED', 'WITHDRAWN'),
  onNeed: fc.constantFrom('none', 'none', 'CONFIRMED', 'WAITLISTED', 'WITHDRAWN'),
  clash: fc.constantFrom('none', 'none', 'none', 'placed', 'cancelledTask', 'waiting'),
});
type VolunteerShape = typeof volunteerShape extends fc.Arbitrary<infer T> ? T : never;

const taskShape = fc.record({
  grid: fc.integer({ min: -1, max: 1 }),
  need: fc.boolean(),
  requiredSkills: fc.subarray(SKILLS, { maxLength: 3 }),
  window: fc.constantFrom(...WINDOWS),
  k: fc.integer({ min: 1, max: 30 }),
});
type TaskShape = typeof taskShape extends fc.Arbitrary<infer T> ? T : never;

let app: TestApp;
let communities: { id: string; grids: string[]; needs: string[] }[];
beforeAll(async () => {
  app = await startTestApp();
  communities = [await insertCommunity(app, 2, 1), await insertCommunity(app, 2, 1), await insertCommunity(app, 2, 1)];
});
afterAll(() => app?.close());

/** The world a set of shapes describes: the task in the first community, and the tasks its volunteers hold places on. */
function worldOf(shapes: VolunteerShape[], shape: TaskShape): { world: RefWorld; task: RefTask } {
  const [home, , far] = communities;
  const startsAt = nextWeek(shape.window.day, shape.window.hour);
  const endsAt = new Date(startsAt.getTime() + shape.window.minutes * 60_000);
  const task: RefTask = {
    id: randomUUID(),
    communityId: home.id,
    gridId: shape.grid < 0 ? null : home.grids[shape.grid],
    needId: shape.need ? home.needs[0] : null,
    requiredSkills: shape.requiredSkills,
    startsAt,
    endsAt,
    status: 'OPEN',
  };
  const at = (days: number, hours = 1): Pick<RefTask, 'startsAt' | 'endsAt'> => ({
    startsAt: new Date(Date.now() + days * DAY),
    endsAt: new Date(Date.now() + days * DAY + hours * 3_600_000),
  });
  const other = (fields: Partial<RefTask>): RefTask => ({ ...task, id: randomUUID(), gridId: null, needId: null, requiredSkills: [], status: 'CLOSED', ...fields });
  const earlierOnNeed = other({ needId: home.needs[0], ...at(-10) });
  const clashWindow = { startsAt: new Date(startsAt.getTime() + 30 * 60_000), endsAt: new Date(endsAt.getTime() + 30 * 60_000) };
  const clashing = other({ communityId: far.id, status: 'OPEN', ...clashWindow });
  const cancelled = other({ communityId: far.id, status: 'CANCELLED', ...clashWindow });
  const history = [0, 1, 2].map((n) => other({ communityId: far.id, ...at(-50 - n) }));

  const registered = Date.now() - 400 * DAY;
  const volunteers: RefVolunteer[] = [];
  const signups: RefSignup[] = [];
  const sign = (taskId: string, volunteerId: string, status: RefSignup['status']) => signups.push({ taskId, volunteerId, status, checkedOutAt: null, confirmedHours: null });
  for (const s of shapes) {
    const community = s.community < 0 ? null : communities[s.community];
    const v: RefVolunteer = {
      id: randomUUID(),
      createdAt: new Date(registered + s.registered * DAY),
      active: s.active,
      communityId: community?.id ?? null,
      gridId: community && s.grid >= 0 ? community.grids[s.grid] : null,
      skills: s.skills,
      availability: s.availability,
    };
    volunteers.push(v);
    if (s.onTask !== 'none') sign(task.id, v.id, s.onTask as RefSignup['status']);
    if (s.onNeed !== 'none') sign(earlierOnNeed.id, v.id, s.onNeed as RefSignup['status']);
    if (s.clash === 'placed') sign(clashing.id, v.id, 'CONFIRMED');
    if (s.clash === 'waiting') sign(clashing.id, v.id, 'WAITLISTED');
    if (s.clash === 'cancelledTask') sign(cancelled.id, v.id, 'CONFIRMED');
    // Checked out half a day off the whole day, never near the 30-day edge.
    for (const [n, h] of s.hours.entries()) {
      signups.push({
        taskId: history[n].id,
        volunteerId: v.id,
        status: 'CONFIRMED',
        checkedOutAt: new Date(Date.now() - h.daysAgo * DAY - DAY / 2),
        confirmedHours: h.confirmed ? h.quarters / 4 : null,
      });
    }
  }
  return { world: { volunteers, tasks: [task, earlierOnNeed, clashing, cancelled, ...history], signups }, task };
}

async function apiAgreesWithReference(world: RefWorld, task: RefTask, k: number): Promise<void> {
  await clearVolunteering(app);
  await insertTasks(app, world.tasks);
  await insertVolunteers(app, world.volunteers);
  await insertSignups(app, world.signups);
  const r = await app.admin.gql<any>(MATCHES, { t: task.id, k });
  const api = must(r, 'volunteerMatches').volunteerMatches.map((m: any) => ({ id: m.volunteer.id, score: m.score, reasons: m.reasons }));
  expect(api).toEqual(referenceMatches(world, task, k, new Date()));
}

describe('volunteerMatches gives the top k of the documented score, whoever and however many pass the filters', () => {
  it('random communities, volunteers and tasks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(volunteerShape, { maxLength: 80 }), taskShape, async (shapes, shape) => {
        const { world, task } = worldOf(shapes, shape);
        await apiAgreesWithReference(world, task, shape.k);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('1,000+ volunteers tied on score, among random others', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(volunteerShape, { maxLength: 40 }),
        taskShape,
        volunteerShape,
        fc.integer({ min: 1_000, max: 1_400 }),
        fc.integer({ min: 5, max: 60 }),
        async (shapes, shape, template, size, k) => {
          // The tied crowd can come: the task's community, its skills, free then if they said, no clashing place, no sign-up on the task.
          const tied: VolunteerShape = {
            ...template,
            community: 0,
            skills: [...new Set([...shape.requiredSkills, ...template.skills])],
            availability: template.availability.length ? [...new Set([...template.availability, shape.window.first])] : [],
            active: true,
            onTask: 'none',
            clash: 'none',
          };
          const crowd = Array.from({ length: size }, (_, n) => ({ ...tied, registered: n % 3 }));
          const { world, task } = worldOf([...crowd, ...shapes], shape);
          await apiAgreesWithReference(world, task, k);
        },
      ),
      { numRuns: 4 },
    );
  }, 60_000);
});
