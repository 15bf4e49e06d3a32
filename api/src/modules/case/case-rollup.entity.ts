import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

// Counters kept by the rollup triggers of the migration "rollups" (never written by the ORM), by the
// China calendar day a case was reported on: case statistics read whole days here, edges live.

/** Cases reported per day and category: reported, filed (dispatched once), closed. */
@Entity({ tableName: 'rollup_case_category' })
export class RollupCaseCategory {
  @PrimaryKey({ type: 'date' }) day: string;
  @PrimaryKey({ type: 'string', length: 40 }) category: string;
  @Property({ type: 'integer', default: 0 }) reported: number;
  @Property({ type: 'integer', default: 0 }) filed: number;
  @Property({ type: 'integer', default: 0 }) closed: number;
}

/** The same per community; cases without one under the nil UUID. */
@Entity({ tableName: 'rollup_case_community' })
export class RollupCaseCommunity {
  @PrimaryKey({ type: 'date' }) day: string;
  @PrimaryKey({ type: 'uuid' }) communityKey: string;
  @Property({ type: 'integer', default: 0 }) reported: number;
  @Property({ type: 'integer', default: 0 }) filed: number;
  @Property({ type: 'integer', default: 0 }) closed: number;
}

/**
 * Filed cases per day and assigned unit; `late` counts handled-late only (open overdue ones are counted live).
 * The rest are the counts the three rates are made of (case-rates.sql.ts's per-case definition, summed; migration "rollups_rates").
 */
@Entity({ tableName: 'rollup_case_unit' })
export class RollupCaseUnit {
  @PrimaryKey({ type: 'date' }) day: string;
  @PrimaryKey({ type: 'uuid' }) unitId: string;
  @Property({ type: 'integer', default: 0 }) dispatched: number;
  @Property({ type: 'integer', default: 0 }) closed: number;
  @Property({ type: 'integer', default: 0 }) onTime: number;
  @Property({ type: 'integer', default: 0 }) late: number;
  @Property({ type: 'integer', default: 0 }) responded: number;
  @Property({ type: 'integer', default: 0 }) followedUp: number;
  @Property({ type: 'integer', default: 0 }) pending: number;
  @Property({ type: 'integer', default: 0 }) solved: number;
  @Property({ type: 'integer', default: 0 }) partlySolved: number;
  @Property({ type: 'integer', default: 0 }) satisfied: number;
  @Property({ type: 'integer', default: 0 }) basicallySatisfied: number;
  @Property({ type: 'integer', default: 0 }) reworked: number;
}

/** Per day, each stage's summed seconds (exact numeric) and how many cases went through it. */
@Entity({ tableName: 'rollup_case_day' })
export class RollupCaseDay {
  @PrimaryKey({ type: 'date' }) day: string;
  @Property({ columnType: 'numeric', default: 0 }) acceptSum: string;
  @Property({ type: 'integer', default: 0 }) acceptN: number;
  @Property({ columnType: 'numeric', default: 0 }) dispatchSum: string;
  @Property({ type: 'integer', default: 0 }) dispatchN: number;
  @Property({ columnType: 'numeric', default: 0 }) handleSum: string;
  @Property({ type: 'integer', default: 0 }) handleN: number;
  @Property({ columnType: 'numeric', default: 0 }) verifySum: string;
  @Property({ type: 'integer', default: 0 }) verifyN: number;
  @Property({ columnType: 'numeric', default: 0 }) totalSum: string;
  @Property({ type: 'integer', default: 0 }) totalN: number;
}

/** Per case with events: the event times the stage hours need (first decision and acceptance, last handling and verification). */
@Entity({ tableName: 'rollup_case_stage' })
export class RollupCaseStage {
  @PrimaryKey({ type: 'uuid' }) caseId: string;
  @Property({ type: 'Date', nullable: true }) decidedAt: Date | null;
  @Property({ type: 'Date', nullable: true }) acceptedAt: Date | null;
  @Property({ type: 'Date', nullable: true }) verifiedAt: Date | null;
  @Property({ type: 'Date', nullable: true }) lastHandledAt: Date | null;
}

/** The cases now DISPATCHED, not handled, filed to a unit: they turn late as time passes, so statistics count them live from here. */
@Entity({ tableName: 'rollup_case_open' })
@Index({ properties: ['reportedAt'] })
export class RollupCaseOpen {
  @PrimaryKey({ type: 'uuid' }) caseId: string;
  @Property({ type: 'Date' }) reportedAt: Date;
  @Property({ type: 'uuid' }) unitId: string;
  @Property({ type: 'Date', nullable: true }) dueAt: Date | null;
}

/** Per case with follow-ups: its latest answer (by record time) and how many follow-ups sent it back; kept by the follow-up triggers. */
@Entity({ tableName: 'rollup_case_follow' })
export class RollupCaseFollow {
  @PrimaryKey({ type: 'uuid' }) caseId: string;
  @Property({ type: 'Date' }) closedAt: Date;
  @Property({ type: 'string', length: 20 }) solved: string;
  @Property({ type: 'string', length: 20 }) satisfaction: string;
  @Property({ type: 'integer', default: 0 }) reworks: number;
}

/** Cases reported per day and source (who reported them): reported, filed, closed. */
@Entity({ tableName: 'rollup_case_source' })
export class RollupCaseSource {
  @PrimaryKey({ type: 'date' }) day: string;
  @PrimaryKey({ type: 'string', length: 40 }) source: string;
  @Property({ type: 'integer', default: 0 }) reported: number;
  @Property({ type: 'integer', default: 0 }) filed: number;
  @Property({ type: 'integer', default: 0 }) closed: number;
}
