import { interpolate, type Lang, type Params } from './i18n/lang';
import { type MessageKey, messages, type Noun, nouns } from './i18n/messages';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'TOO_MANY_REQUESTS' | 'SERVICE_UNAVAILABLE';

/** A failure meant for the client: a contract code and a message key, localized when sent. */
export class AppError extends Error {
  readonly extensions: { code: ErrorCode };

  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: Params = {},
    readonly nounKey?: Noun,
  ) {
    super(`${code}: ${key}`);
    this.extensions = { code };
  }

  localize(lang: Lang): string {
    const what = this.nounKey ? nouns[this.nounKey][lang] : '';
    return interpolate(messages[this.key][lang], { what, ...this.params });
  }
}

export const unauthenticated = () => new AppError('UNAUTHENTICATED', 'auth.required');
export const badCredentials = () => new AppError('UNAUTHENTICATED', 'auth.badCredentials');
export const forbidden = () => new AppError('FORBIDDEN', 'auth.forbidden');
export const notFound = (what: Noun) => new AppError('NOT_FOUND', 'notFound', {}, what);
export const duplicate = (what: Noun) => new AppError('CONFLICT', 'conflict.duplicate', {}, what);
export const conflict = (key: MessageKey, params: Params = {}) => new AppError('CONFLICT', key, params);
export const badInput = (key: MessageKey, params: Params = {}) => new AppError('BAD_USER_INPUT', key, params);
/** The database cannot be reached or did not answer in time: HTTP 503, try again shortly. */
export const unavailable = () => new AppError('SERVICE_UNAVAILABLE', 'unavailable');

export function localizeMessage(key: MessageKey, lang: Lang, params: Params = {}): string {
  return interpolate(messages[key][lang], params);
}
