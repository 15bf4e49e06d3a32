import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../shared/auth/role';

/** Who reported a case, by the role they reported in: statistics tell grid workers' and residents' reports apart. */
export enum CaseSource {
  GRID_WORKER = 'GRID_WORKER',
  RESIDENT = 'RESIDENT',
  COMMAND_CENTER = 'COMMAND_CENTER',
  COMMUNITY_SECRETARY = 'COMMUNITY_SECRETARY',
  UNIT_REP = 'UNIT_REP',
  VOLUNTEER = 'VOLUNTEER',
  CITY_LEADER = 'CITY_LEADER',
  ADMIN = 'ADMIN',
}
registerEnumType(CaseSource, { name: 'CaseSource', description: '网格员上报, 市民上报, 指挥中心 (a phoned-in case), and the other roles as they are' });

// A person with several roles reports in the one closest to the street; the migration's backfill uses the same order.
export const SOURCE_ORDER: readonly CaseSource[] = [
  CaseSource.GRID_WORKER,
  CaseSource.COMMAND_CENTER,
  CaseSource.COMMUNITY_SECRETARY,
  CaseSource.UNIT_REP,
  CaseSource.VOLUNTEER,
  CaseSource.CITY_LEADER,
  CaseSource.ADMIN,
  CaseSource.RESIDENT,
];

export function sourceOf(roles: readonly Role[]): CaseSource {
  return SOURCE_ORDER.find((source) => roles.includes(source as string as Role)) ?? CaseSource.RESIDENT;
}

@ObjectType({ description: "Cases reported in the window by who reported them: grid workers' and residents' reports told apart." })
export class SourceCount {
  @Field(() => CaseSource) source: CaseSource;
  @Field(() => Int) reported: number;
  @Field(() => Int) filed: number;
  @Field(() => Int) closed: number;
}
