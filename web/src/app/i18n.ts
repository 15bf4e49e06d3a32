import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './locales/zh-CN';

export type Language = 'zh-CN' | 'en';
const KEY = 'gj.lang';

export function storedLanguage(): Language {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
}

// Chinese ships with the shell; English is fetched the first time someone switches to it.
async function ensureLoaded(language: Language): Promise<void> {
  if (language === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const { en } = await import('./locales/en');
    i18n.addResourceBundle('en', 'translation', en);
  }
}

export async function setLanguage(language: Language): Promise<void> {
  await ensureLoaded(language);
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});
if (storedLanguage() === 'en') void setLanguage('en');
else document.documentElement.lang = 'zh-CN';

export { i18n };
