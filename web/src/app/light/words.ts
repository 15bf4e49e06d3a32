// The words of the field pages that open before the app (the report form, the queue of writes
// waiting to send), in both languages. The app's dictionaries take these same objects, so each
// sentence is written once; the light pages read them without loading i18next.

export type Lang = 'zh-CN' | 'en';

const zhCN = {
  report: {
    report: '上报问题',
    title: '问题标题',
    category: '类别',
    description: '问题描述',
    address: '地址',
    location: '位置',
    useLocation: '使用当前位置',
    locating: '定位中…',
    located: '已定位：{{lat}}, {{lng}}',
    locationFailed: '无法获取位置，请手动填写地址',
    photos: '现场照片',
    addPhotos: '拍照 / 选择照片',
    uploading: '上传中…',
    submit: '提交上报',
    submitted: '已上报，编号 {{id}}',
    queued: '网络不通，已存入待发送，恢复连接后自动上报',
    queuedTitle: '已存入待发送',
    removePhoto: '移除照片',
    reportAnother: '再报一件',
    timeline: '办理过程',
    titleRequired: '请填写问题标题',
    tooLong: '最多 {{max}} 个字',
  },
  caseCategory: {
    ENVIRONMENT: '环境卫生',
    ROADS: '道路设施',
    DRAINAGE: '排水',
    LIGHTING: '路灯',
    ILLEGAL_CONSTRUCTION: '乱搭乱建',
    PUBLIC_ORDER: '市容秩序',
    SAFETY: '安全隐患',
    OTHER: '其他',
  },
  outbox: {
    title: '待发送 ({{count}})',
    status: { waiting: '待发送', sending: '发送中', failed: '发送失败', conflict: '未能办理' },
    kind: { report: '上报', visit: '走访记录', signUp: '报名', waitlist: '排队候补', checkIn: '签到', checkOut: '签退' },
    waitingHint: '已保存在本机，恢复连接后自动发送',
    sendingHint: '正在发送…',
    retry: '重试',
    discard: '放弃',
    understood: '知道了',
  },
  shell: {
    name: '共建',
    skip: '跳到主要内容',
    more: '全部功能',
    menu: '导航',
    myReports: '我的上报',
    language: 'English',
    languageTitle: '切换到英文',
    textLarge: '大字',
    textSize: '字号',
    networkError: '无法连接服务器，请检查网络后重试。',
  },
};

export type FieldWords = typeof zhCN;

const en: FieldWords = {
  report: {
    report: 'Report a problem',
    title: 'Problem',
    category: 'Category',
    description: 'Description',
    address: 'Address',
    location: 'Location',
    useLocation: 'Use my location',
    locating: 'Locating…',
    located: 'Located: {{lat}}, {{lng}}',
    locationFailed: 'Could not get the location; type the address instead',
    photos: 'Photos',
    addPhotos: 'Take / choose photos',
    uploading: 'Uploading…',
    submit: 'Submit report',
    submitted: 'Reported, number {{id}}',
    queued: 'No connection: kept on this phone, it will be reported when the connection returns',
    queuedTitle: 'Waiting to send',
    removePhoto: 'Remove photo',
    reportAnother: 'Report another',
    timeline: 'Timeline',
    titleRequired: 'Say what the problem is',
    tooLong: 'At most {{max}} characters',
  },
  caseCategory: {
    ENVIRONMENT: 'Sanitation',
    ROADS: 'Roads',
    DRAINAGE: 'Drainage',
    LIGHTING: 'Street lights',
    ILLEGAL_CONSTRUCTION: 'Illegal building',
    PUBLIC_ORDER: 'Street order',
    SAFETY: 'Safety hazard',
    OTHER: 'Other',
  },
  outbox: {
    title: 'Waiting to send ({{count}})',
    status: { waiting: 'Waiting to send', sending: 'Sending', failed: 'Not sent', conflict: 'Could not be done' },
    kind: { report: 'Report', visit: 'Visit record', signUp: 'Sign-up', waitlist: 'Waiting line', checkIn: 'Check-in', checkOut: 'Check-out' },
    waitingHint: 'Kept on this phone; sent when the connection returns',
    sendingHint: 'Sending…',
    retry: 'Retry',
    discard: 'Discard',
    understood: 'OK',
  },
  shell: {
    name: 'Gongjian',
    skip: 'Skip to main content',
    more: 'All features',
    menu: 'Navigation',
    myReports: 'My reports',
    language: '中文',
    languageTitle: 'Switch to Chinese',
    textLarge: 'Large',
    textSize: 'Text size',
    networkError: 'Cannot reach the server. Check the connection and try again.',
  },
};

export const FIELD_WORDS: Record<Lang, FieldWords> = { 'zh-CN': zhCN, en };

/** Fills i18next-style `{{name}}` places, so the same sentences serve both. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}
