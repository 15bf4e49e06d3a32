// Read by graphql-codegen only: it generates MeDocument, LoginDocument and LogoutDocument from these.
import { graphql } from '../gql';

export const ME = graphql(`
  query Me {
    me {
      id
      username
      displayName
      roles
      community { id name }
      unit { id name }
    }
  }
`);

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user { id }
    }
  }
`);

export const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);
