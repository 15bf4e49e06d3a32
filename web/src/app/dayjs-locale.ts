import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { i18n } from './i18n';

// Imported by the pages with date pickers and calendars, so the shell does not carry dayjs.
const apply = (language: string) => dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
apply(i18n.language);
i18n.on('languageChanged', apply);
