import { useEffect } from 'react';
import { setOutboxOwner } from '../outbox/light';
import { tokenStore } from '../pwa/token';
import { gqlRequest } from './fetch-graphql';
import { knownViewer, rememberViewer } from './viewer';

/**
 * A light page shows at once (with no signal too); who is signed in is checked in the background.
 * No session: to sign in. No answer: the remembered account stands (a refused session has already
 * sent the phone to sign in). What waits to be sent belongs to that account.
 */
export function useFieldViewer(): void {
  useEffect(() => {
    setOutboxOwner(knownViewer());
    gqlRequest<{ me: { id: string } | null }>('FieldViewer', 'query FieldViewer { me { id } }')
      .then((data) => {
        const id = data?.me?.id ?? null;
        if (!id) {
          tokenStore.clear();
          return location.replace('/login');
        }
        rememberViewer(id);
        setOutboxOwner(id);
      })
      .catch(() => undefined);
  }, []);
}
