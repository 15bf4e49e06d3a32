import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { CaseFile } from '../case/case.entity';
import { CaseCategory, CaseStatus } from '../case/case.enums';

/** One public step of a resident's report: what happened, when, and which unit; never who or their note. */
@ObjectType({ description: "A step of a report as its reporter sees it: no official's name, phone or internal note." })
export class PublicCaseStep {
  @Field(() => String, { description: 'REPORTED, ACCEPTED, REJECTED, DISPATCHED, ACKNOWLEDGED (签收), HANDLED, VERIFIED, REWORK, CLOSED, REOPENED' })
  action: string;

  @Field(() => Date)
  at: Date;

  @Field(() => String, { nullable: true, description: 'The unit, for a step a unit took or was given.' })
  unitName: string | null;
}

/** A resident's own report: the case as the public may know it. */
@ObjectType({ description: '我的上报: a report as the resident who made it follows it.' })
export class ResidentReport {
  /** The case behind it; no @Field, the resident reaches only what is copied out below. */
  caseFile: CaseFile;

  @Field(() => ID) id: string;
  @Field(() => String) number: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => CaseCategory) category: CaseCategory;
  @Field(() => CaseStatus) status: CaseStatus;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => Date) reportedAt: Date;
  @Field(() => Date, { nullable: true, description: 'By when the unit must handle it.' }) dueAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Boolean, { description: 'The command centre marked it abusive (恶意上报).' }) abusive: boolean;

  static of(c: CaseFile): ResidentReport {
    return Object.assign(new ResidentReport(), {
      caseFile: c,
      id: c.id,
      number: c.number,
      title: c.title,
      description: c.description,
      category: c.category,
      status: c.status,
      address: c.address,
      reportedAt: c.reportedAt,
      dueAt: c.dueAt,
      closedAt: c.closedAt,
      abusive: !!c.abusiveAt,
    });
  }
}

/** Whether a resident's reporting is open, and how much of today's allowance is left. */
@ObjectType({ description: "A resident's reporting standing: suspended after repeated abusive reports; today's reports against the day's limit." })
export class ResidentStanding {
  @Field(() => Boolean) suspended: boolean;
  @Field(() => Int, { description: 'Abusive marks since reporting was last restored.' }) abusiveReports: number;
  @Field(() => Int) reportsToday: number;
  @Field(() => Int) reportsPerDay: number;
}
