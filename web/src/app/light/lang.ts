import type { Lang } from './words';

/** The language the person chose last (the app and the light pages keep it in the same place). */
export function storedLang(): Lang {
  return localStorage.getItem('gj.lang') === 'en' ? 'en' : 'zh-CN';
}
