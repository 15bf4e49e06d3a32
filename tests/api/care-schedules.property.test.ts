import fc from 'fast-check';
import { occurrences } from '../../api/src/modules/care/recurrence';
import { startTestApp, type TestApp } from '../support/app';
import { communityWithSecretary, must } from '../support/factories';
import { plusDays, referenceDays, type ScheduleShape } from '../support/schedule-reference';

// Any schedule a secretary can make — every frequency, interval, set of weekdays and day of the month,
// starting at a month's or a year's end or on a leap day — falls on the days a plain day-by-day reading
// gives, over any window: in memory, and saved then read back by a later request.

const MONTH_ENDS = ['2024-02-29', '2028-02-29', '2026-02-28', '2025-12-31', '2026-01-31', '2026-04-30', '2026-08-31', '2027-12-31', '2031-12-31'];
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const startsOn = fc.oneof(
  fc.tuple(fc.constantFrom(...MONTH_ENDS), fc.integer({ min: -3, max: 3 })).map(([end, shift]) => plusDays(end, shift)),
  fc.tuple(fc.integer({ min: 2020, max: 2032 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => iso(y, m, Math.min(d, lastDayOf(y, m)))),
);

/** What the secretary sends: weekdays in any order, repeated; fields that do not apply sent anyway. */
const input = fc.record({
  frequency: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY') as fc.Arbitrary<ScheduleShape['frequency']>,
  interval: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 365 })),
  weekdays: fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
  dayOfMonth: fc.option(fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 28, max: 31 })), { nil: null }),
  startsOn,
});

/** A window of 0–399 days, from a little before the start to a few years after. */
const windowAfter = (start: string) =>
  fc
    .tuple(fc.integer({ min: -40, max: 1500 }), fc.integer({ min: 0, max: 399 }))
    .map(([offset, length]) => ({ from: plusDays(start, offset), to: plusDays(start, offset + length) }));

const scheduleAndWindow = input.chain((schedule) => windowAfter(schedule.startsOn).map((window) => ({ schedule, window })));

/** What the schedule should be once saved: weekdays unique and in order. */
const saved = (s: ScheduleShape): ScheduleShape => ({ ...s, weekdays: [...new Set(s.weekdays)].sort((a, b) => a - b) });

describe('schedules fall on the days a plain calendar reading gives', () => {
  it('expanded by rrule, in memory', () => {
    fc.assert(
      fc.property(scheduleAndWindow, ({ schedule, window }) => {
        const rule = { ...schedule, dayOfMonth: schedule.dayOfMonth ?? undefined };
        expect(occurrences(rule, window.from, window.to)).toEqual(referenceDays(saved(schedule), window.from, window.to));
      }),
      { numRuns: 1000 },
    );
  });

  describe('saved through the API and read back by a later request', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app?.close());

    it('the schedule and its calendar', async () => {
      const { community, secretary } = await communityWithSecretary(app);
      const team = must(
        await secretary.gql<Record<string, any>>('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
          i: { communityId: community.id, name: '益家亲敲门组', kind: 'DOOR_KNOCKING' },
        }),
        'createTeam',
      ).createTeam.id as string;
      let n = 0;
      await fc.assert(
        fc.asyncProperty(scheduleAndWindow, async ({ schedule, window }) => {
          const household = must(
            await secretary.gql<Record<string, any>>('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
              i: { communityId: community.id, residents: `关爱对象 ${++n}`, address: '翠泉花苑', consent: true, teamId: team },
            }),
            'addHousehold',
          ).addHousehold.id as string;
          must(
            await secretary.gql('mutation($i: VisitScheduleInput!) { scheduleVisits(input: $i) { id } }', { i: { householdId: household, teamId: team, ...schedule } }),
            'scheduleVisits',
          );
          const read = must(
            await secretary.gql<Record<string, any>>(
              'query($id: ID!, $f: String!, $t: String!) { household(id: $id) { schedules { frequency interval weekdays dayOfMonth startsOn days(from: $f, to: $t) { date } } } }',
              { id: household, f: window.from, t: window.to },
            ),
            'household',
          ).household.schedules;
          expect(read).toHaveLength(1);
          const { days, ...back } = read[0];
          expect(back).toEqual(saved(schedule));
          expect(days.map((d: { date: string }) => d.date)).toEqual(referenceDays(saved(schedule), window.from, window.to));
        }),
        { numRuns: 50 },
      );
    });
  });
});
