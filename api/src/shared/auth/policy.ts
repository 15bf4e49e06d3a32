import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { forbidden } from '../errors';
import type { AccessState, PolicyContext } from './access-state';

// Who may see an object, and which of its fields, is declared once per type in the feature's
// policy module and applied here to every field of the schema that reaches the object: root
// queries, nested fields, subscription payloads alike. Services use the same module's SQL filters.

type MaybePromise<T> = T | Promise<T>;

export interface FieldRule<T> {
  /** Who reads the value as it is; others get `mask(value)`, or null / [] when there is no mask. */
  reads: (ctx: PolicyContext, obj: T) => MaybePromise<boolean>;
  mask?: (value: unknown) => unknown;
  /** Whose personal data a full read discloses, for the audit log; null: nobody's (or the viewer's own). */
  subject?: (obj: T, ctx: PolicyContext) => MaybePromise<{ type: string; id: string } | null>;
}

export interface TypePolicy<T> {
  /** May this viewer know the object at all? Lists drop what fails; nullable fields answer null; a non-null one refuses. */
  sees?: (ctx: PolicyContext, obj: T) => MaybePromise<boolean>;
  /** Personal data and other guarded fields, by GraphQL field name. */
  fields?: Record<string, FieldRule<T>>;
}

/** Policies by GraphQL type name. */
export type PolicyMap = Record<string, TypePolicy<any>>;

const then = <A, B>(value: MaybePromise<A>, next: (a: A) => MaybePromise<B>): MaybePromise<B> => (value instanceof Promise ? value.then(next) : next(value));

function allOf<A>(values: MaybePromise<A>[]): MaybePromise<A[]> {
  return values.some((v) => v instanceof Promise) ? Promise.all(values) : (values as A[]);
}

const policyContext = (context: unknown): PolicyContext => context as PolicyContext;

/**
 * Wraps, in place, every field that returns a type with `sees` and every field with a rule.
 * Throws at start-up for a rule naming a field that does not exist, or a non-null field with no mask.
 */
export function applyPolicies(schema: GraphQLSchema, policies: PolicyMap): void {
  for (const [typeName, policy] of Object.entries(policies)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`policy for unknown object type ${typeName}`);
    for (const [fieldName, rule] of Object.entries(policy.fields ?? {})) {
      const field = type.getFields()[fieldName];
      if (!field) throw new Error(`policy rule for unknown field ${typeName}.${fieldName}`);
      if (isNonNullType(field.type) && !isListType(field.type.ofType) && !rule.mask) throw new Error(`${typeName}.${fieldName} is non-null: its rule needs a mask`);
      guardField(field, rule);
    }
  }
  // A mutation answers with the object the caller just acted on (a unit hands a case back and no
  // longer sees it); its fields' rules still apply.
  const mutation = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type === mutation) continue;
    for (const field of Object.values(type.getFields())) {
      const sees = policies[getNamedType(field.type).name]?.sees;
      if (sees) guardReference(field, sees);
    }
  }
}

function hidden(type: GraphQLOutputType): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner) ? [] : null;
}

function guardField<T>(field: GraphQLField<unknown, unknown>, rule: FieldRule<T>): void {
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context, info) =>
    then(resolve(source, args, context, info), (value) => {
      if (value === null || value === undefined) return value;
      const ctx = policyContext(context);
      return then(rule.reads(ctx, source as T), (full) => {
        if (!full) return rule.mask ? rule.mask(value) : hidden(field.type);
        if (!rule.subject) return value;
        return then(rule.subject(source as T, ctx), (subject) => {
          if (subject && subject.id !== ctx.viewer?.userId) ctx.access.reads.record(subject, field.name, rootOf(info.path));
          return value;
        });
      });
    });
}

function guardReference<T>(field: GraphQLField<unknown, unknown>, sees: (ctx: PolicyContext, obj: T) => MaybePromise<boolean>): void {
  const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
  const nonNull = isNonNullType(field.type);
  const list = isListType(nonNull ? (field.type as { ofType: GraphQLOutputType }).ofType : field.type);
  field.resolve = (source, args, context, info) =>
    then(resolve(source, args, context, info), (value) => {
      if (value === null || value === undefined) return value;
      const ctx = policyContext(context);
      if (list) {
        const items = value as T[];
        return then(allOf(items.map((item) => (item == null ? true : sees(ctx, item)))), (seen) => items.filter((_, i) => seen[i]));
      }
      return then(sees(ctx, value as T), (seen) => {
        if (seen) return value;
        if (nonNull) throw forbidden();
        return null;
      });
    });
}

const either = <T>(a: ((ctx: PolicyContext, obj: T) => MaybePromise<boolean>) | undefined, b: typeof a): typeof a =>
  a && b ? (ctx, obj) => then(a(ctx, obj), (yes) => yes || b(ctx, obj)) : (a ?? b);

/** Several features' policies as one: for a type or a field declared twice, either rule lets the viewer in. */
export function mergePolicies(...maps: PolicyMap[]): PolicyMap {
  const merged: PolicyMap = {};
  for (const map of maps) {
    for (const [typeName, policy] of Object.entries(map)) {
      const into = merged[typeName] ?? {};
      merged[typeName] = into;
      into.sees = either(into.sees, policy.sees);
      for (const [fieldName, rule] of Object.entries(policy.fields ?? {})) {
        into.fields ??= {};
        const before = into.fields[fieldName];
        into.fields[fieldName] = before
          ? { reads: either(before.reads, rule.reads) as FieldRule<unknown>['reads'], mask: before.mask ?? rule.mask, subject: before.subject ?? rule.subject }
          : rule;
      }
    }
  }
  return merged;
}

/** The root field a value was reached through, e.g. `needs` for needs.edges.node.events.actor.phone. */
function rootOf(path: { prev: unknown; key: string | number }): string {
  let at = path;
  while (at.prev) at = at.prev as typeof path;
  return String(at.key);
}

export type { AccessState, PolicyContext };
