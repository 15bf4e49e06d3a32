import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessState } from '../auth/access-state';
import type { Viewer } from '../auth/viewer';

interface Audited {
  em: EntityManager;
  viewer: Viewer | null;
  access: AccessState;
}

/** Writes the personal data an operation disclosed to the audit log, once, as its response goes out. */
export function personalReadsPlugin(logError: (error: unknown) => void): ApolloServerPlugin<Audited> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          await contextValue.access.reads.flush(contextValue.em, contextValue.viewer).catch(logError);
        },
      };
    },
  };
}
