/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DueVisits {\n    dueVisits { dueOn overdue household { id residents address latitude longitude } schedule { id services team { name } } }\n  }\n": typeof types.DueVisitsDocument,
    "\n  query Households {\n    households { id residents address situation consent team { id name } schedules { id rrule services missedVisits } }\n  }\n": typeof types.HouseholdsDocument,
    "query CareTeams($communityId: ID!) { teams(communityId: $communityId) { id name kind } }": typeof types.CareTeamsDocument,
    "mutation AddHousehold($input: HouseholdInput!) { addHousehold(input: $input) { id } }": typeof types.AddHouseholdDocument,
    "mutation ScheduleVisits($input: VisitScheduleInput!) { scheduleVisits(input: $input) { id } }": typeof types.ScheduleVisitsDocument,
    "mutation RaiseYellowRibbon($householdId: ID!) { raiseYellowRibbon(householdId: $householdId) { id } }": typeof types.RaiseYellowRibbonDocument,
    "\n  query YellowRibbons {\n    yellowRibbons { id status note ageHours raisedAt household { id residents address } assignee { id displayName phone } }\n  }\n": typeof types.YellowRibbonsDocument,
    "mutation TakeRibbon($id: ID!) { assignYellowRibbon(id: $id) { id status } }": typeof types.TakeRibbonDocument,
    "mutation RibbonVisited($id: ID!) { markYellowRibbonVisited(id: $id) { id status } }": typeof types.RibbonVisitedDocument,
    "mutation ResolveRibbon($id: ID!) { resolveYellowRibbon(id: $id) { id status } }": typeof types.ResolveRibbonDocument,
    "\n  query ScheduleDays($id: ID!, $from: String!, $to: String!) {\n    household(id: $id) { id residents schedules { id rrule services days(from: $from, to: $to) { date visited } } }\n  }\n": typeof types.ScheduleDaysDocument,
    "\n  query Teams($communityId: ID!) {\n    teams(communityId: $communityId) { id name kind captain { id user { displayName } } members { id user { displayName } } }\n    volunteers(communityId: $communityId) { id skills user { displayName } }\n  }\n": typeof types.TeamsDocument,
    "mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id } }": typeof types.CreateTeamDocument,
    "mutation AcceptCase($id: ID!) { acceptCase(id: $id) { id status } }": typeof types.AcceptCaseDocument,
    "mutation RejectCase($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { id status } }": typeof types.RejectCaseDocument,
    "mutation DispatchCase($id: ID!, $unitId: ID!, $dueAt: DateTime) { dispatchCase(id: $id, unitId: $unitId, dueAt: $dueAt) { id status } }": typeof types.DispatchCaseDocument,
    "mutation CloseCase($id: ID!) { closeCase(id: $id) { id status } }": typeof types.CloseCaseDocument,
    "mutation AcknowledgeCase($id: ID!, $note: String) { acknowledgeCase(id: $id, note: $note) { id status acknowledgedAt } }": typeof types.AcknowledgeCaseDocument,
    "mutation HandleCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }": typeof types.HandleCaseDocument,
    "mutation ReturnCase($id: ID!, $reason: String!) { returnCase(id: $id, reason: $reason) { id status } }": typeof types.ReturnCaseDocument,
    "mutation VerifyCase($id: ID!, $passed: Boolean!, $note: String) { verifyCase(id: $id, passed: $passed, note: $note) { id status } }": typeof types.VerifyCaseDocument,
    "mutation RequestCaseExtension($caseId: ID!, $until: DateTime!, $reason: String!) { requestCaseExtension(caseId: $caseId, until: $until, reason: $reason) { id } }": typeof types.RequestCaseExtensionDocument,
    "query PendingCaseExtensions { pendingCaseExtensions { id until reason case { id } unit { name } } }": typeof types.PendingCaseExtensionsDocument,
    "mutation DecideCaseExtension($requestId: ID!, $grant: Boolean!) { decideCaseExtension(requestId: $requestId, grant: $grant) { id status } }": typeof types.DecideCaseExtensionDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      description\n      category\n      status\n      address\n      latitude\n      longitude\n      reportedAt\n      dueAt\n      acceptDueAt\n      verifyDueAt\n      filedAt\n      acknowledgedAt\n      acknowledgeDueAt\n      closedAt\n      overdue\n      reworkCount\n      source\n      abusiveAt\n      afterPhotoDistance\n      afterPhotoFarFromCase\n      reporter { displayName }\n      community { id name }\n      assignedUnit { id name }\n      suggestedUnit { id name }\n      likelyDuplicates { id number title reportedAt status }\n      photos { id url stage }\n      events { id action at note actor { displayName } unit { name } }\n      followUps { id closedAt solved satisfaction reworked source note recordedAt }\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  query CaseStatsPage($from: DateTime!, $to: DateTime!) {\n    caseReport(from: $from, to: $to) {\n      stats { reported filed closed disposalRate }\n      byCategory { category reported filed closed }\n      byCommunity { community { id name } reported filed closed }\n      averageHours { accept dispatch handle verify total }\n      previousReportedAt\n    }\n    unitRanking(from: $from, to: $to) {\n      rank dispatched closed disposalRate onTime late onTimeRate unit { id name }\n      scoreRank score respondedOnTime responseRate followedUp pendingFollowUp solved partlySolved satisfied basicallySatisfied reworked resolutionRate satisfactionRate\n    }\n  }\n": typeof types.CaseStatsPageDocument,
    "\n  mutation RecordFollowUp($caseId: ID!, $solved: FollowUpSolved!, $satisfaction: FollowUpSatisfaction!, $note: String) {\n    recordFollowUp(caseId: $caseId, solved: $solved, satisfaction: $satisfaction, note: $note) { id reworked }\n  }\n": typeof types.RecordFollowUpDocument,
    "\n  query FollowUpQueue($first: Int, $after: String) {\n    followUpQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number title closedAt assignedUnit { id name } } }\n    }\n  }\n": typeof types.FollowUpQueueDocument,
    "\n  query RateWeights { rateWeights { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit } }\n": typeof types.RateWeightsDocument,
    "\n  mutation SetRateWeights($input: RateWeightsInput!) {\n    setRateWeights(input: $input) { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit }\n  }\n": typeof types.SetRateWeightsDocument,
    "\n  query RateCases($unitId: ID!, $from: DateTime!, $to: DateTime!, $kind: RateCaseKind!) {\n    rateCases(unitId: $unitId, from: $from, to: $to, kind: $kind, first: 100) { totalCount edges { node { id number title status } } }\n  }\n": typeof types.RateCasesDocument,
    "\n  query RoutingRules {\n    routingRules { category acceptHours responseHours handleHours verifyHours unit { id name } }\n  }\n": typeof types.RoutingRulesDocument,
    "\n  mutation SetRoutingRule($input: RoutingRuleInput!) {\n    setRoutingRule(input: $input) { category acceptHours responseHours handleHours verifyHours unit { id name } }\n  }\n": typeof types.SetRoutingRuleDocument,
    "\n  query Cases($status: [CaseStatus!], $first: Int, $after: String, $overdue: Boolean, $search: String, $unsigned: Boolean) {\n    cases(status: $status, first: $first, after: $after, overdue: $overdue, search: $search, unsigned: $unsigned) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id number title category status source reportedAt dueAt overdue address acknowledgedAt acknowledgeDueAt assignedUnit { id name } community { id name } }\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  subscription CaseUpdates {\n    caseUpdates { action case { id number title status } }\n  }\n": typeof types.CaseUpdatesDocument,
    "\n  query CaseMap($status: [CaseStatus!], $first: Int) {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n    cases(status: $status, first: $first) {\n      totalCount\n      edges { node { id number title category status overdue latitude longitude address } }\n    }\n  }\n": typeof types.CaseMapDocument,
    "\n  query AgreementPrint($id: ID!) {\n    agreement(id: $id) { id status signedAt validFrom validUntil commitments community { name subdistrict } unit { name contactName contactPhone } meeting { title heldAt } }\n  }\n": typeof types.AgreementPrintDocument,
    "\n  query Agreements($communityId: ID) {\n    agreements(communityId: $communityId) { id status signedAt validFrom validUntil commitments terminationReason community { id name } unit { id name } meeting { id title } }\n  }\n": typeof types.AgreementsDocument,
    "mutation SignAgreement($input: SignAgreementInput!) { signAgreement(input: $input) { id } }": typeof types.SignAgreementDocument,
    "mutation TerminateAgreement($id: ID!, $reason: String!) { terminateAgreement(id: $id, reason: $reason) { id status terminationReason } }": typeof types.TerminateAgreementDocument,
    "\n  subscription NeedBoard($communityId: ID!) {\n    needBoard(communityId: $communityId) { action at meetingId unit { id name } need { id title status } }\n  }\n": typeof types.NeedBoardDocument,
    "query BoardCommunity($id: ID!) { community(id: $id) { id name } }": typeof types.BoardCommunityDocument,
    "\n  query ClaimCap($id: ID!) {\n    community(id: $id) { id maxOpenClaimsPerUnit }\n  }\n": typeof types.ClaimCapDocument,
    "\n  mutation SetClaimCap($communityId: ID!, $cap: Int) {\n    setClaimCap(communityId: $communityId, cap: $cap) { id maxOpenClaimsPerUnit }\n  }\n": typeof types.SetClaimCapDocument,
    "\n  query Dashboard {\n    totals { agreements resources publishedNeeds claimedNeeds }\n    totalsByCommunity { community { id name } agreements resources publishedNeeds claimedNeeds }\n    totalsByUnit(first: 50) { unit { id name } agreements resources claims }\n    totalsByMonth(months: 12) { month agreementsSigned needsPublished claimsMade }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation ImportNeeds($communityId: ID!, $fileName: String!, $contentBase64: String!) {\n    importNeeds(communityId: $communityId, fileName: $fileName, contentBase64: $contentBase64) { imported errors { row message } }\n  }\n": typeof types.ImportNeedsDocument,
    "\n  query JointMeeting($id: ID!) {\n    jointMeeting(id: $id) {\n      id\n      title\n      heldAt\n      place\n      agenda\n      minutes\n      community { id name }\n      attendees { id name }\n      agreements { id unit { name } status }\n      claims { id claimedAt releasedAt unit { name } need { id title } }\n    }\n  }\n": typeof types.JointMeetingDocument,
    "mutation SaveMinutes($id: ID!, $minutes: String) { updateJointMeeting(id: $id, input: { minutes: $minutes }) { id minutes } }": typeof types.SaveMinutesDocument,
    "mutation ScheduleJointMeeting($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { id } }": typeof types.ScheduleJointMeetingDocument,
    "mutation PublishNeed($id: ID!) { publishNeed(id: $id) { id status publishedAt } }": typeof types.PublishNeedDocument,
    "mutation CancelNeed($id: ID!, $reason: String!) { cancelNeed(id: $id, reason: $reason) { id status cancelReason } }": typeof types.CancelNeedDocument,
    "mutation ConfirmNeedDone($id: ID!, $note: String) { confirmNeedDone(id: $id, note: $note) { id status closedAt } }": typeof types.ConfirmNeedDoneDocument,
    "mutation ReportNeedProgress($needId: ID!, $note: String!) { reportNeedProgress(needId: $needId, note: $note) { id status } }": typeof types.ReportNeedProgressDocument,
    "mutation ReportNeedCompletion($needId: ID!, $note: String!) { reportNeedCompletion(needId: $needId, note: $note) { id status completionReportedAt } }": typeof types.ReportNeedCompletionDocument,
    "\n  query NeedSuggestions($id: ID!) {\n    need(id: $id) { id suggestedUnits { hasAgreement unit { id name } resources { id title } } }\n  }\n": typeof types.NeedSuggestionsDocument,
    "\n  query CommunityGrids($id: ID!) {\n    community(id: $id) { id grids { id name } }\n  }\n": typeof types.CommunityGridsDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) { id }\n  }\n": typeof types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) { id title description category maxClaimants location budgetEstimate grid { id name } status }\n  }\n": typeof types.UpdateNeedDocument,
    "\n  query Resources($unitId: ID) {\n    resources(unitId: $unitId) { id title category quantity unitOfMeasure availability description servesCategory unit { id name } }\n  }\n": typeof types.ResourcesDocument,
    "mutation AddResource($input: AddResourceInput!) { addResource(input: $input) { id } }": typeof types.AddResourceDocument,
    "mutation UpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id title category quantity unitOfMeasure availability description servesCategory } }": typeof types.UpdateResourceDocument,
    "mutation WithdrawResource($id: ID!) { withdrawResource(id: $id) { id withdrawnAt } }": typeof types.WithdrawResourceDocument,
    "\n  query Needs($filter: NeedFilter, $first: Int, $after: String) {\n    needs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          category\n          status\n          maxClaimants\n          claimCount\n          createdAt\n          location\n          community { id name }\n          claims { id unit { id name } }\n        }\n      }\n    }\n  }\n": typeof types.NeedsDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      maxClaimants\n      claimCount\n      location\n      budgetEstimate\n      createdAt\n      publishedAt\n      completionReportedAt\n      closedAt\n      cancelReason\n      community { id name maxOpenClaimsPerUnit }\n      grid { id name }\n      claims { id claimedAt unit { id name } meeting { id title } }\n      events { id action at note actor { displayName } unit { name } }\n    }\n  }\n": typeof types.NeedDocument,
    "\n  mutation ClaimNeed($needId: ID!, $meetingId: ID) {\n    claimNeed(needId: $needId, meetingId: $meetingId) { id need { id status claimCount claims { id unit { id name } } } }\n  }\n": typeof types.ClaimNeedDocument,
    "\n  mutation ReleaseClaim($needId: ID!, $reason: String!) { releaseClaim(needId: $needId, reason: $reason) { id status claimCount claims { id unit { id name } } } }\n": typeof types.ReleaseClaimDocument,
    "\n  query JointMeetings($communityId: ID) {\n    jointMeetings(communityId: $communityId) { id title heldAt place community { id name } attendees { id name } }\n  }\n": typeof types.JointMeetingsDocument,
    "\n  query CommunityMapTotals {\n    totalsByCommunity { community { id name latitude longitude } publishedNeeds claimedNeeds }\n  }\n": typeof types.CommunityMapTotalsDocument,
    "\n  query MapSettingsForMaps {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n  }\n": typeof types.MapSettingsForMapsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n": typeof types.UnreadNotificationCountChangedDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      enabled\n    }\n    webPushPublicKey\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotifyChannel!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, channel: $channel, enabled: $enabled) {\n      kind\n      channel\n      enabled\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation SubscribeWebPush($subscription: PushSubscriptionInput!) {\n    subscribeWebPush(subscription: $subscription)\n  }\n": typeof types.SubscribeWebPushDocument,
    "\n  mutation UnsubscribeWebPush($endpoint: String!) {\n    unsubscribeWebPush(endpoint: $endpoint)\n  }\n": typeof types.UnsubscribeWebPushDocument,
    "\n  query GroupWebhooks {\n    groupWebhooks {\n      id\n      communityId\n      unitId\n      ownerName\n      host\n      signed\n      active\n    }\n    communities {\n      id\n      name\n    }\n    partnerUnits {\n      id\n      name\n    }\n  }\n": typeof types.GroupWebhooksDocument,
    "\n  mutation SetGroupWebhook($input: SetGroupWebhookInput!) {\n    setGroupWebhook(input: $input) {\n      id\n    }\n  }\n": typeof types.SetGroupWebhookDocument,
    "\n  mutation RemoveGroupWebhook($id: ID!) {\n    removeGroupWebhook(id: $id)\n  }\n": typeof types.RemoveGroupWebhookDocument,
    "\n  mutation TestGroupWebhook($id: ID!) {\n    testGroupWebhook(id: $id) {\n      ok\n      error\n    }\n  }\n": typeof types.TestGroupWebhookDocument,
    "\n  query OpenPartyOrders {\n    openPartyOrders { id kind title place hours routedAt }\n    myPartyOrders { id kind title place hours takenAt doneAt doneNote case { id status } need { id status } }\n  }\n": typeof types.OpenPartyOrdersDocument,
    "mutation TakePartyOrder($id: ID!) { takePartyOrder(id: $id) { id takenAt mine } }": typeof types.TakePartyOrderDocument,
    "mutation HandlePartyOrderCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }": typeof types.HandlePartyOrderCaseDocument,
    "mutation CompletePartyOrder($id: ID!, $note: String!) { completePartyOrder(id: $id, note: $note) { id doneAt need { id status } } }": typeof types.CompletePartyOrderDocument,
    "\n  query CasePartyOrder($id: ID!) {\n    case(id: $id) { id status community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }\n  }\n": typeof types.CasePartyOrderDocument,
    "\n  query NeedPartyOrder($id: ID!) {\n    need(id: $id) { id status claimCount community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }\n  }\n": typeof types.NeedPartyOrderDocument,
    "mutation RouteCaseToParty($id: ID!, $hours: Float) { routeCaseToParty(id: $id, hours: $hours) { id } }": typeof types.RouteCaseToPartyDocument,
    "mutation RouteNeedToParty($id: ID!, $hours: Float) { routeNeedToParty(id: $id, hours: $hours) { id } }": typeof types.RouteNeedToPartyDocument,
    "\n  query PartyOrderMonth($communityId: ID!, $month: String!) {\n    partyOrderMonth(communityId: $communityId, month: $month) {\n      month\n      members { userId name gridName taken done hours }\n      grids { gridId gridName members taken done hours }\n    }\n  }\n": typeof types.PartyOrderMonthDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id at action subjectType subjectId note fields path actor { id username displayName } }\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditActorOptions($search: String) {\n    users(filter: { search: $search }, first: 20) {\n      edges { node { id username displayName } }\n    }\n  }\n": typeof types.AuditActorOptionsDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation AddCommitteeMember($communityId: ID!, $input: CommitteeMemberInput!) {\n    addCommitteeMember(communityId: $communityId, input: $input) { id }\n  }\n": typeof types.AddCommitteeMemberDocument,
    "\n  mutation UpdateCommitteeMember($id: ID!, $input: CommitteeMemberInput!) {\n    updateCommitteeMember(id: $id, input: $input) { id personName position title sortOrder unit { id name } }\n  }\n": typeof types.UpdateCommitteeMemberDocument,
    "\n  mutation RemoveCommitteeMember($id: ID!) {\n    removeCommitteeMember(id: $id)\n  }\n": typeof types.RemoveCommitteeMemberDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) { id name subdistrict address grids { id name } committee { id personName position } }\n  }\n": typeof types.CreateCommunityDocument,
    "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) { id name subdistrict address }\n  }\n": typeof types.UpdateCommunityDocument,
    "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      subdistrict\n      address\n      grids { id name }\n      committee { id personName position title sortOrder unit { id name } }\n    }\n  }\n": typeof types.CommunityDocument,
    "\n  mutation CreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) { id name community { id grids { id name } } }\n  }\n": typeof types.CreateGridDocument,
    "\n  mutation RenameGrid($id: ID!, $name: String!) {\n    renameGrid(id: $id, name: $name) { id name }\n  }\n": typeof types.RenameGridDocument,
    "\n  mutation DeleteGrid($id: ID!) {\n    deleteGrid(id: $id)\n  }\n": typeof types.DeleteGridDocument,
    "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, newPassword: $password) { id }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Units($includeInactive: Boolean) {\n    partnerUnits(includeInactive: $includeInactive) { id name kind contactName contactPhone address active }\n  }\n": typeof types.UnitsDocument,
    "\n  mutation CreatePartnerUnit($input: CreatePartnerUnitInput!) {\n    createPartnerUnit(input: $input) { id }\n  }\n": typeof types.CreatePartnerUnitDocument,
    "\n  mutation UpdatePartnerUnit($id: ID!, $input: UpdatePartnerUnitInput!) {\n    updatePartnerUnit(id: $id, input: $input) { id name kind contactName contactPhone address active }\n  }\n": typeof types.UpdatePartnerUnitDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id displayName roles phone community { id name } unit { id name } }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id username displayName roles phone active lastLoginAt community { id name } unit { id name } }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) { id active }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  query Communities {\n    communities {\n      id\n      name\n      subdistrict\n      address\n      grids { id name }\n      committee { id personName position }\n    }\n  }\n": typeof types.CommunitiesDocument,
    "\n  query UnitOptions {\n    partnerUnits { id name kind }\n  }\n": typeof types.UnitOptionsDocument,
    "\n  mutation MarkCaseAbusive($caseId: ID!) {\n    markCaseAbusive(caseId: $caseId) {\n      id\n      abusiveAt\n    }\n  }\n": typeof types.MarkCaseAbusiveDocument,
    "\n  query StreetCommunityOptions {\n    communities { id name }\n  }\n": typeof types.StreetCommunityOptionsDocument,
    "\n  query PatrolWeek($communityId: ID!, $from: DateTime!) {\n    patrolWeek(communityId: $communityId, from: $from) {\n      rounds lastPatrolAt openCases escalatedCases\n      section { id name addresses path { lat lng } chief { id displayName } patrollers { id displayName } }\n    }\n  }\n": typeof types.PatrolWeekDocument,
    "\n  query RoadSectionPeople($communityId: ID!, $search: String) {\n    roadSectionPeople(communityId: $communityId, search: $search) { id displayName roles unit { id name } }\n  }\n": typeof types.RoadSectionPeopleDocument,
    "\n  mutation SaveRoadSection($input: RoadSectionInput!) {\n    saveRoadSection(input: $input) { id name }\n  }\n": typeof types.SaveRoadSectionDocument,
    "\n  mutation DeleteRoadSection($id: ID!) {\n    deleteRoadSection(id: $id)\n  }\n": typeof types.DeleteRoadSectionDocument,
    "\n  query StreetMapSettings {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n  }\n": typeof types.StreetMapSettingsDocument,
    "\n  query MyRoadSections {\n    myRoadSections {\n      id name\n      community { id name }\n      chief { id displayName }\n      patrollers { id }\n      cases { id number title status address unitName stageDueAt escalated }\n      rounds(first: 5) { id startedAt endedAt casesReported patroller { id displayName } }\n    }\n  }\n": typeof types.MyRoadSectionsDocument,
    "\n  mutation StartPatrol($sectionId: ID!, $clientKey: String!) {\n    startPatrol(sectionId: $sectionId, clientKey: $clientKey) { id startedAt endedAt }\n  }\n": typeof types.StartPatrolDocument,
    "\n  mutation AddPatrolPositions($roundId: ID!, $positions: [TrailPointInput!]!) {\n    addPatrolPositions(roundId: $roundId, positions: $positions) { id }\n  }\n": typeof types.AddPatrolPositionsDocument,
    "\n  mutation EndPatrol($input: PatrolEndInput!) {\n    endPatrol(input: $input) { id endedAt }\n  }\n": typeof types.EndPatrolDocument,
    "\n  query HoursToConfirm {\n    hoursToConfirm { id checkedInAt checkedOutAt task { title } volunteer { user { displayName } } }\n  }\n": typeof types.HoursToConfirmDocument,
    "mutation ConfirmHours($signupId: ID!) { confirmServiceHours(signupId: $signupId) { id confirmedHours } }": typeof types.ConfirmHoursDocument,
    "\n  query LeaderHours($from: DateTime!, $to: DateTime!) {\n    serviceHoursByCommunity(from: $from, to: $to) { hours volunteers community { id name } }\n    serviceHoursByTeam(from: $from, to: $to) { hours team { id name kind } }\n  }\n": typeof types.LeaderHoursDocument,
    "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) { id skills availability partyMember community { id name } }\n  }\n": typeof types.RegisterVolunteerDocument,
    "mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": typeof types.CreateTaskDocument,
    "\n  query VolunteerMatches($taskId: ID!) {\n    volunteerMatches(taskId: $taskId, first: 20) { score reasons volunteer { id skills user { displayName } } }\n  }\n": typeof types.VolunteerMatchesDocument,
    "mutation InviteVolunteer($taskId: ID!, $volunteerId: ID!) { inviteVolunteer(taskId: $taskId, volunteerId: $volunteerId) { id } }": typeof types.InviteVolunteerDocument,
    "\n  query TaskSignups($communityId: ID) {\n    tasks(communityId: $communityId) { id signups { id status checkedInAt checkedOutAt confirmedHours volunteer { id user { displayName } } } }\n  }\n": typeof types.TaskSignupsDocument,
    "mutation ConfirmServiceHours($signupId: ID!, $hours: Float) { confirmServiceHours(signupId: $signupId, hours: $hours) { id confirmedHours } }": typeof types.ConfirmServiceHoursDocument,
    "\n  query TasksNear($lat: Float!, $lng: Float!, $r: Int!) {\n    tasksNear(latitude: $lat, longitude: $lng, radiusMeters: $r) { distance task { id title startsAt endsAt place capacity signupCount latitude longitude } }\n  }\n": typeof types.TasksNearDocument,
    "mutation WithdrawFromTask($taskId: ID!) { withdrawFromTask(taskId: $taskId) }": typeof types.WithdrawFromTaskDocument,
    "\n  subscription VolunteerUpdates {\n    volunteerUpdates { action task { id title } }\n  }\n": typeof types.VolunteerUpdatesDocument,
    "\n  query VolunteerExtras {\n    myInvitations { id task { id title startsAt } }\n    myServiceHours { totalHours }\n  }\n": typeof types.VolunteerExtrasDocument,
    "\n  query VolunteerTasks($communityId: ID) {\n    tasks(communityId: $communityId) { id title status startsAt endsAt capacity signupCount requiredSkills place }\n  }\n": typeof types.VolunteerTasksDocument,
    "\n  query MySignups {\n    mySignups { id status promotedAt task { id title startsAt endsAt place status } }\n  }\n": typeof types.MySignupsDocument,
    "\n  query MyVolunteerProfile {\n    myVolunteerProfile { id skills availability partyMember community { id name latitude longitude } }\n  }\n": typeof types.MyVolunteerProfileDocument,
};
const documents: Documents = {
    "\n  query DueVisits {\n    dueVisits { dueOn overdue household { id residents address latitude longitude } schedule { id services team { name } } }\n  }\n": types.DueVisitsDocument,
    "\n  query Households {\n    households { id residents address situation consent team { id name } schedules { id rrule services missedVisits } }\n  }\n": types.HouseholdsDocument,
    "query CareTeams($communityId: ID!) { teams(communityId: $communityId) { id name kind } }": types.CareTeamsDocument,
    "mutation AddHousehold($input: HouseholdInput!) { addHousehold(input: $input) { id } }": types.AddHouseholdDocument,
    "mutation ScheduleVisits($input: VisitScheduleInput!) { scheduleVisits(input: $input) { id } }": types.ScheduleVisitsDocument,
    "mutation RaiseYellowRibbon($householdId: ID!) { raiseYellowRibbon(householdId: $householdId) { id } }": types.RaiseYellowRibbonDocument,
    "\n  query YellowRibbons {\n    yellowRibbons { id status note ageHours raisedAt household { id residents address } assignee { id displayName phone } }\n  }\n": types.YellowRibbonsDocument,
    "mutation TakeRibbon($id: ID!) { assignYellowRibbon(id: $id) { id status } }": types.TakeRibbonDocument,
    "mutation RibbonVisited($id: ID!) { markYellowRibbonVisited(id: $id) { id status } }": types.RibbonVisitedDocument,
    "mutation ResolveRibbon($id: ID!) { resolveYellowRibbon(id: $id) { id status } }": types.ResolveRibbonDocument,
    "\n  query ScheduleDays($id: ID!, $from: String!, $to: String!) {\n    household(id: $id) { id residents schedules { id rrule services days(from: $from, to: $to) { date visited } } }\n  }\n": types.ScheduleDaysDocument,
    "\n  query Teams($communityId: ID!) {\n    teams(communityId: $communityId) { id name kind captain { id user { displayName } } members { id user { displayName } } }\n    volunteers(communityId: $communityId) { id skills user { displayName } }\n  }\n": types.TeamsDocument,
    "mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id } }": types.CreateTeamDocument,
    "mutation AcceptCase($id: ID!) { acceptCase(id: $id) { id status } }": types.AcceptCaseDocument,
    "mutation RejectCase($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { id status } }": types.RejectCaseDocument,
    "mutation DispatchCase($id: ID!, $unitId: ID!, $dueAt: DateTime) { dispatchCase(id: $id, unitId: $unitId, dueAt: $dueAt) { id status } }": types.DispatchCaseDocument,
    "mutation CloseCase($id: ID!) { closeCase(id: $id) { id status } }": types.CloseCaseDocument,
    "mutation AcknowledgeCase($id: ID!, $note: String) { acknowledgeCase(id: $id, note: $note) { id status acknowledgedAt } }": types.AcknowledgeCaseDocument,
    "mutation HandleCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }": types.HandleCaseDocument,
    "mutation ReturnCase($id: ID!, $reason: String!) { returnCase(id: $id, reason: $reason) { id status } }": types.ReturnCaseDocument,
    "mutation VerifyCase($id: ID!, $passed: Boolean!, $note: String) { verifyCase(id: $id, passed: $passed, note: $note) { id status } }": types.VerifyCaseDocument,
    "mutation RequestCaseExtension($caseId: ID!, $until: DateTime!, $reason: String!) { requestCaseExtension(caseId: $caseId, until: $until, reason: $reason) { id } }": types.RequestCaseExtensionDocument,
    "query PendingCaseExtensions { pendingCaseExtensions { id until reason case { id } unit { name } } }": types.PendingCaseExtensionsDocument,
    "mutation DecideCaseExtension($requestId: ID!, $grant: Boolean!) { decideCaseExtension(requestId: $requestId, grant: $grant) { id status } }": types.DecideCaseExtensionDocument,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      description\n      category\n      status\n      address\n      latitude\n      longitude\n      reportedAt\n      dueAt\n      acceptDueAt\n      verifyDueAt\n      filedAt\n      acknowledgedAt\n      acknowledgeDueAt\n      closedAt\n      overdue\n      reworkCount\n      source\n      abusiveAt\n      afterPhotoDistance\n      afterPhotoFarFromCase\n      reporter { displayName }\n      community { id name }\n      assignedUnit { id name }\n      suggestedUnit { id name }\n      likelyDuplicates { id number title reportedAt status }\n      photos { id url stage }\n      events { id action at note actor { displayName } unit { name } }\n      followUps { id closedAt solved satisfaction reworked source note recordedAt }\n    }\n  }\n": types.CaseDetailDocument,
    "\n  query CaseStatsPage($from: DateTime!, $to: DateTime!) {\n    caseReport(from: $from, to: $to) {\n      stats { reported filed closed disposalRate }\n      byCategory { category reported filed closed }\n      byCommunity { community { id name } reported filed closed }\n      averageHours { accept dispatch handle verify total }\n      previousReportedAt\n    }\n    unitRanking(from: $from, to: $to) {\n      rank dispatched closed disposalRate onTime late onTimeRate unit { id name }\n      scoreRank score respondedOnTime responseRate followedUp pendingFollowUp solved partlySolved satisfied basicallySatisfied reworked resolutionRate satisfactionRate\n    }\n  }\n": types.CaseStatsPageDocument,
    "\n  mutation RecordFollowUp($caseId: ID!, $solved: FollowUpSolved!, $satisfaction: FollowUpSatisfaction!, $note: String) {\n    recordFollowUp(caseId: $caseId, solved: $solved, satisfaction: $satisfaction, note: $note) { id reworked }\n  }\n": types.RecordFollowUpDocument,
    "\n  query FollowUpQueue($first: Int, $after: String) {\n    followUpQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number title closedAt assignedUnit { id name } } }\n    }\n  }\n": types.FollowUpQueueDocument,
    "\n  query RateWeights { rateWeights { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit } }\n": types.RateWeightsDocument,
    "\n  mutation SetRateWeights($input: RateWeightsInput!) {\n    setRateWeights(input: $input) { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit }\n  }\n": types.SetRateWeightsDocument,
    "\n  query RateCases($unitId: ID!, $from: DateTime!, $to: DateTime!, $kind: RateCaseKind!) {\n    rateCases(unitId: $unitId, from: $from, to: $to, kind: $kind, first: 100) { totalCount edges { node { id number title status } } }\n  }\n": types.RateCasesDocument,
    "\n  query RoutingRules {\n    routingRules { category acceptHours responseHours handleHours verifyHours unit { id name } }\n  }\n": types.RoutingRulesDocument,
    "\n  mutation SetRoutingRule($input: RoutingRuleInput!) {\n    setRoutingRule(input: $input) { category acceptHours responseHours handleHours verifyHours unit { id name } }\n  }\n": types.SetRoutingRuleDocument,
    "\n  query Cases($status: [CaseStatus!], $first: Int, $after: String, $overdue: Boolean, $search: String, $unsigned: Boolean) {\n    cases(status: $status, first: $first, after: $after, overdue: $overdue, search: $search, unsigned: $unsigned) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id number title category status source reportedAt dueAt overdue address acknowledgedAt acknowledgeDueAt assignedUnit { id name } community { id name } }\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  subscription CaseUpdates {\n    caseUpdates { action case { id number title status } }\n  }\n": types.CaseUpdatesDocument,
    "\n  query CaseMap($status: [CaseStatus!], $first: Int) {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n    cases(status: $status, first: $first) {\n      totalCount\n      edges { node { id number title category status overdue latitude longitude address } }\n    }\n  }\n": types.CaseMapDocument,
    "\n  query AgreementPrint($id: ID!) {\n    agreement(id: $id) { id status signedAt validFrom validUntil commitments community { name subdistrict } unit { name contactName contactPhone } meeting { title heldAt } }\n  }\n": types.AgreementPrintDocument,
    "\n  query Agreements($communityId: ID) {\n    agreements(communityId: $communityId) { id status signedAt validFrom validUntil commitments terminationReason community { id name } unit { id name } meeting { id title } }\n  }\n": types.AgreementsDocument,
    "mutation SignAgreement($input: SignAgreementInput!) { signAgreement(input: $input) { id } }": types.SignAgreementDocument,
    "mutation TerminateAgreement($id: ID!, $reason: String!) { terminateAgreement(id: $id, reason: $reason) { id status terminationReason } }": types.TerminateAgreementDocument,
    "\n  subscription NeedBoard($communityId: ID!) {\n    needBoard(communityId: $communityId) { action at meetingId unit { id name } need { id title status } }\n  }\n": types.NeedBoardDocument,
    "query BoardCommunity($id: ID!) { community(id: $id) { id name } }": types.BoardCommunityDocument,
    "\n  query ClaimCap($id: ID!) {\n    community(id: $id) { id maxOpenClaimsPerUnit }\n  }\n": types.ClaimCapDocument,
    "\n  mutation SetClaimCap($communityId: ID!, $cap: Int) {\n    setClaimCap(communityId: $communityId, cap: $cap) { id maxOpenClaimsPerUnit }\n  }\n": types.SetClaimCapDocument,
    "\n  query Dashboard {\n    totals { agreements resources publishedNeeds claimedNeeds }\n    totalsByCommunity { community { id name } agreements resources publishedNeeds claimedNeeds }\n    totalsByUnit(first: 50) { unit { id name } agreements resources claims }\n    totalsByMonth(months: 12) { month agreementsSigned needsPublished claimsMade }\n  }\n": types.DashboardDocument,
    "\n  mutation ImportNeeds($communityId: ID!, $fileName: String!, $contentBase64: String!) {\n    importNeeds(communityId: $communityId, fileName: $fileName, contentBase64: $contentBase64) { imported errors { row message } }\n  }\n": types.ImportNeedsDocument,
    "\n  query JointMeeting($id: ID!) {\n    jointMeeting(id: $id) {\n      id\n      title\n      heldAt\n      place\n      agenda\n      minutes\n      community { id name }\n      attendees { id name }\n      agreements { id unit { name } status }\n      claims { id claimedAt releasedAt unit { name } need { id title } }\n    }\n  }\n": types.JointMeetingDocument,
    "mutation SaveMinutes($id: ID!, $minutes: String) { updateJointMeeting(id: $id, input: { minutes: $minutes }) { id minutes } }": types.SaveMinutesDocument,
    "mutation ScheduleJointMeeting($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { id } }": types.ScheduleJointMeetingDocument,
    "mutation PublishNeed($id: ID!) { publishNeed(id: $id) { id status publishedAt } }": types.PublishNeedDocument,
    "mutation CancelNeed($id: ID!, $reason: String!) { cancelNeed(id: $id, reason: $reason) { id status cancelReason } }": types.CancelNeedDocument,
    "mutation ConfirmNeedDone($id: ID!, $note: String) { confirmNeedDone(id: $id, note: $note) { id status closedAt } }": types.ConfirmNeedDoneDocument,
    "mutation ReportNeedProgress($needId: ID!, $note: String!) { reportNeedProgress(needId: $needId, note: $note) { id status } }": types.ReportNeedProgressDocument,
    "mutation ReportNeedCompletion($needId: ID!, $note: String!) { reportNeedCompletion(needId: $needId, note: $note) { id status completionReportedAt } }": types.ReportNeedCompletionDocument,
    "\n  query NeedSuggestions($id: ID!) {\n    need(id: $id) { id suggestedUnits { hasAgreement unit { id name } resources { id title } } }\n  }\n": types.NeedSuggestionsDocument,
    "\n  query CommunityGrids($id: ID!) {\n    community(id: $id) { id grids { id name } }\n  }\n": types.CommunityGridsDocument,
    "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) { id }\n  }\n": types.CreateNeedDocument,
    "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) { id title description category maxClaimants location budgetEstimate grid { id name } status }\n  }\n": types.UpdateNeedDocument,
    "\n  query Resources($unitId: ID) {\n    resources(unitId: $unitId) { id title category quantity unitOfMeasure availability description servesCategory unit { id name } }\n  }\n": types.ResourcesDocument,
    "mutation AddResource($input: AddResourceInput!) { addResource(input: $input) { id } }": types.AddResourceDocument,
    "mutation UpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id title category quantity unitOfMeasure availability description servesCategory } }": types.UpdateResourceDocument,
    "mutation WithdrawResource($id: ID!) { withdrawResource(id: $id) { id withdrawnAt } }": types.WithdrawResourceDocument,
    "\n  query Needs($filter: NeedFilter, $first: Int, $after: String) {\n    needs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          category\n          status\n          maxClaimants\n          claimCount\n          createdAt\n          location\n          community { id name }\n          claims { id unit { id name } }\n        }\n      }\n    }\n  }\n": types.NeedsDocument,
    "\n  query Need($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      maxClaimants\n      claimCount\n      location\n      budgetEstimate\n      createdAt\n      publishedAt\n      completionReportedAt\n      closedAt\n      cancelReason\n      community { id name maxOpenClaimsPerUnit }\n      grid { id name }\n      claims { id claimedAt unit { id name } meeting { id title } }\n      events { id action at note actor { displayName } unit { name } }\n    }\n  }\n": types.NeedDocument,
    "\n  mutation ClaimNeed($needId: ID!, $meetingId: ID) {\n    claimNeed(needId: $needId, meetingId: $meetingId) { id need { id status claimCount claims { id unit { id name } } } }\n  }\n": types.ClaimNeedDocument,
    "\n  mutation ReleaseClaim($needId: ID!, $reason: String!) { releaseClaim(needId: $needId, reason: $reason) { id status claimCount claims { id unit { id name } } } }\n": types.ReleaseClaimDocument,
    "\n  query JointMeetings($communityId: ID) {\n    jointMeetings(communityId: $communityId) { id title heldAt place community { id name } attendees { id name } }\n  }\n": types.JointMeetingsDocument,
    "\n  query CommunityMapTotals {\n    totalsByCommunity { community { id name latitude longitude } publishedNeeds claimedNeeds }\n  }\n": types.CommunityMapTotalsDocument,
    "\n  query MapSettingsForMaps {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n  }\n": types.MapSettingsForMapsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n": types.UnreadNotificationCountChangedDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      enabled\n    }\n    webPushPublicKey\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotifyChannel!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, channel: $channel, enabled: $enabled) {\n      kind\n      channel\n      enabled\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation SubscribeWebPush($subscription: PushSubscriptionInput!) {\n    subscribeWebPush(subscription: $subscription)\n  }\n": types.SubscribeWebPushDocument,
    "\n  mutation UnsubscribeWebPush($endpoint: String!) {\n    unsubscribeWebPush(endpoint: $endpoint)\n  }\n": types.UnsubscribeWebPushDocument,
    "\n  query GroupWebhooks {\n    groupWebhooks {\n      id\n      communityId\n      unitId\n      ownerName\n      host\n      signed\n      active\n    }\n    communities {\n      id\n      name\n    }\n    partnerUnits {\n      id\n      name\n    }\n  }\n": types.GroupWebhooksDocument,
    "\n  mutation SetGroupWebhook($input: SetGroupWebhookInput!) {\n    setGroupWebhook(input: $input) {\n      id\n    }\n  }\n": types.SetGroupWebhookDocument,
    "\n  mutation RemoveGroupWebhook($id: ID!) {\n    removeGroupWebhook(id: $id)\n  }\n": types.RemoveGroupWebhookDocument,
    "\n  mutation TestGroupWebhook($id: ID!) {\n    testGroupWebhook(id: $id) {\n      ok\n      error\n    }\n  }\n": types.TestGroupWebhookDocument,
    "\n  query OpenPartyOrders {\n    openPartyOrders { id kind title place hours routedAt }\n    myPartyOrders { id kind title place hours takenAt doneAt doneNote case { id status } need { id status } }\n  }\n": types.OpenPartyOrdersDocument,
    "mutation TakePartyOrder($id: ID!) { takePartyOrder(id: $id) { id takenAt mine } }": types.TakePartyOrderDocument,
    "mutation HandlePartyOrderCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }": types.HandlePartyOrderCaseDocument,
    "mutation CompletePartyOrder($id: ID!, $note: String!) { completePartyOrder(id: $id, note: $note) { id doneAt need { id status } } }": types.CompletePartyOrderDocument,
    "\n  query CasePartyOrder($id: ID!) {\n    case(id: $id) { id status community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }\n  }\n": types.CasePartyOrderDocument,
    "\n  query NeedPartyOrder($id: ID!) {\n    need(id: $id) { id status claimCount community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }\n  }\n": types.NeedPartyOrderDocument,
    "mutation RouteCaseToParty($id: ID!, $hours: Float) { routeCaseToParty(id: $id, hours: $hours) { id } }": types.RouteCaseToPartyDocument,
    "mutation RouteNeedToParty($id: ID!, $hours: Float) { routeNeedToParty(id: $id, hours: $hours) { id } }": types.RouteNeedToPartyDocument,
    "\n  query PartyOrderMonth($communityId: ID!, $month: String!) {\n    partyOrderMonth(communityId: $communityId, month: $month) {\n      month\n      members { userId name gridName taken done hours }\n      grids { gridId gridName members taken done hours }\n    }\n  }\n": types.PartyOrderMonthDocument,
    "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id at action subjectType subjectId note fields path actor { id username displayName } }\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditActorOptions($search: String) {\n    users(filter: { search: $search }, first: 20) {\n      edges { node { id username displayName } }\n    }\n  }\n": types.AuditActorOptionsDocument,
    "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation AddCommitteeMember($communityId: ID!, $input: CommitteeMemberInput!) {\n    addCommitteeMember(communityId: $communityId, input: $input) { id }\n  }\n": types.AddCommitteeMemberDocument,
    "\n  mutation UpdateCommitteeMember($id: ID!, $input: CommitteeMemberInput!) {\n    updateCommitteeMember(id: $id, input: $input) { id personName position title sortOrder unit { id name } }\n  }\n": types.UpdateCommitteeMemberDocument,
    "\n  mutation RemoveCommitteeMember($id: ID!) {\n    removeCommitteeMember(id: $id)\n  }\n": types.RemoveCommitteeMemberDocument,
    "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) { id name subdistrict address grids { id name } committee { id personName position } }\n  }\n": types.CreateCommunityDocument,
    "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) { id name subdistrict address }\n  }\n": types.UpdateCommunityDocument,
    "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      subdistrict\n      address\n      grids { id name }\n      committee { id personName position title sortOrder unit { id name } }\n    }\n  }\n": types.CommunityDocument,
    "\n  mutation CreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) { id name community { id grids { id name } } }\n  }\n": types.CreateGridDocument,
    "\n  mutation RenameGrid($id: ID!, $name: String!) {\n    renameGrid(id: $id, name: $name) { id name }\n  }\n": types.RenameGridDocument,
    "\n  mutation DeleteGrid($id: ID!) {\n    deleteGrid(id: $id)\n  }\n": types.DeleteGridDocument,
    "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, newPassword: $password) { id }\n  }\n": types.ResetPasswordDocument,
    "\n  query Units($includeInactive: Boolean) {\n    partnerUnits(includeInactive: $includeInactive) { id name kind contactName contactPhone address active }\n  }\n": types.UnitsDocument,
    "\n  mutation CreatePartnerUnit($input: CreatePartnerUnitInput!) {\n    createPartnerUnit(input: $input) { id }\n  }\n": types.CreatePartnerUnitDocument,
    "\n  mutation UpdatePartnerUnit($id: ID!, $input: UpdatePartnerUnitInput!) {\n    updatePartnerUnit(id: $id, input: $input) { id name kind contactName contactPhone address active }\n  }\n": types.UpdatePartnerUnitDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id displayName roles phone community { id name } unit { id name } }\n  }\n": types.UpdateUserDocument,
    "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id username displayName roles phone active lastLoginAt community { id name } unit { id name } }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) { id active }\n  }\n": types.SetUserActiveDocument,
    "\n  query Communities {\n    communities {\n      id\n      name\n      subdistrict\n      address\n      grids { id name }\n      committee { id personName position }\n    }\n  }\n": types.CommunitiesDocument,
    "\n  query UnitOptions {\n    partnerUnits { id name kind }\n  }\n": types.UnitOptionsDocument,
    "\n  mutation MarkCaseAbusive($caseId: ID!) {\n    markCaseAbusive(caseId: $caseId) {\n      id\n      abusiveAt\n    }\n  }\n": types.MarkCaseAbusiveDocument,
    "\n  query StreetCommunityOptions {\n    communities { id name }\n  }\n": types.StreetCommunityOptionsDocument,
    "\n  query PatrolWeek($communityId: ID!, $from: DateTime!) {\n    patrolWeek(communityId: $communityId, from: $from) {\n      rounds lastPatrolAt openCases escalatedCases\n      section { id name addresses path { lat lng } chief { id displayName } patrollers { id displayName } }\n    }\n  }\n": types.PatrolWeekDocument,
    "\n  query RoadSectionPeople($communityId: ID!, $search: String) {\n    roadSectionPeople(communityId: $communityId, search: $search) { id displayName roles unit { id name } }\n  }\n": types.RoadSectionPeopleDocument,
    "\n  mutation SaveRoadSection($input: RoadSectionInput!) {\n    saveRoadSection(input: $input) { id name }\n  }\n": types.SaveRoadSectionDocument,
    "\n  mutation DeleteRoadSection($id: ID!) {\n    deleteRoadSection(id: $id)\n  }\n": types.DeleteRoadSectionDocument,
    "\n  query StreetMapSettings {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n  }\n": types.StreetMapSettingsDocument,
    "\n  query MyRoadSections {\n    myRoadSections {\n      id name\n      community { id name }\n      chief { id displayName }\n      patrollers { id }\n      cases { id number title status address unitName stageDueAt escalated }\n      rounds(first: 5) { id startedAt endedAt casesReported patroller { id displayName } }\n    }\n  }\n": types.MyRoadSectionsDocument,
    "\n  mutation StartPatrol($sectionId: ID!, $clientKey: String!) {\n    startPatrol(sectionId: $sectionId, clientKey: $clientKey) { id startedAt endedAt }\n  }\n": types.StartPatrolDocument,
    "\n  mutation AddPatrolPositions($roundId: ID!, $positions: [TrailPointInput!]!) {\n    addPatrolPositions(roundId: $roundId, positions: $positions) { id }\n  }\n": types.AddPatrolPositionsDocument,
    "\n  mutation EndPatrol($input: PatrolEndInput!) {\n    endPatrol(input: $input) { id endedAt }\n  }\n": types.EndPatrolDocument,
    "\n  query HoursToConfirm {\n    hoursToConfirm { id checkedInAt checkedOutAt task { title } volunteer { user { displayName } } }\n  }\n": types.HoursToConfirmDocument,
    "mutation ConfirmHours($signupId: ID!) { confirmServiceHours(signupId: $signupId) { id confirmedHours } }": types.ConfirmHoursDocument,
    "\n  query LeaderHours($from: DateTime!, $to: DateTime!) {\n    serviceHoursByCommunity(from: $from, to: $to) { hours volunteers community { id name } }\n    serviceHoursByTeam(from: $from, to: $to) { hours team { id name kind } }\n  }\n": types.LeaderHoursDocument,
    "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) { id skills availability partyMember community { id name } }\n  }\n": types.RegisterVolunteerDocument,
    "mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }": types.CreateTaskDocument,
    "\n  query VolunteerMatches($taskId: ID!) {\n    volunteerMatches(taskId: $taskId, first: 20) { score reasons volunteer { id skills user { displayName } } }\n  }\n": types.VolunteerMatchesDocument,
    "mutation InviteVolunteer($taskId: ID!, $volunteerId: ID!) { inviteVolunteer(taskId: $taskId, volunteerId: $volunteerId) { id } }": types.InviteVolunteerDocument,
    "\n  query TaskSignups($communityId: ID) {\n    tasks(communityId: $communityId) { id signups { id status checkedInAt checkedOutAt confirmedHours volunteer { id user { displayName } } } }\n  }\n": types.TaskSignupsDocument,
    "mutation ConfirmServiceHours($signupId: ID!, $hours: Float) { confirmServiceHours(signupId: $signupId, hours: $hours) { id confirmedHours } }": types.ConfirmServiceHoursDocument,
    "\n  query TasksNear($lat: Float!, $lng: Float!, $r: Int!) {\n    tasksNear(latitude: $lat, longitude: $lng, radiusMeters: $r) { distance task { id title startsAt endsAt place capacity signupCount latitude longitude } }\n  }\n": types.TasksNearDocument,
    "mutation WithdrawFromTask($taskId: ID!) { withdrawFromTask(taskId: $taskId) }": types.WithdrawFromTaskDocument,
    "\n  subscription VolunteerUpdates {\n    volunteerUpdates { action task { id title } }\n  }\n": types.VolunteerUpdatesDocument,
    "\n  query VolunteerExtras {\n    myInvitations { id task { id title startsAt } }\n    myServiceHours { totalHours }\n  }\n": types.VolunteerExtrasDocument,
    "\n  query VolunteerTasks($communityId: ID) {\n    tasks(communityId: $communityId) { id title status startsAt endsAt capacity signupCount requiredSkills place }\n  }\n": types.VolunteerTasksDocument,
    "\n  query MySignups {\n    mySignups { id status promotedAt task { id title startsAt endsAt place status } }\n  }\n": types.MySignupsDocument,
    "\n  query MyVolunteerProfile {\n    myVolunteerProfile { id skills availability partyMember community { id name latitude longitude } }\n  }\n": types.MyVolunteerProfileDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DueVisits {\n    dueVisits { dueOn overdue household { id residents address latitude longitude } schedule { id services team { name } } }\n  }\n"): (typeof documents)["\n  query DueVisits {\n    dueVisits { dueOn overdue household { id residents address latitude longitude } schedule { id services team { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Households {\n    households { id residents address situation consent team { id name } schedules { id rrule services missedVisits } }\n  }\n"): (typeof documents)["\n  query Households {\n    households { id residents address situation consent team { id name } schedules { id rrule services missedVisits } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareTeams($communityId: ID!) { teams(communityId: $communityId) { id name kind } }"): (typeof documents)["query CareTeams($communityId: ID!) { teams(communityId: $communityId) { id name kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddHousehold($input: HouseholdInput!) { addHousehold(input: $input) { id } }"): (typeof documents)["mutation AddHousehold($input: HouseholdInput!) { addHousehold(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleVisits($input: VisitScheduleInput!) { scheduleVisits(input: $input) { id } }"): (typeof documents)["mutation ScheduleVisits($input: VisitScheduleInput!) { scheduleVisits(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RaiseYellowRibbon($householdId: ID!) { raiseYellowRibbon(householdId: $householdId) { id } }"): (typeof documents)["mutation RaiseYellowRibbon($householdId: ID!) { raiseYellowRibbon(householdId: $householdId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YellowRibbons {\n    yellowRibbons { id status note ageHours raisedAt household { id residents address } assignee { id displayName phone } }\n  }\n"): (typeof documents)["\n  query YellowRibbons {\n    yellowRibbons { id status note ageHours raisedAt household { id residents address } assignee { id displayName phone } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TakeRibbon($id: ID!) { assignYellowRibbon(id: $id) { id status } }"): (typeof documents)["mutation TakeRibbon($id: ID!) { assignYellowRibbon(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RibbonVisited($id: ID!) { markYellowRibbonVisited(id: $id) { id status } }"): (typeof documents)["mutation RibbonVisited($id: ID!) { markYellowRibbonVisited(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResolveRibbon($id: ID!) { resolveYellowRibbon(id: $id) { id status } }"): (typeof documents)["mutation ResolveRibbon($id: ID!) { resolveYellowRibbon(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduleDays($id: ID!, $from: String!, $to: String!) {\n    household(id: $id) { id residents schedules { id rrule services days(from: $from, to: $to) { date visited } } }\n  }\n"): (typeof documents)["\n  query ScheduleDays($id: ID!, $from: String!, $to: String!) {\n    household(id: $id) { id residents schedules { id rrule services days(from: $from, to: $to) { date visited } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Teams($communityId: ID!) {\n    teams(communityId: $communityId) { id name kind captain { id user { displayName } } members { id user { displayName } } }\n    volunteers(communityId: $communityId) { id skills user { displayName } }\n  }\n"): (typeof documents)["\n  query Teams($communityId: ID!) {\n    teams(communityId: $communityId) { id name kind captain { id user { displayName } } members { id user { displayName } } }\n    volunteers(communityId: $communityId) { id skills user { displayName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id } }"): (typeof documents)["mutation CreateTeam($input: CreateTeamInput!) { createTeam(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptCase($id: ID!) { acceptCase(id: $id) { id status } }"): (typeof documents)["mutation AcceptCase($id: ID!) { acceptCase(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectCase($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation RejectCase($id: ID!, $reason: String!) { rejectCase(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchCase($id: ID!, $unitId: ID!, $dueAt: DateTime) { dispatchCase(id: $id, unitId: $unitId, dueAt: $dueAt) { id status } }"): (typeof documents)["mutation DispatchCase($id: ID!, $unitId: ID!, $dueAt: DateTime) { dispatchCase(id: $id, unitId: $unitId, dueAt: $dueAt) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseCase($id: ID!) { closeCase(id: $id) { id status } }"): (typeof documents)["mutation CloseCase($id: ID!) { closeCase(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcknowledgeCase($id: ID!, $note: String) { acknowledgeCase(id: $id, note: $note) { id status acknowledgedAt } }"): (typeof documents)["mutation AcknowledgeCase($id: ID!, $note: String) { acknowledgeCase(id: $id, note: $note) { id status acknowledgedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandleCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }"): (typeof documents)["mutation HandleCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnCase($id: ID!, $reason: String!) { returnCase(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation ReturnCase($id: ID!, $reason: String!) { returnCase(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VerifyCase($id: ID!, $passed: Boolean!, $note: String) { verifyCase(id: $id, passed: $passed, note: $note) { id status } }"): (typeof documents)["mutation VerifyCase($id: ID!, $passed: Boolean!, $note: String) { verifyCase(id: $id, passed: $passed, note: $note) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestCaseExtension($caseId: ID!, $until: DateTime!, $reason: String!) { requestCaseExtension(caseId: $caseId, until: $until, reason: $reason) { id } }"): (typeof documents)["mutation RequestCaseExtension($caseId: ID!, $until: DateTime!, $reason: String!) { requestCaseExtension(caseId: $caseId, until: $until, reason: $reason) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingCaseExtensions { pendingCaseExtensions { id until reason case { id } unit { name } } }"): (typeof documents)["query PendingCaseExtensions { pendingCaseExtensions { id until reason case { id } unit { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideCaseExtension($requestId: ID!, $grant: Boolean!) { decideCaseExtension(requestId: $requestId, grant: $grant) { id status } }"): (typeof documents)["mutation DecideCaseExtension($requestId: ID!, $grant: Boolean!) { decideCaseExtension(requestId: $requestId, grant: $grant) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      description\n      category\n      status\n      address\n      latitude\n      longitude\n      reportedAt\n      dueAt\n      acceptDueAt\n      verifyDueAt\n      filedAt\n      acknowledgedAt\n      acknowledgeDueAt\n      closedAt\n      overdue\n      reworkCount\n      source\n      abusiveAt\n      afterPhotoDistance\n      afterPhotoFarFromCase\n      reporter { displayName }\n      community { id name }\n      assignedUnit { id name }\n      suggestedUnit { id name }\n      likelyDuplicates { id number title reportedAt status }\n      photos { id url stage }\n      events { id action at note actor { displayName } unit { name } }\n      followUps { id closedAt solved satisfaction reworked source note recordedAt }\n    }\n  }\n"): (typeof documents)["\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      id\n      number\n      title\n      description\n      category\n      status\n      address\n      latitude\n      longitude\n      reportedAt\n      dueAt\n      acceptDueAt\n      verifyDueAt\n      filedAt\n      acknowledgedAt\n      acknowledgeDueAt\n      closedAt\n      overdue\n      reworkCount\n      source\n      abusiveAt\n      afterPhotoDistance\n      afterPhotoFarFromCase\n      reporter { displayName }\n      community { id name }\n      assignedUnit { id name }\n      suggestedUnit { id name }\n      likelyDuplicates { id number title reportedAt status }\n      photos { id url stage }\n      events { id action at note actor { displayName } unit { name } }\n      followUps { id closedAt solved satisfaction reworked source note recordedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseStatsPage($from: DateTime!, $to: DateTime!) {\n    caseReport(from: $from, to: $to) {\n      stats { reported filed closed disposalRate }\n      byCategory { category reported filed closed }\n      byCommunity { community { id name } reported filed closed }\n      averageHours { accept dispatch handle verify total }\n      previousReportedAt\n    }\n    unitRanking(from: $from, to: $to) {\n      rank dispatched closed disposalRate onTime late onTimeRate unit { id name }\n      scoreRank score respondedOnTime responseRate followedUp pendingFollowUp solved partlySolved satisfied basicallySatisfied reworked resolutionRate satisfactionRate\n    }\n  }\n"): (typeof documents)["\n  query CaseStatsPage($from: DateTime!, $to: DateTime!) {\n    caseReport(from: $from, to: $to) {\n      stats { reported filed closed disposalRate }\n      byCategory { category reported filed closed }\n      byCommunity { community { id name } reported filed closed }\n      averageHours { accept dispatch handle verify total }\n      previousReportedAt\n    }\n    unitRanking(from: $from, to: $to) {\n      rank dispatched closed disposalRate onTime late onTimeRate unit { id name }\n      scoreRank score respondedOnTime responseRate followedUp pendingFollowUp solved partlySolved satisfied basicallySatisfied reworked resolutionRate satisfactionRate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordFollowUp($caseId: ID!, $solved: FollowUpSolved!, $satisfaction: FollowUpSatisfaction!, $note: String) {\n    recordFollowUp(caseId: $caseId, solved: $solved, satisfaction: $satisfaction, note: $note) { id reworked }\n  }\n"): (typeof documents)["\n  mutation RecordFollowUp($caseId: ID!, $solved: FollowUpSolved!, $satisfaction: FollowUpSatisfaction!, $note: String) {\n    recordFollowUp(caseId: $caseId, solved: $solved, satisfaction: $satisfaction, note: $note) { id reworked }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpQueue($first: Int, $after: String) {\n    followUpQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number title closedAt assignedUnit { id name } } }\n    }\n  }\n"): (typeof documents)["\n  query FollowUpQueue($first: Int, $after: String) {\n    followUpQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number title closedAt assignedUnit { id name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateWeights { rateWeights { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit } }\n"): (typeof documents)["\n  query RateWeights { rateWeights { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRateWeights($input: RateWeightsInput!) {\n    setRateWeights(input: $input) { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit }\n  }\n"): (typeof documents)["\n  mutation SetRateWeights($input: RateWeightsInput!) {\n    setRateWeights(input: $input) { response resolution satisfaction partlySolvedCredit basicallySatisfiedCredit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RateCases($unitId: ID!, $from: DateTime!, $to: DateTime!, $kind: RateCaseKind!) {\n    rateCases(unitId: $unitId, from: $from, to: $to, kind: $kind, first: 100) { totalCount edges { node { id number title status } } }\n  }\n"): (typeof documents)["\n  query RateCases($unitId: ID!, $from: DateTime!, $to: DateTime!, $kind: RateCaseKind!) {\n    rateCases(unitId: $unitId, from: $from, to: $to, kind: $kind, first: 100) { totalCount edges { node { id number title status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingRules {\n    routingRules { category acceptHours responseHours handleHours verifyHours unit { id name } }\n  }\n"): (typeof documents)["\n  query RoutingRules {\n    routingRules { category acceptHours responseHours handleHours verifyHours unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoutingRule($input: RoutingRuleInput!) {\n    setRoutingRule(input: $input) { category acceptHours responseHours handleHours verifyHours unit { id name } }\n  }\n"): (typeof documents)["\n  mutation SetRoutingRule($input: RoutingRuleInput!) {\n    setRoutingRule(input: $input) { category acceptHours responseHours handleHours verifyHours unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($status: [CaseStatus!], $first: Int, $after: String, $overdue: Boolean, $search: String, $unsigned: Boolean) {\n    cases(status: $status, first: $first, after: $after, overdue: $overdue, search: $search, unsigned: $unsigned) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id number title category status source reportedAt dueAt overdue address acknowledgedAt acknowledgeDueAt assignedUnit { id name } community { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Cases($status: [CaseStatus!], $first: Int, $after: String, $overdue: Boolean, $search: String, $unsigned: Boolean) {\n    cases(status: $status, first: $first, after: $after, overdue: $overdue, search: $search, unsigned: $unsigned) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id number title category status source reportedAt dueAt overdue address acknowledgedAt acknowledgeDueAt assignedUnit { id name } community { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CaseUpdates {\n    caseUpdates { action case { id number title status } }\n  }\n"): (typeof documents)["\n  subscription CaseUpdates {\n    caseUpdates { action case { id number title status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseMap($status: [CaseStatus!], $first: Int) {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n    cases(status: $status, first: $first) {\n      totalCount\n      edges { node { id number title category status overdue latitude longitude address } }\n    }\n  }\n"): (typeof documents)["\n  query CaseMap($status: [CaseStatus!], $first: Int) {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n    cases(status: $status, first: $first) {\n      totalCount\n      edges { node { id number title category status overdue latitude longitude address } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgreementPrint($id: ID!) {\n    agreement(id: $id) { id status signedAt validFrom validUntil commitments community { name subdistrict } unit { name contactName contactPhone } meeting { title heldAt } }\n  }\n"): (typeof documents)["\n  query AgreementPrint($id: ID!) {\n    agreement(id: $id) { id status signedAt validFrom validUntil commitments community { name subdistrict } unit { name contactName contactPhone } meeting { title heldAt } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Agreements($communityId: ID) {\n    agreements(communityId: $communityId) { id status signedAt validFrom validUntil commitments terminationReason community { id name } unit { id name } meeting { id title } }\n  }\n"): (typeof documents)["\n  query Agreements($communityId: ID) {\n    agreements(communityId: $communityId) { id status signedAt validFrom validUntil commitments terminationReason community { id name } unit { id name } meeting { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignAgreement($input: SignAgreementInput!) { signAgreement(input: $input) { id } }"): (typeof documents)["mutation SignAgreement($input: SignAgreementInput!) { signAgreement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminateAgreement($id: ID!, $reason: String!) { terminateAgreement(id: $id, reason: $reason) { id status terminationReason } }"): (typeof documents)["mutation TerminateAgreement($id: ID!, $reason: String!) { terminateAgreement(id: $id, reason: $reason) { id status terminationReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NeedBoard($communityId: ID!) {\n    needBoard(communityId: $communityId) { action at meetingId unit { id name } need { id title status } }\n  }\n"): (typeof documents)["\n  subscription NeedBoard($communityId: ID!) {\n    needBoard(communityId: $communityId) { action at meetingId unit { id name } need { id title status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BoardCommunity($id: ID!) { community(id: $id) { id name } }"): (typeof documents)["query BoardCommunity($id: ID!) { community(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClaimCap($id: ID!) {\n    community(id: $id) { id maxOpenClaimsPerUnit }\n  }\n"): (typeof documents)["\n  query ClaimCap($id: ID!) {\n    community(id: $id) { id maxOpenClaimsPerUnit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetClaimCap($communityId: ID!, $cap: Int) {\n    setClaimCap(communityId: $communityId, cap: $cap) { id maxOpenClaimsPerUnit }\n  }\n"): (typeof documents)["\n  mutation SetClaimCap($communityId: ID!, $cap: Int) {\n    setClaimCap(communityId: $communityId, cap: $cap) { id maxOpenClaimsPerUnit }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    totals { agreements resources publishedNeeds claimedNeeds }\n    totalsByCommunity { community { id name } agreements resources publishedNeeds claimedNeeds }\n    totalsByUnit(first: 50) { unit { id name } agreements resources claims }\n    totalsByMonth(months: 12) { month agreementsSigned needsPublished claimsMade }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    totals { agreements resources publishedNeeds claimedNeeds }\n    totalsByCommunity { community { id name } agreements resources publishedNeeds claimedNeeds }\n    totalsByUnit(first: 50) { unit { id name } agreements resources claims }\n    totalsByMonth(months: 12) { month agreementsSigned needsPublished claimsMade }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportNeeds($communityId: ID!, $fileName: String!, $contentBase64: String!) {\n    importNeeds(communityId: $communityId, fileName: $fileName, contentBase64: $contentBase64) { imported errors { row message } }\n  }\n"): (typeof documents)["\n  mutation ImportNeeds($communityId: ID!, $fileName: String!, $contentBase64: String!) {\n    importNeeds(communityId: $communityId, fileName: $fileName, contentBase64: $contentBase64) { imported errors { row message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointMeeting($id: ID!) {\n    jointMeeting(id: $id) {\n      id\n      title\n      heldAt\n      place\n      agenda\n      minutes\n      community { id name }\n      attendees { id name }\n      agreements { id unit { name } status }\n      claims { id claimedAt releasedAt unit { name } need { id title } }\n    }\n  }\n"): (typeof documents)["\n  query JointMeeting($id: ID!) {\n    jointMeeting(id: $id) {\n      id\n      title\n      heldAt\n      place\n      agenda\n      minutes\n      community { id name }\n      attendees { id name }\n      agreements { id unit { name } status }\n      claims { id claimedAt releasedAt unit { name } need { id title } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveMinutes($id: ID!, $minutes: String) { updateJointMeeting(id: $id, input: { minutes: $minutes }) { id minutes } }"): (typeof documents)["mutation SaveMinutes($id: ID!, $minutes: String) { updateJointMeeting(id: $id, input: { minutes: $minutes }) { id minutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleJointMeeting($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { id } }"): (typeof documents)["mutation ScheduleJointMeeting($input: ScheduleJointMeetingInput!) { scheduleJointMeeting(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishNeed($id: ID!) { publishNeed(id: $id) { id status publishedAt } }"): (typeof documents)["mutation PublishNeed($id: ID!) { publishNeed(id: $id) { id status publishedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelNeed($id: ID!, $reason: String!) { cancelNeed(id: $id, reason: $reason) { id status cancelReason } }"): (typeof documents)["mutation CancelNeed($id: ID!, $reason: String!) { cancelNeed(id: $id, reason: $reason) { id status cancelReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmNeedDone($id: ID!, $note: String) { confirmNeedDone(id: $id, note: $note) { id status closedAt } }"): (typeof documents)["mutation ConfirmNeedDone($id: ID!, $note: String) { confirmNeedDone(id: $id, note: $note) { id status closedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportNeedProgress($needId: ID!, $note: String!) { reportNeedProgress(needId: $needId, note: $note) { id status } }"): (typeof documents)["mutation ReportNeedProgress($needId: ID!, $note: String!) { reportNeedProgress(needId: $needId, note: $note) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportNeedCompletion($needId: ID!, $note: String!) { reportNeedCompletion(needId: $needId, note: $note) { id status completionReportedAt } }"): (typeof documents)["mutation ReportNeedCompletion($needId: ID!, $note: String!) { reportNeedCompletion(needId: $needId, note: $note) { id status completionReportedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedSuggestions($id: ID!) {\n    need(id: $id) { id suggestedUnits { hasAgreement unit { id name } resources { id title } } }\n  }\n"): (typeof documents)["\n  query NeedSuggestions($id: ID!) {\n    need(id: $id) { id suggestedUnits { hasAgreement unit { id name } resources { id title } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityGrids($id: ID!) {\n    community(id: $id) { id grids { id name } }\n  }\n"): (typeof documents)["\n  query CommunityGrids($id: ID!) {\n    community(id: $id) { id grids { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateNeed($input: CreateNeedInput!) {\n    createNeed(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) { id title description category maxClaimants location budgetEstimate grid { id name } status }\n  }\n"): (typeof documents)["\n  mutation UpdateNeed($id: ID!, $input: UpdateNeedInput!) {\n    updateNeed(id: $id, input: $input) { id title description category maxClaimants location budgetEstimate grid { id name } status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Resources($unitId: ID) {\n    resources(unitId: $unitId) { id title category quantity unitOfMeasure availability description servesCategory unit { id name } }\n  }\n"): (typeof documents)["\n  query Resources($unitId: ID) {\n    resources(unitId: $unitId) { id title category quantity unitOfMeasure availability description servesCategory unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddResource($input: AddResourceInput!) { addResource(input: $input) { id } }"): (typeof documents)["mutation AddResource($input: AddResourceInput!) { addResource(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id title category quantity unitOfMeasure availability description servesCategory } }"): (typeof documents)["mutation UpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id title category quantity unitOfMeasure availability description servesCategory } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawResource($id: ID!) { withdrawResource(id: $id) { id withdrawnAt } }"): (typeof documents)["mutation WithdrawResource($id: ID!) { withdrawResource(id: $id) { id withdrawnAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Needs($filter: NeedFilter, $first: Int, $after: String) {\n    needs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          category\n          status\n          maxClaimants\n          claimCount\n          createdAt\n          location\n          community { id name }\n          claims { id unit { id name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Needs($filter: NeedFilter, $first: Int, $after: String) {\n    needs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id\n          title\n          category\n          status\n          maxClaimants\n          claimCount\n          createdAt\n          location\n          community { id name }\n          claims { id unit { id name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Need($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      maxClaimants\n      claimCount\n      location\n      budgetEstimate\n      createdAt\n      publishedAt\n      completionReportedAt\n      closedAt\n      cancelReason\n      community { id name maxOpenClaimsPerUnit }\n      grid { id name }\n      claims { id claimedAt unit { id name } meeting { id title } }\n      events { id action at note actor { displayName } unit { name } }\n    }\n  }\n"): (typeof documents)["\n  query Need($id: ID!) {\n    need(id: $id) {\n      id\n      title\n      description\n      category\n      status\n      maxClaimants\n      claimCount\n      location\n      budgetEstimate\n      createdAt\n      publishedAt\n      completionReportedAt\n      closedAt\n      cancelReason\n      community { id name maxOpenClaimsPerUnit }\n      grid { id name }\n      claims { id claimedAt unit { id name } meeting { id title } }\n      events { id action at note actor { displayName } unit { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimNeed($needId: ID!, $meetingId: ID) {\n    claimNeed(needId: $needId, meetingId: $meetingId) { id need { id status claimCount claims { id unit { id name } } } }\n  }\n"): (typeof documents)["\n  mutation ClaimNeed($needId: ID!, $meetingId: ID) {\n    claimNeed(needId: $needId, meetingId: $meetingId) { id need { id status claimCount claims { id unit { id name } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseClaim($needId: ID!, $reason: String!) { releaseClaim(needId: $needId, reason: $reason) { id status claimCount claims { id unit { id name } } } }\n"): (typeof documents)["\n  mutation ReleaseClaim($needId: ID!, $reason: String!) { releaseClaim(needId: $needId, reason: $reason) { id status claimCount claims { id unit { id name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JointMeetings($communityId: ID) {\n    jointMeetings(communityId: $communityId) { id title heldAt place community { id name } attendees { id name } }\n  }\n"): (typeof documents)["\n  query JointMeetings($communityId: ID) {\n    jointMeetings(communityId: $communityId) { id title heldAt place community { id name } attendees { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityMapTotals {\n    totalsByCommunity { community { id name latitude longitude } publishedNeeds claimedNeeds }\n  }\n"): (typeof documents)["\n  query CommunityMapTotals {\n    totalsByCommunity { community { id name latitude longitude } publishedNeeds claimedNeeds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapSettingsForMaps {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n  }\n"): (typeof documents)["\n  query MapSettingsForMaps {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n"): (typeof documents)["\n  subscription UnreadNotificationCountChanged {\n    unreadNotificationCountChanged\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          text\n          link\n          createdAt\n          readAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      enabled\n    }\n    webPushPublicKey\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      enabled\n    }\n    webPushPublicKey\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotifyChannel!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, channel: $channel, enabled: $enabled) {\n      kind\n      channel\n      enabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotifyChannel!, $enabled: Boolean!) {\n    setNotificationPreference(kind: $kind, channel: $channel, enabled: $enabled) {\n      kind\n      channel\n      enabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeWebPush($subscription: PushSubscriptionInput!) {\n    subscribeWebPush(subscription: $subscription)\n  }\n"): (typeof documents)["\n  mutation SubscribeWebPush($subscription: PushSubscriptionInput!) {\n    subscribeWebPush(subscription: $subscription)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeWebPush($endpoint: String!) {\n    unsubscribeWebPush(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation UnsubscribeWebPush($endpoint: String!) {\n    unsubscribeWebPush(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupWebhooks {\n    groupWebhooks {\n      id\n      communityId\n      unitId\n      ownerName\n      host\n      signed\n      active\n    }\n    communities {\n      id\n      name\n    }\n    partnerUnits {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query GroupWebhooks {\n    groupWebhooks {\n      id\n      communityId\n      unitId\n      ownerName\n      host\n      signed\n      active\n    }\n    communities {\n      id\n      name\n    }\n    partnerUnits {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupWebhook($input: SetGroupWebhookInput!) {\n    setGroupWebhook(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupWebhook($input: SetGroupWebhookInput!) {\n    setGroupWebhook(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupWebhook($id: ID!) {\n    removeGroupWebhook(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveGroupWebhook($id: ID!) {\n    removeGroupWebhook(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestGroupWebhook($id: ID!) {\n    testGroupWebhook(id: $id) {\n      ok\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation TestGroupWebhook($id: ID!) {\n    testGroupWebhook(id: $id) {\n      ok\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenPartyOrders {\n    openPartyOrders { id kind title place hours routedAt }\n    myPartyOrders { id kind title place hours takenAt doneAt doneNote case { id status } need { id status } }\n  }\n"): (typeof documents)["\n  query OpenPartyOrders {\n    openPartyOrders { id kind title place hours routedAt }\n    myPartyOrders { id kind title place hours takenAt doneAt doneNote case { id status } need { id status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TakePartyOrder($id: ID!) { takePartyOrder(id: $id) { id takenAt mine } }"): (typeof documents)["mutation TakePartyOrder($id: ID!) { takePartyOrder(id: $id) { id takenAt mine } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HandlePartyOrderCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }"): (typeof documents)["mutation HandlePartyOrderCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CompletePartyOrder($id: ID!, $note: String!) { completePartyOrder(id: $id, note: $note) { id doneAt need { id status } } }"): (typeof documents)["mutation CompletePartyOrder($id: ID!, $note: String!) { completePartyOrder(id: $id, note: $note) { id doneAt need { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePartyOrder($id: ID!) {\n    case(id: $id) { id status community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }\n  }\n"): (typeof documents)["\n  query CasePartyOrder($id: ID!) {\n    case(id: $id) { id status community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NeedPartyOrder($id: ID!) {\n    need(id: $id) { id status claimCount community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }\n  }\n"): (typeof documents)["\n  query NeedPartyOrder($id: ID!) {\n    need(id: $id) { id status claimCount community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RouteCaseToParty($id: ID!, $hours: Float) { routeCaseToParty(id: $id, hours: $hours) { id } }"): (typeof documents)["mutation RouteCaseToParty($id: ID!, $hours: Float) { routeCaseToParty(id: $id, hours: $hours) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RouteNeedToParty($id: ID!, $hours: Float) { routeNeedToParty(id: $id, hours: $hours) { id } }"): (typeof documents)["mutation RouteNeedToParty($id: ID!, $hours: Float) { routeNeedToParty(id: $id, hours: $hours) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyOrderMonth($communityId: ID!, $month: String!) {\n    partyOrderMonth(communityId: $communityId, month: $month) {\n      month\n      members { userId name gridName taken done hours }\n      grids { gridId gridName members taken done hours }\n    }\n  }\n"): (typeof documents)["\n  query PartyOrderMonth($communityId: ID!, $month: String!) {\n    partyOrderMonth(communityId: $communityId, month: $month) {\n      month\n      members { userId name gridName taken done hours }\n      grids { gridId gridName members taken done hours }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id at action subjectType subjectId note fields path actor { id username displayName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id at action subjectType subjectId note fields path actor { id username displayName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActorOptions($search: String) {\n    users(filter: { search: $search }, first: 20) {\n      edges { node { id username displayName } }\n    }\n  }\n"): (typeof documents)["\n  query AuditActorOptions($search: String) {\n    users(filter: { search: $search }, first: 20) {\n      edges { node { id username displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($current: String!, $next: String!) {\n    changePassword(currentPassword: $current, newPassword: $next)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCommitteeMember($communityId: ID!, $input: CommitteeMemberInput!) {\n    addCommitteeMember(communityId: $communityId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AddCommitteeMember($communityId: ID!, $input: CommitteeMemberInput!) {\n    addCommitteeMember(communityId: $communityId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommitteeMember($id: ID!, $input: CommitteeMemberInput!) {\n    updateCommitteeMember(id: $id, input: $input) { id personName position title sortOrder unit { id name } }\n  }\n"): (typeof documents)["\n  mutation UpdateCommitteeMember($id: ID!, $input: CommitteeMemberInput!) {\n    updateCommitteeMember(id: $id, input: $input) { id personName position title sortOrder unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCommitteeMember($id: ID!) {\n    removeCommitteeMember(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveCommitteeMember($id: ID!) {\n    removeCommitteeMember(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) { id name subdistrict address grids { id name } committee { id personName position } }\n  }\n"): (typeof documents)["\n  mutation CreateCommunity($input: CreateCommunityInput!) {\n    createCommunity(input: $input) { id name subdistrict address grids { id name } committee { id personName position } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) { id name subdistrict address }\n  }\n"): (typeof documents)["\n  mutation UpdateCommunity($id: ID!, $input: UpdateCommunityInput!) {\n    updateCommunity(id: $id, input: $input) { id name subdistrict address }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      subdistrict\n      address\n      grids { id name }\n      committee { id personName position title sortOrder unit { id name } }\n    }\n  }\n"): (typeof documents)["\n  query Community($id: ID!) {\n    community(id: $id) {\n      id\n      name\n      subdistrict\n      address\n      grids { id name }\n      committee { id personName position title sortOrder unit { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) { id name community { id grids { id name } } }\n  }\n"): (typeof documents)["\n  mutation CreateGrid($input: CreateGridInput!) {\n    createGrid(input: $input) { id name community { id grids { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameGrid($id: ID!, $name: String!) {\n    renameGrid(id: $id, name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation RenameGrid($id: ID!, $name: String!) {\n    renameGrid(id: $id, name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGrid($id: ID!) {\n    deleteGrid(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGrid($id: ID!) {\n    deleteGrid(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, newPassword: $password) { id }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($id: ID!, $password: String!) {\n    resetPassword(id: $id, newPassword: $password) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($includeInactive: Boolean) {\n    partnerUnits(includeInactive: $includeInactive) { id name kind contactName contactPhone address active }\n  }\n"): (typeof documents)["\n  query Units($includeInactive: Boolean) {\n    partnerUnits(includeInactive: $includeInactive) { id name kind contactName contactPhone address active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerUnit($input: CreatePartnerUnitInput!) {\n    createPartnerUnit(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerUnit($input: CreatePartnerUnitInput!) {\n    createPartnerUnit(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePartnerUnit($id: ID!, $input: UpdatePartnerUnitInput!) {\n    updatePartnerUnit(id: $id, input: $input) { id name kind contactName contactPhone address active }\n  }\n"): (typeof documents)["\n  mutation UpdatePartnerUnit($id: ID!, $input: UpdatePartnerUnitInput!) {\n    updatePartnerUnit(id: $id, input: $input) { id name kind contactName contactPhone address active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id displayName roles phone community { id name } unit { id name } }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) { id displayName roles phone community { id name } unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id username displayName roles phone active lastLoginAt community { id name } unit { id name } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilter, $first: Int, $after: String) {\n    users(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node { id username displayName roles phone active lastLoginAt community { id name } unit { id name } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) { id active }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($id: ID!, $active: Boolean!) {\n    setUserActive(id: $id, active: $active) { id active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Communities {\n    communities {\n      id\n      name\n      subdistrict\n      address\n      grids { id name }\n      committee { id personName position }\n    }\n  }\n"): (typeof documents)["\n  query Communities {\n    communities {\n      id\n      name\n      subdistrict\n      address\n      grids { id name }\n      committee { id personName position }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitOptions {\n    partnerUnits { id name kind }\n  }\n"): (typeof documents)["\n  query UnitOptions {\n    partnerUnits { id name kind }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkCaseAbusive($caseId: ID!) {\n    markCaseAbusive(caseId: $caseId) {\n      id\n      abusiveAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkCaseAbusive($caseId: ID!) {\n    markCaseAbusive(caseId: $caseId) {\n      id\n      abusiveAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreetCommunityOptions {\n    communities { id name }\n  }\n"): (typeof documents)["\n  query StreetCommunityOptions {\n    communities { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatrolWeek($communityId: ID!, $from: DateTime!) {\n    patrolWeek(communityId: $communityId, from: $from) {\n      rounds lastPatrolAt openCases escalatedCases\n      section { id name addresses path { lat lng } chief { id displayName } patrollers { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query PatrolWeek($communityId: ID!, $from: DateTime!) {\n    patrolWeek(communityId: $communityId, from: $from) {\n      rounds lastPatrolAt openCases escalatedCases\n      section { id name addresses path { lat lng } chief { id displayName } patrollers { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoadSectionPeople($communityId: ID!, $search: String) {\n    roadSectionPeople(communityId: $communityId, search: $search) { id displayName roles unit { id name } }\n  }\n"): (typeof documents)["\n  query RoadSectionPeople($communityId: ID!, $search: String) {\n    roadSectionPeople(communityId: $communityId, search: $search) { id displayName roles unit { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveRoadSection($input: RoadSectionInput!) {\n    saveRoadSection(input: $input) { id name }\n  }\n"): (typeof documents)["\n  mutation SaveRoadSection($input: RoadSectionInput!) {\n    saveRoadSection(input: $input) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoadSection($id: ID!) {\n    deleteRoadSection(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRoadSection($id: ID!) {\n    deleteRoadSection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreetMapSettings {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n  }\n"): (typeof documents)["\n  query StreetMapSettings {\n    mapSettings { tileUrl attribution coordinates subdomains centerLatitude centerLongitude zoom }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRoadSections {\n    myRoadSections {\n      id name\n      community { id name }\n      chief { id displayName }\n      patrollers { id }\n      cases { id number title status address unitName stageDueAt escalated }\n      rounds(first: 5) { id startedAt endedAt casesReported patroller { id displayName } }\n    }\n  }\n"): (typeof documents)["\n  query MyRoadSections {\n    myRoadSections {\n      id name\n      community { id name }\n      chief { id displayName }\n      patrollers { id }\n      cases { id number title status address unitName stageDueAt escalated }\n      rounds(first: 5) { id startedAt endedAt casesReported patroller { id displayName } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPatrol($sectionId: ID!, $clientKey: String!) {\n    startPatrol(sectionId: $sectionId, clientKey: $clientKey) { id startedAt endedAt }\n  }\n"): (typeof documents)["\n  mutation StartPatrol($sectionId: ID!, $clientKey: String!) {\n    startPatrol(sectionId: $sectionId, clientKey: $clientKey) { id startedAt endedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPatrolPositions($roundId: ID!, $positions: [TrailPointInput!]!) {\n    addPatrolPositions(roundId: $roundId, positions: $positions) { id }\n  }\n"): (typeof documents)["\n  mutation AddPatrolPositions($roundId: ID!, $positions: [TrailPointInput!]!) {\n    addPatrolPositions(roundId: $roundId, positions: $positions) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndPatrol($input: PatrolEndInput!) {\n    endPatrol(input: $input) { id endedAt }\n  }\n"): (typeof documents)["\n  mutation EndPatrol($input: PatrolEndInput!) {\n    endPatrol(input: $input) { id endedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HoursToConfirm {\n    hoursToConfirm { id checkedInAt checkedOutAt task { title } volunteer { user { displayName } } }\n  }\n"): (typeof documents)["\n  query HoursToConfirm {\n    hoursToConfirm { id checkedInAt checkedOutAt task { title } volunteer { user { displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmHours($signupId: ID!) { confirmServiceHours(signupId: $signupId) { id confirmedHours } }"): (typeof documents)["mutation ConfirmHours($signupId: ID!) { confirmServiceHours(signupId: $signupId) { id confirmedHours } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderHours($from: DateTime!, $to: DateTime!) {\n    serviceHoursByCommunity(from: $from, to: $to) { hours volunteers community { id name } }\n    serviceHoursByTeam(from: $from, to: $to) { hours team { id name kind } }\n  }\n"): (typeof documents)["\n  query LeaderHours($from: DateTime!, $to: DateTime!) {\n    serviceHoursByCommunity(from: $from, to: $to) { hours volunteers community { id name } }\n    serviceHoursByTeam(from: $from, to: $to) { hours team { id name kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) { id skills availability partyMember community { id name } }\n  }\n"): (typeof documents)["\n  mutation RegisterVolunteer($input: RegisterVolunteerInput!) {\n    registerVolunteer(input: $input) { id skills availability partyMember community { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"): (typeof documents)["mutation CreateTask($input: CreateTaskInput!) { createTask(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMatches($taskId: ID!) {\n    volunteerMatches(taskId: $taskId, first: 20) { score reasons volunteer { id skills user { displayName } } }\n  }\n"): (typeof documents)["\n  query VolunteerMatches($taskId: ID!) {\n    volunteerMatches(taskId: $taskId, first: 20) { score reasons volunteer { id skills user { displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InviteVolunteer($taskId: ID!, $volunteerId: ID!) { inviteVolunteer(taskId: $taskId, volunteerId: $volunteerId) { id } }"): (typeof documents)["mutation InviteVolunteer($taskId: ID!, $volunteerId: ID!) { inviteVolunteer(taskId: $taskId, volunteerId: $volunteerId) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TaskSignups($communityId: ID) {\n    tasks(communityId: $communityId) { id signups { id status checkedInAt checkedOutAt confirmedHours volunteer { id user { displayName } } } }\n  }\n"): (typeof documents)["\n  query TaskSignups($communityId: ID) {\n    tasks(communityId: $communityId) { id signups { id status checkedInAt checkedOutAt confirmedHours volunteer { id user { displayName } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmServiceHours($signupId: ID!, $hours: Float) { confirmServiceHours(signupId: $signupId, hours: $hours) { id confirmedHours } }"): (typeof documents)["mutation ConfirmServiceHours($signupId: ID!, $hours: Float) { confirmServiceHours(signupId: $signupId, hours: $hours) { id confirmedHours } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TasksNear($lat: Float!, $lng: Float!, $r: Int!) {\n    tasksNear(latitude: $lat, longitude: $lng, radiusMeters: $r) { distance task { id title startsAt endsAt place capacity signupCount latitude longitude } }\n  }\n"): (typeof documents)["\n  query TasksNear($lat: Float!, $lng: Float!, $r: Int!) {\n    tasksNear(latitude: $lat, longitude: $lng, radiusMeters: $r) { distance task { id title startsAt endsAt place capacity signupCount latitude longitude } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawFromTask($taskId: ID!) { withdrawFromTask(taskId: $taskId) }"): (typeof documents)["mutation WithdrawFromTask($taskId: ID!) { withdrawFromTask(taskId: $taskId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VolunteerUpdates {\n    volunteerUpdates { action task { id title } }\n  }\n"): (typeof documents)["\n  subscription VolunteerUpdates {\n    volunteerUpdates { action task { id title } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerExtras {\n    myInvitations { id task { id title startsAt } }\n    myServiceHours { totalHours }\n  }\n"): (typeof documents)["\n  query VolunteerExtras {\n    myInvitations { id task { id title startsAt } }\n    myServiceHours { totalHours }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTasks($communityId: ID) {\n    tasks(communityId: $communityId) { id title status startsAt endsAt capacity signupCount requiredSkills place }\n  }\n"): (typeof documents)["\n  query VolunteerTasks($communityId: ID) {\n    tasks(communityId: $communityId) { id title status startsAt endsAt capacity signupCount requiredSkills place }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySignups {\n    mySignups { id status promotedAt task { id title startsAt endsAt place status } }\n  }\n"): (typeof documents)["\n  query MySignups {\n    mySignups { id status promotedAt task { id title startsAt endsAt place status } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVolunteerProfile {\n    myVolunteerProfile { id skills availability partyMember community { id name latitude longitude } }\n  }\n"): (typeof documents)["\n  query MyVolunteerProfile {\n    myVolunteerProfile { id skills availability partyMember community { id name latitude longitude } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;