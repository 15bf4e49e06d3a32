// Who reads each field that returns personal data, as a community office would state it. The
// matrix test (tests/api/personal-data-matrix.test.ts) asks each of these viewers through the
// path given and compares; docs/access.md is this table in prose.
//
//   full    the value as stored           masked  e.g. 139****0001, 黎***
//   hidden  null, or [] for a list        none    the object itself is not reached (refused, null, left out)

export type Reading = 'full' | 'masked' | 'hidden' | 'none';

export const VIEWERS = [
  'anonymous',
  'ADMIN',
  'CITY_LEADER',
  'COMMAND_CENTER',
  'COMMUNITY_SECRETARY', // of community A
  'UNIT_REP', // of unit U, to which A's case is dispatched
  'VOLUNTEER', // of A, not on the household's team
  'TEAM_CAPTAIN', // a volunteer of A captaining the household's team
  'GRID_WORKER', // of A, reported the case and took its photo
  'OTHER_SECRETARY', // secretary of another community
  'OTHER_UNIT_REP', // representative of another unit
  'RESIDENT', // of A, reported the resident's case below (reaches no case, household or need; only myReports)
] as const;
export type ViewerName = (typeof VIEWERS)[number];

/** One row: a field, whose value it is, the path every viewer asks through, and what each reads. */
export interface PersonalRow {
  field: string;
  subject: string;
  expected: Record<ViewerName, Reading>;
}

const row = (field: string, subject: string, readings: string): PersonalRow => {
  const cells = readings.trim().split(/\s+/) as Reading[];
  if (cells.length !== VIEWERS.length) throw new Error(`${field}: ${cells.length} cells for ${VIEWERS.length} viewers`);
  return { field, subject, expected: Object.fromEntries(VIEWERS.map((v, i) => [v, cells[i]])) as Record<ViewerName, Reading> };
};

//                                                       anon ADMIN  LEADER COMMAND SECRETARY REP   VOLUNTEER CAPTAIN GRID   OTHER_SEC OTHER_REP RESIDENT
export const PERSONAL_DATA: PersonalRow[] = [
  row('User.phone', 'a volunteer on the team', '       none full   none   none    full      none   none     full    none   none      none      none'),
  row('User.phone', "A's secretary (an official)", '   none full   masked full    full      masked masked   masked  masked masked    masked      none'),
  row('User.username', "A's secretary (an official)", 'none full   masked full    full      masked masked   masked  masked masked    masked      none'),
  row('User.lastLoginAt', "A's secretary (an official)", 'none full hidden hidden  full      hidden hidden   hidden  hidden hidden    hidden      none'),
  row('PartnerUnit.contactPhone', 'unit U', '              none full   full   full    full      full   masked   masked  masked full      masked      none'),
  row('Household.residents', "A's elderly household", '    none full   none   none    full      none   masked   full    masked none      none      none'),
  row('Household.address', "A's elderly household", '      none full   none   none    full      none   full     full    full   none      none      none'),
  row('Household.latitude', "A's elderly household", '     none full   none   none    full      none   full     full    full   none      none      none'),
  row('Household.longitude', "A's elderly household", '    none full   none   none    full      none   full     full    full   none      none      none'),
  row('Household.situation', "A's elderly household", '    none full   none   none    full      none   hidden   full    hidden none      none      none'),
  row('Household.emergencyContact', "A's elderly household", 'none full none none    full      none   hidden   full    hidden none      none      none'),
  row('Household.schedules', "A's elderly household", '    none full   none   none    full      none   hidden   full    hidden none      none      none'),
  row('Household.visits', "A's elderly household", '       none full   none   none    full      none   hidden   full    hidden none      none      none'),
  row('Visit.concerns', "A's elderly household", '         none full   none   none    full      none   none     full    none   none      none      none'),
  row('CasePhoto.latitude', "the grid worker's photo", '   none full   hidden full    hidden    hidden none     none    full   none      none      none'),
  row('CasePhoto.longitude', "the grid worker's photo", '  none full   hidden full    hidden    hidden none     none    full   none      none      none'),
  row('User.phone', 'a resident who reported a case', ' none full   masked masked  full      masked none     none    masked none      none      none'),
  row('User.username', 'a resident who reported a case', 'none full masked masked full      masked none     none    masked none      none      none'),
  row('FollowUp.note', "the grid worker's case", '        none full   hidden full    hidden    hidden none     none    full   none      none      none'),
  row('PatrolRound.positions', "the grid worker's patrol round", 'none full hidden hidden full   full   none     none    full   none      none      none'),
  row('Task.signups', "A's task", '                           none full   hidden hidden  full      hidden hidden   hidden  hidden hidden    hidden      none'),
  row('PartyOrder.takerName', "a party member's order", '   none full   masked full    full      none   none     none    masked none      none      none'),
  row('PartyOrder.takerPhone', "a party member's order", '  none full   hidden hidden  full      none   none     none    hidden none      none      none'),
];

/**
 * Fields whose names look personal but are not, with the reason. A new field matching the
 * pattern below must be added to PERSONAL_DATA (with a rule in its feature's policy) or here.
 */
export const NOT_PERSONAL: Record<string, string> = {
  'Community.address': "a community office's address, public",
  'PartnerUnit.address': "a unit's office address, public",
  'PartnerUnit.contactName': 'the name a unit publishes as its contact for joint construction',
  'CommitteeMember.personName': 'members of a community party committee are published (社区大党委)',
  'User.displayName': "the name officials and volunteers act under on timelines; a resident's is 市民 and the phone's last four digits unless they chose one",
  'ResidentReport.address': 'where the street problem is, not where a person lives',
  'Case.address': 'where the street problem is, not where a person lives',
  'Case.latitude': 'where the street problem is',
  'Case.longitude': 'where the street problem is',
  'RoadSection.addresses': 'the streets a road section runs along, not where a person lives',
  'SectionCase.address': 'where the street problem is, not where a person lives',
  'Community.latitude': "where a community office's marker goes, public like its address",
  'Community.longitude': "where a community office's marker goes, public like its address",
  'Task.latitude': 'where volunteers meet for a task, published with it',
  'Task.longitude': 'where volunteers meet for a task, published with it',
  'MapSettings.centerLatitude': 'where the maps open: the city, set by the operator',
  'MapSettings.centerLongitude': 'where the maps open: the city, set by the operator',
};

export const PERSONAL_NAME = /phone|contact|address|resident|situation|concern|latitude|longitude|emergency|username|lastLogin|idCard|email|birth|personName|displayName/i;
