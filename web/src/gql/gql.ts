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
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      community { id name }\n      unit { id name }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user { id }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
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
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      community { id name }\n      unit { id name }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user { id }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      community { id name }\n      unit { id name }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      roles\n      community { id name }\n      unit { id name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user { id }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      user { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;