import dayjs from 'dayjs';

// Dates and times as people read them here: 2026-11-27 14:05, never seconds. Empty values read as a dash.

type When = string | number | Date | null | undefined;

const as = (pattern: string) => (value: When) => (value === null || value === undefined || value === '' ? '—' : dayjs(value).format(pattern));

/** 2026-11-27 14:05 */
export const formatDateTime = as('YYYY-MM-DD HH:mm');
/** 2026-11-27 */
export const formatDate = as('YYYY-MM-DD');
/** 14:05 */
export const formatTime = as('HH:mm');
