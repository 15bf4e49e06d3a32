// The words of the generated city's volunteers, shared by the generator and the matching bench.

export const SKILLS = [
  '电工',
  '水工',
  '理发',
  '护理',
  '心理疏导',
  '法律咨询',
  '驾驶',
  '厨艺',
  '书法',
  '摄影',
  '教学',
  '医疗',
  '消防',
  '计算机',
  '维修',
  '保洁',
  '搬运',
  '翻译',
  '手语',
  '育儿',
];

/** Every half-day of the week, as volunteers' availability names it (MON_AM … SUN_EVE). */
export const SLOTS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].flatMap((d) => ['AM', 'PM', 'EVE'].map((p) => `${d}_${p}`));
