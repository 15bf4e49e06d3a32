import { Cursor } from '@mikro-orm/core';
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { AppError, badInput } from './errors';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type named `${name}Connection` with `${name}Edge`, as the contract spells them. */
export function ConnectionType<T extends object>(name: string, node: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => node)
    node: T;

    @Field(() => String)
    cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionClass;
}

/** The contract's page bounds: `first` from 1 to 100, 20 when absent. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new AppError('BAD_USER_INPUT', 'input.invalid', { details: `first: 1–${MAX_PAGE}` });
  }
  return first;
}

/** Rejects a cursor that was not made by us before it reaches SQL. */
export function checkCursor(after: string | null | undefined): string | undefined {
  if (!after) return undefined;
  try {
    const decoded = Cursor.decode(after);
    if (Array.isArray(decoded) && decoded.length > 0) return after;
  } catch {
    // fall through
  }
  throw badInput('input.badCursor');
}

export function toConnection<T extends object>(cursor: Cursor<T, never, '*', never, true>): Connection<T> {
  return {
    edges: cursor.items.map((node) => ({ node: node as T, cursor: cursor.from(node as T) })),
    pageInfo: { hasNextPage: cursor.hasNextPage, endCursor: cursor.endCursor },
    totalCount: cursor.totalCount,
  };
}
