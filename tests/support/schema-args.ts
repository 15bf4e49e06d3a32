import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isRequiredInputField,
  isScalarType,
} from 'graphql';

// One real operation per root field, with arguments made from the emitted schema's types alone.

export type RootKind = 'Query' | 'Mutation' | 'Subscription';

export interface RootField {
  /** `Query.needs`, `Mutation.claimNeed` … */
  key: string;
  kind: RootKind;
  name: string;
  field: GraphQLField<unknown, unknown>;
}

/** IDs that name something of the home scope, so its own people pass the service's scope check and others meet it. */
export interface HomeScope {
  communityId: string;
  unitId: string;
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
  /** The arguments name the home community or unit. */
  scoped: boolean;
}

export function emittedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const kinds: [RootKind, ReturnType<GraphQLSchema['getQueryType']>][] = [
    ['Query', schema.getQueryType()],
    ['Mutation', schema.getMutationType()],
    ['Subscription', schema.getSubscriptionType()],
  ];
  return kinds.flatMap(([kind, type]) => Object.values(type?.getFields() ?? {}).map((field) => ({ key: `${kind}.${field.name}`, kind, name: field.name, field })));
}

const SCOPE_NAMES = new Set<string>(['communityId', 'unitId']);

function scalarValue(name: string, typeName: string): unknown {
  switch (typeName) {
    case 'ID':
      return randomUUID();
    case 'String':
      return 'x';
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return new Date().toISOString();
    default:
      throw new Error(`no value for scalar ${typeName} (${name}): teach tests/support/schema-args.ts`);
  }
}

/** A value of that type: required input fields only, one element per list, enums' first value. */
function sampleValue(name: string, type: GraphQLInputType, home: HomeScope, used: { scoped: boolean }): unknown {
  if (isNonNullType(type)) return sampleValue(name, type.ofType, home, used);
  if (isListType(type)) return [sampleValue(name, type.ofType, home, used)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter(isRequiredInputField)
        .map((field) => [field.name, sampleValue(field.name, field.type, home, used)]),
    );
  }
  if (isScalarType(type) && type.name === 'ID' && SCOPE_NAMES.has(name)) {
    used.scoped = true;
    return home[name as keyof HomeScope];
  }
  if (isScalarType(type)) return scalarValue(name, type.name);
  throw new Error(`unexpected input type ${String(type)}`);
}

/** Required arguments, and optional ones that name a community or unit (filled with the home scope's). */
const wanted = (arg: GraphQLArgument) => (isNonNullType(arg.type) && arg.defaultValue === undefined) || (SCOPE_NAMES.has(arg.name) && getNamedType(arg.type).name === 'ID');

/** `mutation Matrix($needId: ID!) { claimNeed(needId: $needId) { __typename } }`, with its variables. */
export function operationFor(root: RootField, home: HomeScope, overrides: Record<string, unknown> = {}): Operation {
  const used = { scoped: false };
  const args = root.field.args.filter((arg) => wanted(arg) || arg.name in overrides);
  const variables = Object.fromEntries(args.map((arg) => [arg.name, arg.name in overrides ? overrides[arg.name] : sampleValue(arg.name, arg.type, home, used)]));
  const definitions = args.length ? `(${args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  const passed = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const named = getNamedType(root.field.type);
  const selection = isScalarType(named) || isEnumType(named) ? '' : ' { __typename }';
  return { query: `${root.kind.toLowerCase()} Matrix${definitions} { ${root.name}${passed}${selection} }`, variables, scoped: used.scoped };
}
