import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { type AccessContext, denyUnruledPlugin } from './access';

// The runtime half of deny-by-default: a root field that someone forgot to rule is refused.
describe('a root field without an access rule', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        ruled: { type: GraphQLString, extensions: { access: 'public' }, resolve: () => 'ok' },
        forgotten: { type: GraphQLString, resolve: () => 'leaked' },
      },
    }),
  });
  const server = new ApolloServer<AccessContext>({ schema, plugins: [denyUnruledPlugin()] });
  const context = { contextValue: { lang: 'en', viewer: null } as AccessContext };

  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('is refused with FORBIDDEN before it runs, even beside a ruled one', async () => {
    const response = await server.executeOperation({ query: '{ ruled forgotten }' }, context);
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.data).toBeUndefined();
    expect(result?.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a ruled field alone runs', async () => {
    const response = await server.executeOperation({ query: '{ ruled }' }, context);
    expect(response.body.kind === 'single' && response.body.singleResult.data).toEqual({ ruled: 'ok' });
  });
});
