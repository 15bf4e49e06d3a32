import { chinaToday, occurrences, occursOn, toRRule } from './recurrence';

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

  it('speaks RRULE, and knows the date in China', () => {
    expect(toRRule({ frequency: 'WEEKLY', interval: 2, weekdays: [2, 5], startsOn: '2026-11-02' })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR');
    expect(chinaToday(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27');
  });
});
