// One collator for the process: localeCompare(x, 'zh-CN') builds a new one on every call, which
// made a 300-community list take seconds.
const zh = new Intl.Collator('zh-CN');

/** Orders Chinese names by pinyin, as people expect in lists. */
export const byChineseName = (a: string, b: string): number => zh.compare(a, b);
