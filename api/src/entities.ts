import { Household } from './modules/care/household.entity';
import { RibbonEvent, RibbonRequest } from './modules/care/ribbon.entity';
import { VisitSchedule } from './modules/care/schedule.entity';
import { Visit } from './modules/care/visit.entity';
import { CaseFile } from './modules/case/case.entity';
import { CaseEvent } from './modules/case/case-event.entity';
import { CaseNumberDay } from './modules/case/case-number';
import {
  RollupCaseCategory,
  RollupCaseCommunity,
  RollupCaseDay,
  RollupCaseFollow,
  RollupCaseOpen,
  RollupCaseSource,
  RollupCaseStage,
  RollupCaseUnit,
} from './modules/case/case-rollup.entity';
import { ExtensionRequest } from './modules/case/extension.entity';
import { FollowUp } from './modules/case/follow-up.entity';
import { CasePhoto } from './modules/case/photo.entity';
import { RateWeights } from './modules/case/rate-weights.entity';
import { RoutingRule } from './modules/case/routing.entity';
import { Agreement } from './modules/joint/agreement.entity';
import { JointMeeting } from './modules/joint/meeting.entity';
import { Need } from './modules/joint/need.entity';
import { NeedClaim } from './modules/joint/need-claim.entity';
import { NeedEvent } from './modules/joint/need-event.entity';
import { Resource } from './modules/joint/resource.entity';
import { RollupCommunity, RollupMonth, RollupUnit } from './modules/joint/totals-rollup.entity';
import { Notification, NotificationPreference, PushSubscriptionRow } from './modules/notify/notification.entity';
import { GroupWebhook, OutboxMessage } from './modules/notify/outbox.entity';
import { PartyOrder } from './modules/order/order.entity';
import { CommitteeMember } from './modules/org/committee-member.entity';
import { Community } from './modules/org/community.entity';
import { Grid } from './modules/org/grid.entity';
import { LoginFailure } from './modules/org/login-failure.entity';
import { PartnerUnit } from './modules/org/partner-unit.entity';
import { Session } from './modules/org/session.entity';
import { User } from './modules/org/user.entity';
import { ResidentAccount } from './modules/resident/resident.entity';
import { PatrolRound, RoadSection } from './modules/street/road-section.entity';
import { Invitation } from './modules/volunteer/invitation.entity';
import { TaskSignup } from './modules/volunteer/signup.entity';
import { Task } from './modules/volunteer/task.entity';
import { Team } from './modules/volunteer/team.entity';
import { Volunteer } from './modules/volunteer/volunteer.entity';
import { AuditEvent } from './shared/audit/audit-event.entity';

/** Every entity, listed explicitly: no folder scanning, so tsc output and jest see the same set. */
export const ENTITIES = [
  AuditEvent,
  Community,
  Grid,
  PartnerUnit,
  CommitteeMember,
  User,
  Session,
  LoginFailure,
  Resource,
  JointMeeting,
  Agreement,
  Need,
  NeedClaim,
  NeedEvent,
  CaseFile,
  CaseEvent,
  CaseNumberDay,
  RollupCommunity,
  RollupUnit,
  RollupMonth,
  RollupCaseCategory,
  RollupCaseCommunity,
  RollupCaseUnit,
  RollupCaseDay,
  RollupCaseStage,
  RollupCaseOpen,
  RollupCaseFollow,
  RollupCaseSource,
  RoutingRule,
  ExtensionRequest,
  CasePhoto,
  FollowUp,
  RateWeights,
  Volunteer,
  Task,
  TaskSignup,
  Team,
  Household,
  VisitSchedule,
  Visit,
  RibbonRequest,
  RibbonEvent,
  Invitation,
  Notification,
  NotificationPreference,
  PushSubscriptionRow,
  OutboxMessage,
  GroupWebhook,
  ResidentAccount,
  RoadSection,
  PatrolRound,
  PartyOrder,
];
