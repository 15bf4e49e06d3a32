import type { TFunction } from 'i18next';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** A schedule's RRULE (FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH) as people say it: 每周一、四 / Every Mon, Thu. */
export function ruleText(rrule: string, t: TFunction): string {
  const parts = new Map(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const n = Number(parts.get('INTERVAL') ?? 1);
  switch (parts.get('FREQ')) {
    case 'DAILY':
      return n === 1 ? t('care.rule.daily') : t('care.rule.everyDays', { n });
    case 'WEEKLY': {
      const byDay = (parts.get('BYDAY') ?? '').split(',').filter((d) => DAYS.includes(d));
      const days = byDay
        .sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b))
        .map((d) => t(`care.rule.days.${d}`))
        .join(t('care.rule.separator'));
      if (!days) return n === 1 ? t('care.rule.weekly') : t('care.rule.everyWeeks', { n });
      return n === 1 ? t('care.rule.weeklyOn', { days }) : t('care.rule.everyWeeksOn', { n, days });
    }
    case 'MONTHLY': {
      // BYMONTHDAY=31,-1;BYSETPOS=1 is "the 31st, or the month's last day when shorter": people say "the 31st".
      const day = Number((parts.get('BYMONTHDAY') ?? '').split(',')[0]);
      return n === 1 ? t('care.rule.monthlyOn', { day }) : t('care.rule.everyMonthsOn', { n, day });
    }
    default:
      return rrule;
  }
}
