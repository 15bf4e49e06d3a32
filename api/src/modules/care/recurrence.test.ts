import { chinaToday, isIsoDate, MAX_OCCURRENCES, occurrences, occursOn, toRRule } from './recurrence';

describe('visit schedules', () => {
  it('daily: 益家亲 visits 黎逢保 every day from the start', () => {
    const rule = { frequency: 'DAILY' as const, interval: 1, startsOn: '2026-09-01' };
    expect(occursOn(rule, '2026-08-31')).toBe(false);
    expect(occurrences(rule, '2026-09-01', '2026-09-05')).toEqual(['2026-09-01', '2026-09-02', '2026-09-03', '2026-09-04', '2026-09-05']);
  });

  it('every 3 days counts from the start date', () => {
    expect(occurrences({ frequency: 'DAILY', interval: 3, startsOn: '2026-01-30' }, '2026-01-30', '2026-02-08')).toEqual(['2026-01-30', '2026-02-02', '2026-02-05', '2026-02-08']);
  });

  it('weekly on Tuesday and Friday, every other week', () => {
    const rule = { frequency: 'WEEKLY' as const, interval: 2, weekdays: [2, 5], startsOn: '2026-11-02' };
    expect(occurrences(rule, '2026-11-02', '2026-11-22')).toEqual(['2026-11-03', '2026-11-06', '2026-11-17', '2026-11-20']);
  });

  it('monthly on the 31st falls on the last day of shorter months, leap years included', () => {
    const rule = { frequency: 'MONTHLY' as const, interval: 1, dayOfMonth: 31, startsOn: '2027-12-31' };
    expect(occurrences(rule, '2027-12-01', '2028-05-31')).toEqual(['2027-12-31', '2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30', '2028-05-31']);
    expect(occurrences({ ...rule, startsOn: '2026-01-31' }, '2026-02-01', '2026-03-01')).toEqual(['2026-02-28']);
  });

  it('monthly haircuts every 2 months on the 15th', () => {
    expect(occurrences({ frequency: 'MONTHLY', interval: 2, dayOfMonth: 15, startsOn: '2026-01-10' }, '2026-01-01', '2026-07-31')).toEqual([
      '2026-01-15',
      '2026-03-15',
      '2026-05-15',
      '2026-07-15',
    ]);
  });

  it('every other week on Monday and Thursday from Monday 2 March 2026 (issue 17)', () => {
    const rule = { frequency: 'WEEKLY' as const, interval: 2, weekdays: [1, 4], startsOn: '2026-03-02' };
    expect(toRRule(rule)).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH');
    expect(occurrences(rule, '2026-03-02', '2026-03-29')).toEqual(['2026-03-02', '2026-03-05', '2026-03-16', '2026-03-19']);
    expect(occursOn(rule, '2026-03-09')).toBe(false);
  });

  it('monthly with no day keeps the start day, and a start on the 31st still keeps to month ends', () => {
    const rule = { frequency: 'MONTHLY' as const, interval: 1, startsOn: '2026-01-31' };
    expect(toRRule(rule)).toBe('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=31,-1;BYSETPOS=1');
    expect(occurrences(rule, '2026-01-01', '2026-04-30')).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(toRRule({ ...rule, startsOn: '2026-01-10' })).toBe('FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=10');
  });

  it('a date that is not a day has no visits; one answer holds at most 400 days', () => {
    const daily = { frequency: 'DAILY' as const, interval: 1, startsOn: '2026-01-01' };
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(occurrences(daily, '2026-02-27', '2026-02-30')).toEqual([]);
    expect(occursOn(daily, 'tomorrow')).toBe(false);
    expect(occurrences(daily, '2026-01-01', '2028-12-31')).toHaveLength(MAX_OCCURRENCES);
  });

  it('a schedule a century old answers from a restart on its own rhythm, not by walking every day since', () => {
    expect(occurrences({ frequency: 'DAILY', interval: 7, startsOn: '2000-01-03' }, '2100-12-01', '2100-12-31')).toEqual(['2100-12-06', '2100-12-13', '2100-12-20', '2100-12-27']);
    expect(occurrences({ frequency: 'WEEKLY', interval: 2, weekdays: [2, 5], startsOn: '2000-01-04' }, '2100-12-01', '2100-12-31')).toEqual([
      '2100-12-07',
      '2100-12-10',
      '2100-12-21',
      '2100-12-24',
    ]);
    expect(occurrences({ frequency: 'MONTHLY', interval: 3, startsOn: '2000-01-31' }, '2100-09-01', '2100-12-31')).toEqual(['2100-10-31']);
  });

  it("the days are the same whatever the server's time zone", () => {
    const rule = { frequency: 'MONTHLY' as const, interval: 1, dayOfMonth: 31, startsOn: '2027-12-31' };
    const saved = process.env.TZ;
    let seen: string[][];
    try {
      seen = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'].map((zone) => {
        process.env.TZ = zone;
        return occurrences(rule, '2027-12-01', '2028-03-31');
      });
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(new Set(seen.map((days) => days.join()))).toEqual(new Set(['2027-12-31,2028-01-31,2028-02-29,2028-03-31']));
  });

  it('speaks RRULE, and knows the date in China', () => {
    expect(toRRule({ frequency: 'WEEKLY', interval: 2, weekdays: [2, 5], startsOn: '2026-11-02' })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR');
    expect(chinaToday(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
  });
});
