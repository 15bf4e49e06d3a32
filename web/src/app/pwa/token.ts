// The session token, apart from Apollo: the sign-in page stores it without loading the client.
const TOKEN_KEY = 'gj.token';

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};
