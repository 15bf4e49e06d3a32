import { registerEnumType } from 'type-graphql';

export enum CaseStatus {
  REPORTED = 'REPORTED',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
  DISPATCHED = 'DISPATCHED',
  HANDLED = 'HANDLED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

/** What kind of street problem; drives routing to a unit and the stage deadlines. */
export enum CaseCategory {
  ENVIRONMENT = 'ENVIRONMENT',
  ROADS = 'ROADS',
  DRAINAGE = 'DRAINAGE',
  LIGHTING = 'LIGHTING',
  ILLEGAL_CONSTRUCTION = 'ILLEGAL_CONSTRUCTION',
  PUBLIC_ORDER = 'PUBLIC_ORDER',
  SAFETY = 'SAFETY',
  OTHER = 'OTHER',
}
registerEnumType(CaseCategory, { name: 'CaseCategory', description: '环境卫生, 道路设施, 排水, 路灯, 乱搭乱建, 市容秩序, 安全隐患, 其他' });

/** Stage deadlines when the command centre has set none for a category, in hours. */
export const DEFAULT_DEADLINE_HOURS = { accept: 2, response: 2, handle: 24, verify: 8 } as const;
