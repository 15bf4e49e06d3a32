import { connectionLost } from '../connection';
import { tokenStore } from '../pwa/token';
import { storedLang } from './lang';

// GraphQL over a bare fetch, for what must work before (or without) Apollo: the light field pages
// and the outbox's writes. It tells a refusal (the server answered no) from no answer at all.

/** The server answered and said no; `message` is its own, in the asked language. */
export class GqlRefusal extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/** No answer worth reading (offline, a 5xx, a proxy's page, SERVICE_UNAVAILABLE): try again later. */
export class NoAnswer extends Error {}

let onUnauthenticated = (): void => {
  tokenStore.clear();
  location.replace('/login');
};

/** The app replaces the light default (forget the token, open sign-in) with its own session end. */
export function whenUnauthenticated(handler: () => void): void {
  onUnauthenticated = handler;
}

interface Answer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; problems?: string[] } }[];
}

export async function gqlRequest<T>(operationName: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = tokenStore.get();
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': storedLang(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ operationName, query, variables }),
    });
  } catch (error) {
    connectionLost();
    throw error;
  }
  if (response.status >= 500 || response.status === 408) {
    if ([502, 503, 504].includes(response.status)) connectionLost();
    throw new NoAnswer(`graphql: ${response.status}`);
  }
  const body = (await response.json().catch(() => null)) as Answer<T> | null;
  if (!body) throw new NoAnswer(`graphql: ${response.status}, no JSON`);
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    if (code === 'SERVICE_UNAVAILABLE') {
      connectionLost();
      throw new NoAnswer(first.message);
    }
    if (code === 'UNAUTHENTICATED') onUnauthenticated();
    throw new GqlRefusal(first.extensions?.problems?.join('；') || first.message, code);
  }
  return body.data as T;
}
