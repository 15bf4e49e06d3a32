import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchemaSync } from 'type-graphql';
import { AuthResolver } from './modules/org/auth.resolver';
import { CommitteeResolver } from './modules/org/committee.resolver';
import { CommunityResolver } from './modules/org/community.resolver';
import { GridResolver } from './modules/org/grid.resolver';
import { PartnerUnitResolver } from './modules/org/partner-unit.resolver';
import { UserResolver } from './modules/org/user.resolver';
import { authChecker } from './shared/auth/access';

export const RESOLVERS = [AuthResolver, UserResolver, CommunityResolver, GridResolver, CommitteeResolver, PartnerUnitResolver] as const;

let built: GraphQLSchema | undefined;

/** The schema, built once per process from the decorated classes. */
export function appSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: RESOLVERS,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
  });
  return built;
}
