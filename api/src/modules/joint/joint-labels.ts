import type { Lang } from '../../shared/i18n/lang';
import type { AgreementStatus, NeedCategory, NeedStatus } from './joint.enums';

// The names people read in sheets and open data, the same as the web client's (needCategory, needStatus, agreementStatus).

export const NEED_CATEGORY_LABELS: Record<Lang, Record<NeedCategory, string>> = {
  zh: {
    INFRASTRUCTURE: '基础设施',
    ENVIRONMENT: '环境卫生',
    SAFETY: '平安建设',
    ELDERLY_CARE: '养老助老',
    CHILDREN: '儿童关爱',
    CULTURE: '文化体育',
    HEALTH: '卫生健康',
    EMPLOYMENT: '就业帮扶',
    OTHER: '其他',
  },
  en: {
    INFRASTRUCTURE: 'Infrastructure',
    ENVIRONMENT: 'Environment',
    SAFETY: 'Safety',
    ELDERLY_CARE: 'Elderly care',
    CHILDREN: 'Children',
    CULTURE: 'Culture & sport',
    HEALTH: 'Health',
    EMPLOYMENT: 'Employment',
    OTHER: 'Other',
  },
};

export const NEED_STATUS_LABELS: Record<Lang, Record<NeedStatus, string>> = {
  zh: { DRAFT: '草稿', PUBLISHED: '可认领', CLAIMED: '已认领', IN_PROGRESS: '实施中', DONE: '已完成', CANCELLED: '已取消' },
  en: { DRAFT: 'Draft', PUBLISHED: 'Open', CLAIMED: 'Claimed', IN_PROGRESS: 'In progress', DONE: 'Done', CANCELLED: 'Cancelled' },
};

export const AGREEMENT_STATUS_LABELS: Record<Lang, Record<AgreementStatus, string>> = {
  zh: { ACTIVE: '生效中', EXPIRED: '已到期', TERMINATED: '已终止' },
  en: { ACTIVE: 'Active', EXPIRED: 'Expired', TERMINATED: 'Terminated' },
};
