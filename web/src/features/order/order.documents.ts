import { graphql } from '../../gql';

export const OPEN_ORDERS = graphql(`
  query OpenPartyOrders {
    openPartyOrders { id kind title place hours routedAt }
    myPartyOrders { id kind title place hours takenAt doneAt doneNote case { id status } need { id status } }
  }
`);

export const TAKE_ORDER = graphql(`mutation TakePartyOrder($id: ID!) { takePartyOrder(id: $id) { id takenAt mine } }`);

export const HANDLE_ORDER_CASE = graphql(
  `mutation HandlePartyOrderCase($id: ID!, $note: String!, $photoIds: [ID!]) { handleCase(id: $id, note: $note, photoIds: $photoIds) { id status } }`,
);

export const COMPLETE_ORDER = graphql(`mutation CompletePartyOrder($id: ID!, $note: String!) { completePartyOrder(id: $id, note: $note) { id doneAt need { id status } } }`);

export const CASE_ORDER = graphql(`
  query CasePartyOrder($id: ID!) {
    case(id: $id) { id status community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }
  }
`);

export const NEED_ORDER = graphql(`
  query NeedPartyOrder($id: ID!) {
    need(id: $id) { id status claimCount community { id name } partyOrder { id takenAt doneAt takerName takerPhone } }
  }
`);

export const ROUTE_CASE = graphql(`mutation RouteCaseToParty($id: ID!, $hours: Float) { routeCaseToParty(id: $id, hours: $hours) { id } }`);

export const ROUTE_NEED = graphql(`mutation RouteNeedToParty($id: ID!, $hours: Float) { routeNeedToParty(id: $id, hours: $hours) { id } }`);

export const ORDER_MONTH = graphql(`
  query PartyOrderMonth($communityId: ID!, $month: String!) {
    partyOrderMonth(communityId: $communityId, month: $month) {
      month
      members { userId name gridName taken done hours }
      grids { gridId gridName members taken done hours }
    }
  }
`);
