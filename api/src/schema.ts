import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuditResolver } from './modules/audit/audit.resolver';
import { HouseholdResolver, RibbonEventResolver, RibbonResolver, ScheduleResolver, TeamResolver, VisitResolver } from './modules/care/care.resolver';
import { CaseEventResolver, CasePhotoResolver, CaseResolver } from './modules/case/case.resolver';
import { CaseLiveResolver } from './modules/case/case-live.resolver';
import { CaseStatsResolver, RoutingRuleResolver } from './modules/case/case-stats.resolver';
import { CaseWorkflowResolver, ExtensionResolver } from './modules/case/case-workflow.resolver';
import { CaseFollowUpResolver, FollowUpResolver } from './modules/case/follow-up.resolver';
import { NearbyResolver } from './modules/case/nearby';
import { AgreementResolver } from './modules/joint/agreement.resolver';
import { BoardResolver } from './modules/joint/board.resolver';
import { ClaimResolver } from './modules/joint/claim.resolver';
import { MeetingResolver } from './modules/joint/meeting.resolver';
import { NeedEventResolver, NeedResolver } from './modules/joint/need.resolver';
import { PartnerUnitResourcesResolver, ResourceResolver } from './modules/joint/resource.resolver';
import { TotalsResolver } from './modules/joint/totals.resolver';
import { MapResolver } from './modules/map/map.resolver';
import { GroupWebhookResolver, NotificationResolver } from './modules/notify/notify.resolver';
import { CasePartyOrderResolver, NeedPartyOrderResolver, PartyOrderResolver } from './modules/order/order.resolver';
import { AuthResolver } from './modules/org/auth.resolver';
import { CommitteeResolver } from './modules/org/committee.resolver';
import { CommunityResolver } from './modules/org/community.resolver';
import { GridResolver } from './modules/org/grid.resolver';
import { PartnerUnitResolver } from './modules/org/partner-unit.resolver';
import { UserResolver } from './modules/org/user.resolver';
import { PublicResolver } from './modules/public/public.resolver';
import { ResidentResolver } from './modules/resident/resident.resolver';
import { PatrolRoundResolver, RoadSectionResolver } from './modules/street/street.resolver';
import { TasksNearResolver } from './modules/volunteer/tasks-near';
import { InvitationResolver, SignupResolver, TaskResolver, VolunteerResolver } from './modules/volunteer/volunteer.resolver';
import { VolunteerLiveResolver } from './modules/volunteer/volunteer-live.resolver';
import { POLICIES } from './policies';
import { authChecker } from './shared/auth/access';
import { applyPolicies } from './shared/auth/policy';
import { DateTimeScalar, validateArgument } from './shared/validation';

export const RESOLVERS = [
  AuthResolver,
  UserResolver,
  CommunityResolver,
  GridResolver,
  CommitteeResolver,
  PartnerUnitResolver,
  NeedResolver,
  NeedEventResolver,
  ClaimResolver,
  MeetingResolver,
  AgreementResolver,
  ResourceResolver,
  PartnerUnitResourcesResolver,
  TotalsResolver,
  BoardResolver,
  CaseResolver,
  CaseEventResolver,
  CaseWorkflowResolver,
  ExtensionResolver,
  CaseStatsResolver,
  RoutingRuleResolver,
  CaseLiveResolver,
  CasePhotoResolver,
  FollowUpResolver,
  CaseFollowUpResolver,
  VolunteerResolver,
  TaskResolver,
  SignupResolver,
  InvitationResolver,
  VolunteerLiveResolver,
  TeamResolver,
  HouseholdResolver,
  ScheduleResolver,
  VisitResolver,
  RibbonResolver,
  RibbonEventResolver,
  AuditResolver,
  PublicResolver,
  MapResolver,
  ResidentResolver,
  NearbyResolver,
  TasksNearResolver,
  RoadSectionResolver,
  PatrolRoundResolver,
  NotificationResolver,
  GroupWebhookResolver,
  PartyOrderResolver,
  CasePartyOrderResolver,
  NeedPartyOrderResolver,
] as const;

let built: GraphQLSchema | undefined;

// type-graphql insists on a PubSub, but every subscription here subscribes through the request
// context's PgPubSub (one per server, LISTEN/NOTIFY); topic-based subscriptions are a mistake.
const noTopics = {
  publish: () => {
    throw new Error('publish through context.pubsub / notifyOnCommit');
  },
  subscribe: () => {
    throw new Error('use @Subscription({ subscribe }) with context.pubsub');
  },
};

/** The schema, built once per process from the decorated classes, with every feature's access policy applied. */
export function appSchema(): GraphQLSchema {
  if (built) return built;
  built = buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    pubSub: noTopics,
  });
  applyPolicies(built, POLICIES);
  return built;
}
