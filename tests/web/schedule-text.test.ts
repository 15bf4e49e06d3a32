import { createInstance } from 'i18next';
import { toRRule } from '../../api/src/modules/care/recurrence';
import { en } from '../../web/src/app/locales/en';
import { zhCN } from '../../web/src/app/locales/zh-CN';
import { ruleText } from '../../web/src/features/care/rule-text';

// The rules the API writes, read back as a secretary says them, in both languages.

async function translator(lng: 'zh-CN' | 'en') {
  const i18n = createInstance();
  await i18n.init({ lng, resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

const rules = [
  { frequency: 'DAILY', interval: 1 },
  { frequency: 'DAILY', interval: 3 },
  { frequency: 'WEEKLY', interval: 1, weekdays: [4, 1] },
  { frequency: 'WEEKLY', interval: 2, weekdays: [1, 4] },
  { frequency: 'WEEKLY', interval: 1 },
  { frequency: 'MONTHLY', interval: 1, dayOfMonth: 15 },
  { frequency: 'MONTHLY', interval: 3, dayOfMonth: 31 },
  { frequency: 'MONTHLY', interval: 1 },
] as { frequency: 'DAILY' | 'WEEKLY' | 'MONTHLY'; interval: number; weekdays?: number[]; dayOfMonth?: number }[];

it('each schedule reads as 每天 / 每周一、四 / 每月 15 日 and Every day / Every Mon, Thu / Monthly on day 15', async () => {
  const [zh, english] = await Promise.all([translator('zh-CN'), translator('en')]);
  const written = rules.map((r) => toRRule({ startsOn: '2026-03-20', ...r }));
  expect(written.map((r) => ruleText(r, zh))).toEqual(['每天', '每 3 天', '每周一、四', '每 2 周的周一、四', '每周', '每月 15 日', '每 3 个月的 31 日', '每月 20 日']);
  expect(written.map((r) => ruleText(r, english))).toEqual([
    'Every day',
    'Every 3 days',
    'Every Mon, Thu',
    'Every 2 weeks on Mon, Thu',
    'Every week',
    'Monthly on day 15',
    'Every 3 months on day 31',
    'Monthly on day 20',
  ]);
});
