import type { Role } from '../../api/src/shared/auth/role';

// Who may call each root field, written from what the product means (README's role table,
// DOMAIN.md, each field's description), not copied from the resolvers' @Allow: the access
// matrix test (tests/api/access-matrix.test.ts) holds the API to it. Scope (own community, own
// unit, own record) is the services' business and is not in this table.
// One line per field, grouped by feature, sorted; roles in the Role enum's order.
// 'signedIn' is every signed-in account that works for the city or the community, never a resident
// (deny by default); 'anyAccount' lets residents in too. docs/access.md says why for each field.

export type RoleName = `${Role}`;
export type Rule = 'public' | 'signedIn' | 'anyAccount' | readonly RoleName[];

/** Whether a caller holding just this role passes the rule. */
export const roleMayCall = (rule: Rule, role: RoleName): boolean => rule === 'public' || rule === 'anyAccount' || (rule === 'signedIn' ? role !== 'RESIDENT' : rule.includes(role));

export const ACCESS_TABLE = {
  // org: signing in and accounts
  'Mutation.changePassword': 'anyAccount',
  'Mutation.createUser': ['ADMIN'],
  'Mutation.login': 'public',
  'Mutation.logout': 'anyAccount',
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
  'Mutation.handleCase': ['UNIT_REP', 'VOLUNTEER'],
  'Mutation.rejectCase': ['COMMAND_CENTER'],
  'Mutation.reportCase': 'anyAccount', // residents report as grid workers do, within their daily limit
  'Mutation.requestCaseExtension': ['UNIT_REP'],
  'Mutation.returnCase': ['UNIT_REP'],
  'Mutation.setRoutingRule': ['COMMAND_CENTER'],
  'Mutation.verifyCase': ['GRID_WORKER'],
  'Query.case': 'signedIn',
  'Query.casesNear': ['ADMIN', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'GRID_WORKER', 'RESIDENT'],
  'Query.cases': 'signedIn',
  'Query.pendingCaseExtensions': ['COMMAND_CENTER'],
  'Query.routingRules': ['ADMIN', 'COMMAND_CENTER'],
  'Subscription.caseUpdates': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'GRID_WORKER'],

  // cases: statistics, ranking, weekly report
  'Query.caseReport': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
  'Query.caseStats': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
  'Query.unitRanking': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],

  // cases: 回访 (follow-up), the cases behind a rate, the weights of the three rates
  'Mutation.recordFollowUp': ['COMMAND_CENTER', 'RESIDENT'],
  'Query.followUpQueue': ['COMMAND_CENTER'],
  'Query.rateCases': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
  'Query.rateWeights': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP'],
  'Mutation.setRateWeights': ['COMMAND_CENTER'],

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
  'Query.tasksNear': 'signedIn',
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

  // residents (市民下单): registering, their own reports with the public timeline, abuse limits
  'Mutation.markCaseAbusive': ['COMMAND_CENTER'],
  'Mutation.registerResident': 'public',
  'Mutation.restoreResidentReporting': ['ADMIN'],
  'Query.myReport': ['RESIDENT'],
  'Query.myReportingStanding': ['RESIDENT'],
  'Query.myReports': ['RESIDENT'],

  // public: 公示, what residents read without an account (organisations, needs and counts; never a person)
  'Query.publicCommunities': 'public',
  'Query.publicCommunityPage': 'public',

  // notifications: one's own only (scope in the service); group robots kept by the command centre
  'Mutation.markAllNotificationsRead': 'signedIn',
  'Mutation.markNotificationRead': 'signedIn',
  'Mutation.removeGroupWebhook': ['ADMIN', 'COMMAND_CENTER'],
  'Mutation.setGroupWebhook': ['ADMIN', 'COMMAND_CENTER'],
  'Mutation.setNotificationPreference': 'signedIn',
  'Mutation.subscribeWebPush': 'signedIn',
  'Mutation.testGroupWebhook': ['ADMIN', 'COMMAND_CENTER'],
  'Mutation.unsubscribeWebPush': 'signedIn',
  'Query.groupWebhooks': ['ADMIN', 'COMMAND_CENTER'],
  'Query.notificationPreferences': 'signedIn',
  'Query.notifications': 'signedIn',
  'Query.unreadNotificationCount': 'signedIn',
  'Query.webPushPublicKey': 'signedIn',
  'Subscription.unreadNotificationCountChanged': 'signedIn',

  // maps: the tile source, nothing personal
  'Query.mapSettings': 'signedIn',

  // streets: 街长制 road sections, their chiefs and patrol rounds (scope: own community, own sections)
  'Mutation.addPatrolPositions': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'],
  'Mutation.deleteRoadSection': ['ADMIN', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY'],
  'Mutation.endPatrol': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'],
  'Mutation.saveRoadSection': ['ADMIN', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY'],
  'Mutation.startPatrol': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'],
  'Query.myRoadSections': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'],
  'Query.patrolWeek': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'],
  'Query.roadSection': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'],
  'Query.roadSectionPeople': ['ADMIN', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY'],
  'Query.roadSections': ['ADMIN', 'CITY_LEADER', 'COMMAND_CENTER', 'COMMUNITY_SECRETARY', 'UNIT_REP', 'VOLUNTEER', 'GRID_WORKER'],

  // 党员领单: the centre routes a small case, a secretary a need, to the community's party members (scope: own community, party members only)
  'Mutation.completePartyOrder': ['VOLUNTEER'],
  'Mutation.routeCaseToParty': ['COMMAND_CENTER'],
  'Mutation.routeNeedToParty': ['COMMUNITY_SECRETARY'],
  'Mutation.takePartyOrder': ['VOLUNTEER'],
  'Query.myPartyOrders': ['VOLUNTEER'],
  'Query.openPartyOrders': ['VOLUNTEER'],
  'Query.partyOrderMonth': ['ADMIN', 'COMMUNITY_SECRETARY'],
} as const satisfies Record<string, Rule>;
