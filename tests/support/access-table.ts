import type { Role } from '../../api/src/shared/auth/role';

// Who may call each root field, written from what the product means (README's role table,
// DOMAIN.md, each field's description), not copied from the resolvers' @Allow: the access
// matrix test (tests/api/access-matrix.test.ts) holds the API to it. Scope (own community, own
// unit, own record) is the services' business and is not in this table.
// One line per field, grouped by feature, sorted; roles in the Role enum's order.

export type RoleName = `${Role}`;
export type Rule = 'public' | 'signedIn' | readonly RoleName[];

export const ACCESS_TABLE = {
  // org: signing in and accounts
  'Mutation.changePassword': 'signedIn',
  'Mutation.createUser': ['ADMIN'],
  'Mutation.login': 'public',
  'Mutation.logout': 'signedIn',
  'Mutation.resetPassword': ['ADMIN'],
  'Mutation.setUserActive': ['ADMIN'],
  'Mutation.updateUser': ['ADMIN'],
  'Query.me': 'public',
  'Query.user': ['ADMIN'],
  'Query.users': ['ADMIN'],

  // org: communities, grids, party committees, partner units
  'Mutation.addCommitteeMember': ['ADMIN', 'COMMUNITY_SECRETARY'],
  'Mutation.createCommunity': ['ADMIN'],
  'Mutation.createGrid': ['ADMIN', 'COMMUNITY_SECRETARY'],
  'Mutation.createPartnerUnit': ['ADMIN'],
  'Mutation.deleteGrid': ['ADMIN', 'COMMUNITY_SECRETARY'],
  'Mutation.removeCommitteeMember': ['ADMIN', 'COMMUNITY_SECRETARY'],
  'Mutation.renameGrid': ['ADMIN', 'COMMUNITY_SECRETARY'],
  'Mutation.updateCommitteeMember': ['ADMIN', 'COMMUNITY_SECRETARY'],
  'Mutation.updateCommunity': ['ADMIN'],
  'Mutation.updatePartnerUnit': ['ADMIN'],
  'Query.communities': 'signedIn',
  'Query.community': 'signedIn',
  'Query.partnerUnit': 'signedIn',
  'Query.partnerUnits': 'signedIn',

  // joint construction: the need list and its claims
  'Mutation.cancelNeed': ['COMMUNITY_SECRETARY'],
  'Mutation.claimNeed': ['UNIT_REP'],
  'Mutation.confirmNeedDone': ['COMMUNITY_SECRETARY'],
  'Mutation.createNeed': ['COMMUNITY_SECRETARY'],
  'Mutation.importNeeds': ['COMMUNITY_SECRETARY'],
  'Mutation.publishNeed': ['COMMUNITY_SECRETARY'],
  'Mutation.releaseClaim': ['UNIT_REP'],
  'Mutation.reportNeedCompletion': ['UNIT_REP'],
  'Mutation.reportNeedProgress': ['UNIT_REP'],
  'Mutation.setClaimCap': ['COMMUNITY_SECRETARY'],
  'Mutation.updateNeed': ['COMMUNITY_SECRETARY'],
  'Query.need': 'signedIn',
  'Query.needs': 'signedIn',
  'Subscription.needBoard': 'signedIn',

  // joint construction: meetings, agreements, resource lists
  'Mutation.addResource': ['UNIT_REP'],
  'Mutation.scheduleJointMeeting': ['COMMUNITY_SECRETARY'],
  'Mutation.signAgreement': ['COMMUNITY_SECRETARY'],
  'Mutation.terminateAgreement': ['COMMUNITY_SECRETARY'],
  'Mutation.updateJointMeeting': ['COMMUNITY_SECRETARY'],
  'Mutation.updateResource': ['UNIT_REP'],
  'Mutation.withdrawResource': ['UNIT_REP'],
  'Query.agreement': 'signedIn',
  'Query.agreements': 'signedIn',
  'Query.jointMeeting': 'signedIn',
  'Query.jointMeetings': 'signedIn',
  'Query.resources': 'signedIn',

  // joint construction: totals (aggregate counts, no personal data)
  'Query.totals': 'signedIn',
  'Query.totalsByCommunity': 'signedIn',
  'Query.totalsByMonth': 'signedIn',
  'Query.totalsByUnit': 'signedIn',

  // cases: reporting and the dispatch workflow
  'Mutation.acceptCase': ['COMMAND_CENTER'],
  'Mutation.acknowledgeCase': ['UNIT_REP'],
  'Mutation.closeCase': ['COMMAND_CENTER'],
  'Mutation.decideCaseExtension': ['COMMAND_CENTER'],
  'Mutation.dispatchCase': ['COMMAND_CENTER'],
  'Mutation.handleCase': ['UNIT_REP'],
  'Mutation.rejectCase': ['COMMAND_CENTER'],
  'Mutation.reportCase': 'signedIn',
  'Mutation.requestCaseExtension': ['UNIT_REP'],
  'Mutation.returnCase': ['UNIT_REP'],
  'Mutation.setRoutingRule': ['COMMAND_CENTER'],
  'Mutation.verifyCase': ['GRID_WORKER'],
  'Query.case': 'signedIn',
  'Query.cases': 'signedIn',
  'Query.pendingCaseExtensions': ['COMMAND_CENTER'],
  'Query.routingRules': ['ADMIN', 'COMMAND_CENTER'],
  'Subscription.caseUpdates': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'GRID_WORKER'],

  // cases: statistics, ranking, weekly report
  'Query.caseReport': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
  'Query.caseStats': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
  'Query.unitRanking': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],

  // volunteers: profile, tasks, sign-ups, invitations, service hours
  'Mutation.checkInToTask': ['VOLUNTEER'],
  'Mutation.checkOutOfTask': ['VOLUNTEER'],
  'Mutation.confirmServiceHours': ['COMMUNITY_SECRETARY', 'VOLUNTEER'], // a team captain confirms their members' hours, as hoursToConfirm lists them
  'Mutation.createTask': ['COMMUNITY_SECRETARY'],
  'Mutation.inviteVolunteer': ['COMMUNITY_SECRETARY'],
  'Mutation.joinTaskWaitlist': ['VOLUNTEER'],
  'Mutation.registerVolunteer': 'signedIn',
  'Mutation.signUpForTask': ['VOLUNTEER'],
  'Mutation.withdrawFromTask': ['VOLUNTEER'],
  'Query.hoursToConfirm': ['COMMUNITY_SECRETARY', 'VOLUNTEER'],
  'Query.myInvitations': ['VOLUNTEER'],
  'Query.myServiceHours': ['VOLUNTEER'],
  'Query.mySignups': ['VOLUNTEER'],
  'Query.myVolunteerProfile': 'signedIn',
  'Query.serviceHoursByCommunity': ['ADMIN', 'CITY_LEADER', 'COMMUNITY_SECRETARY'],
  'Query.serviceHoursByTeam': ['ADMIN', 'CITY_LEADER', 'COMMUNITY_SECRETARY'],
  'Query.tasks': 'signedIn',
  'Query.volunteerMatches': ['ADMIN', 'COMMUNITY_SECRETARY'],
  'Query.volunteers': ['ADMIN', 'COMMUNITY_SECRETARY'],
  'Subscription.volunteerUpdates': ['VOLUNTEER'],

  // care: teams, households, visits, yellow ribbons
  'Mutation.addHousehold': ['COMMUNITY_SECRETARY'],
  'Mutation.assignYellowRibbon': ['COMMUNITY_SECRETARY', 'VOLUNTEER'],
  'Mutation.createTeam': ['COMMUNITY_SECRETARY'],
  'Mutation.markYellowRibbonVisited': ['COMMUNITY_SECRETARY', 'VOLUNTEER'],
  'Mutation.raiseYellowRibbon': ['COMMUNITY_SECRETARY', 'VOLUNTEER', 'GRID_WORKER'],
  'Mutation.recordVisit': ['COMMUNITY_SECRETARY', 'VOLUNTEER'], // the visitor or the secretary; not ADMIN, whose concern would open a need no secretary wrote
  'Mutation.resolveYellowRibbon': ['COMMUNITY_SECRETARY', 'VOLUNTEER'],
  'Mutation.scheduleVisits': ['COMMUNITY_SECRETARY'],
  'Query.dueVisits': ['ADMIN', 'COMMUNITY_SECRETARY', 'VOLUNTEER'],
  'Query.household': ['ADMIN', 'COMMUNITY_SECRETARY', 'VOLUNTEER'],
  'Query.households': ['ADMIN', 'COMMUNITY_SECRETARY', 'VOLUNTEER'],
  'Query.teams': ['ADMIN', 'COMMUNITY_SECRETARY', 'VOLUNTEER'], // members are volunteers: the same people as Query.volunteers, kept from units and the command centre
  'Query.yellowRibbons': ['ADMIN', 'COMMUNITY_SECRETARY', 'VOLUNTEER', 'GRID_WORKER'],

  // audit: the log of changes and of reads of personal data
  'Query.auditEvents': ['ADMIN'],

  // public: 公示, what residents read without an account (organisations, needs and counts; never a person)
  'Query.publicCommunities': 'public',
  'Query.publicCommunityPage': 'public',

  // maps: the tile source, nothing personal
  'Query.mapSettings': 'signedIn',
} as const satisfies Record<string, Rule>;
