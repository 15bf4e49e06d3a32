import type { GraphQLFieldExtensions } from 'graphql';
import { type AuthChecker, Authorized, Extensions, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../../context';
import { AppError, forbidden, unauthenticated } from '../errors';
import type { Role } from './role';

// Deny by default: every root field carries an `access` extension put there by one of the
// decorators below; a root field without one is refused at run time and fails a test.

export type Access = 'public' | 'signedIn' | readonly Role[];

const mark = (access: Access) => Extensions({ access });

/** Open to anyone, signed in or not. */
export const Public = (): MethodDecorator => mark('public');

/** Any signed-in user (with no roles), or users holding one of the roles. */
export function Allow(...roles: Role[]): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized(...roles)(target, key, descriptor);
    mark(roles.length ? roles : 'signedIn')(target, key, descriptor);
  };
}

export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length === 0 || roles.some((role) => context.viewer?.roles.includes(role))) return true;
  throw forbidden();
};

export function accessOf(extensions: GraphQLFieldExtensions<unknown, unknown> | null | undefined): Access | undefined {
  return (extensions as { access?: Access } | undefined)?.access;
}

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

export const denyUnruled: MiddlewareFn<Context> = ({ info }, next) => {
  if (ROOTS.has(info.parentType.name) && !accessOf(info.parentType.getFields()[info.fieldName]?.extensions)) {
    throw new AppError('FORBIDDEN', 'auth.notRuled');
  }
  return next();
};
