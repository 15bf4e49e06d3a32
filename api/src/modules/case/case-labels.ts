import type { Lang } from '../../shared/i18n/lang';
import { CaseCategory, CaseStatus } from './case.enums';

// The names people read in exports, the same as the web client's (caseCategory, caseStatus).

export const CASE_CATEGORY_LABELS: Record<Lang, Record<CaseCategory, string>> = {
  zh: {
    [CaseCategory.ENVIRONMENT]: '环境卫生',
    [CaseCategory.ROADS]: '道路设施',
    [CaseCategory.DRAINAGE]: '排水',
    [CaseCategory.LIGHTING]: '路灯',
    [CaseCategory.ILLEGAL_CONSTRUCTION]: '乱搭乱建',
    [CaseCategory.PUBLIC_ORDER]: '市容秩序',
    [CaseCategory.SAFETY]: '安全隐患',
    [CaseCategory.OTHER]: '其他',
  },
  en: {
    [CaseCategory.ENVIRONMENT]: 'Sanitation',
    [CaseCategory.ROADS]: 'Roads',
    [CaseCategory.DRAINAGE]: 'Drainage',
    [CaseCategory.LIGHTING]: 'Street lights',
    [CaseCategory.ILLEGAL_CONSTRUCTION]: 'Illegal building',
    [CaseCategory.PUBLIC_ORDER]: 'Street order',
    [CaseCategory.SAFETY]: 'Safety hazard',
    [CaseCategory.OTHER]: 'Other',
  },
};

export const CASE_STATUS_LABELS: Record<Lang, Record<CaseStatus, string>> = {
  zh: { REPORTED: '待受理', ACCEPTED: '待派单', REJECTED: '不予受理', DISPATCHED: '处置中', HANDLED: '待核查', VERIFIED: '待结案', CLOSED: '已结案' },
  en: { REPORTED: 'New', ACCEPTED: 'To dispatch', REJECTED: 'Rejected', DISPATCHED: 'With unit', HANDLED: 'To verify', VERIFIED: 'To close', CLOSED: 'Closed' },
};

/** The case workbook's sheet names and column titles, in the caller's language. */
export const CASE_SHEET_TEXT = {
  zh: {
    summary: ['汇总', '开始', '结束', '受理上报', '立案派单', '处置结案', '处置率'],
    ranking: ['单位排名', '排名', '单位', '派单', '结案', '处置率', '按时', '超时', '按时率', '响应率', '解决率', '满意率', '得分', '得分排名', '已回访', '待回访', '退回重办'],
    weights: '得分 = 响应率 × {response} + 解决率 × {resolution} + 满意率 × {satisfaction}；部分解决按 {partly} 计，基本满意按 {basically} 计',
    category: ['按类别', '类别', '上报', '立案', '结案'],
    community: ['按社区', '社区', '上报', '立案', '结案'],
    hours: ['平均用时（小时）', '受理', '派单', '处置', '核查', '全程'],
    cases: ['案件清单', '编号', '标题', '类别', '状态', '社区', '处置单位', '上报时间', '处置时限', '结案时间'],
    noCommunity: '—',
    more: '仅列出前 {n} 件',
    file: '案件统计',
  },
  en: {
    summary: ['Summary', 'From', 'To', 'Reported', 'Filed', 'Closed', 'Disposal rate'],
    ranking: [
      'Unit ranking',
      'Rank',
      'Unit',
      'Dispatched',
      'Closed',
      'Disposal rate',
      'On time',
      'Late',
      'On-time rate',
      'Response rate',
      'Resolution rate',
      'Satisfaction rate',
      'Score',
      'Score rank',
      'Followed up',
      'Awaiting follow-up',
      'Reworked',
    ],
    weights:
      'Score = response rate × {response} + resolution rate × {resolution} + satisfaction rate × {satisfaction}; partly solved counts {partly}, basically satisfied {basically}',
    category: ['By category', 'Category', 'Reported', 'Filed', 'Closed'],
    community: ['By community', 'Community', 'Reported', 'Filed', 'Closed'],
    hours: ['Average hours', 'Accept', 'Dispatch', 'Handle', 'Verify', 'Total'],
    cases: ['Cases', 'Number', 'Title', 'Category', 'Status', 'Community', 'Unit', 'Reported', 'Due', 'Closed'],
    noCommunity: '—',
    more: 'Only the first {n} cases are listed',
    file: 'case-statistics',
  },
} as const;
