import type { EntityManager } from '@mikro-orm/postgresql';
import { PersonalReads } from '../audit/personal-reads';
import type { Viewer } from './viewer';

/** What the policies keep for one request (or one subscription): facts about the viewer, and what personal data it read. */
export interface AccessState {
  /** Facts a policy looks up once per request (e.g. the viewer's teams), by key. */
  memo: Map<string, Promise<unknown>>;
  reads: PersonalReads;
}

/** The part of a request's context a policy reads. */
export interface PolicyContext {
  viewer: Viewer | null;
  em: EntityManager;
  access: AccessState;
}

export function newAccessState(): AccessState {
  return { memo: new Map(), reads: new PersonalReads() };
}

/** A fact about the viewer, looked up at most once per request. */
export function remember<T>(ctx: PolicyContext, key: string, look: () => Promise<T>): Promise<T> {
  let fact = ctx.access.memo.get(key) as Promise<T> | undefined;
  if (!fact) {
    fact = look();
    ctx.access.memo.set(key, fact);
  }
  return fact;
}
