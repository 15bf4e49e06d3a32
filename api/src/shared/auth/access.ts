import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFieldExtensions, type GraphQLSchema, Kind, type OperationDefinitionNode } from 'graphql';
import { type AuthChecker, Authorized, Extensions } from 'type-graphql';
import { AppError, unauthenticated } from '../errors';
import type { Lang } from '../i18n/lang';
import { Role } from './role';
import type { Viewer } from './viewer';

/** What the access checks read of a request's context. */
export interface AccessContext {
  viewer: Viewer | null;
  lang: Lang;
}

// Deny by default: every root field carries an `access` extension put there by one of the
// decorators below; a root field without one is refused at run time and fails a test.

/**
 * 'signedIn': any signed-in account that works for the city or the community, never a resident
 * (deny by default: a member of the public reaches only what is ruled 'anyAccount' or names RESIDENT);
 * 'anyAccount': residents too (signing out, one's own password, reporting a problem).
 */
export type Access = 'public' | 'signedIn' | 'anyAccount' | readonly Role[];

/** A resident and nothing else: kept out of 'signedIn' fields and routes. */
export const residentOnly = (viewer: { roles: readonly Role[] } | null): boolean => !!viewer && viewer.roles.length > 0 && viewer.roles.every((role) => role === Role.RESIDENT);

/** Whether a signed-in viewer passes a field's or route's role rule. */
export function passesRule(access: Exclude<Access, 'public'>, viewer: { roles: readonly Role[] }): boolean {
  if (access === 'anyAccount') return true;
  if (access === 'signedIn') return !residentOnly(viewer);
  return access.some((role) => viewer.roles.includes(role));
}

const mark = (access: Access) => Extensions({ access });

/** Open to anyone, signed in or not. */
export const Public = (): MethodDecorator => mark('public');

/** Any signed-in staff account (with no roles; never a resident), or users holding one of the roles. */
export function Allow(...roles: Role[]): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(...roles)(target, key, descriptor);
    mark(roles.length ? roles : 'signedIn')(target, key, descriptor);
  };
}

/** Every signed-in account, residents included. */
export function AllowAnyAccount(): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(ANY_ACCOUNT)(target, key, descriptor);
    mark('anyAccount')(target, key, descriptor);
  };
}

// type-graphql hands the checker the roles named in @Authorized; this marker stands for 'anyAccount'.
const ANY_ACCOUNT = '*any-account*' as Role;

export const authChecker: AuthChecker<AccessContext, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  const access: Exclude<Access, 'public'> = roles.includes(ANY_ACCOUNT) ? 'anyAccount' : roles.length ? roles : 'signedIn';
  if (passesRule(access, context.viewer)) return true;
  // A message of its own, so a role refusal can be told from a service's scope refusal (same code).
  throw new AppError('FORBIDDEN', 'auth.roleDenied');
};

export function accessOf(extensions: GraphQLFieldExtensions<unknown, unknown> | null | undefined): Access | undefined {
  return (extensions as { access?: Access } | undefined)?.access;
}

/**
 * Refuses, before anything runs, an operation that selects a root field without an access rule.
 * Done once per operation in the request pipeline rather than as a middleware on every field.
 */
export function denyUnruledPlugin(): ApolloServerPlugin<AccessContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, contextValue }) {
          if (operation && unruledRootFields(schema, operation).length) throw notRuledError(contextValue.lang);
        },
      };
    },
  };
}

/** Root fields an operation selects that carry no access rule. */
export function unruledRootFields(schema: GraphQLSchema, operation: OperationDefinitionNode): string[] {
  const fields = schema.getRootType(operation.operation)?.getFields() ?? {};
  return operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD && !selection.name.value.startsWith('__') && !accessOf(fields[selection.name.value]?.extensions) ? [selection.name.value] : [],
  );
}

export function notRuledError(lang: Lang): GraphQLError {
  return new GraphQLError(new AppError('FORBIDDEN', 'auth.notRuled').localize(lang), { extensions: { code: 'FORBIDDEN', http: { status: 200 } } });
}
