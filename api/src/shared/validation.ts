import { registerDecorator, type ValidationError } from 'class-validator';
import { interpolate, type Lang } from './i18n/lang';
import { fieldNames } from './i18n/messages';
import { isId } from './ids';

// Input rules as class-validator decorators whose message is a rule code ("len:1:200"),
// so the error can be told to each client in its own language.

type Check = (value: unknown) => boolean;

function rule(code: string, check: Check) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: code.split(':')[0],
      target: object.constructor,
      propertyName,
      options: { message: code },
      validator: { validate: (value: unknown) => value === null || value === undefined || check(value) },
    });
}

const trimmedLength = (v: unknown) => (typeof v === 'string' ? v.trim().length : -1);

/** A name or title: 1–200 characters after trimming (the contract's bound). */
export const Name = (max = 200) => rule(`len:1:${max}`, (v) => trimmedLength(v) >= 1 && trimmedLength(v) <= max);
/** Free text: descriptions, notes, commitments — at most 10,000 characters. */
export const LongText = (max = 10_000) => rule(`max:${max}`, (v) => typeof v === 'string' && v.length <= max);
export const ShortText = (max: number) => rule(`max:${max}`, (v) => typeof v === 'string' && v.length <= max);
export const IntRange = (min: number, max: number) => rule(`range:${min}:${max}`, (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max);
export const NumberRange = (min: number, max: number) => rule(`range:${min}:${max}`, (v) => typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max);
/** An ID (a UUID). */
export const AnId = () => rule('id', isId);
/** A list of strings, each at most `max` characters. */
export const EachShortText = (max: number) => rule(`max:${max}`, (v) => Array.isArray(v) && v.every((item) => typeof item === 'string' && item.length <= max));
export const ListSize = (min: number, max: number) => rule(`list:${min}:${max}`, (v) => Array.isArray(v) && v.length >= min && v.length <= max);
export const Username = () => rule('username', (v) => typeof v === 'string' && /^[A-Za-z0-9._-]{3,40}$/.test(v.trim()));
export const Password = () => rule('password', (v) => typeof v === 'string' && v.length >= 8 && v.length <= 128);
export const Phone = () => rule('phone', (v) => typeof v === 'string' && /^[0-9+\- ()]{0,30}$/.test(v));

const templates: Record<string, { zh: string; en: string }> = {
  len: { zh: '{field}须为 {a}–{b} 个字符（不含首尾空格）', en: '{field} must be {a}–{b} characters (after trimming)' },
  max: { zh: '{field}最多 {a} 个字符', en: '{field} must be at most {a} characters' },
  range: { zh: '{field}须在 {a} 到 {b} 之间', en: '{field} must be from {a} to {b}' },
  list: { zh: '{field}须有 {a}–{b} 项', en: '{field} must have {a}–{b} items' },
  username: { zh: '用户名须为 3–40 个字母、数字、点、下划线或连字符', en: 'username must be 3–40 letters, digits, dots, underscores or hyphens' },
  password: { zh: '密码须为 8–128 个字符', en: 'password must be 8–128 characters' },
  phone: { zh: '电话号码格式不正确', en: 'phone number is not valid' },
  id: { zh: '{field}须为有效的 ID', en: '{field} must be a valid ID' },
};

function describe(code: string, property: string, lang: Lang): string {
  const [kind, a = '', b = ''] = code.split(':');
  const field = fieldNames[property]?.[lang] ?? property;
  const template = templates[kind];
  return template ? interpolate(template[lang], { field, a, b }) : `${field}: ${code}`;
}

/** Flattens class-validator errors into one message per broken rule. */
export function describeValidationErrors(errors: ValidationError[], lang: Lang): string[] {
  const out: string[] = [];
  const walk = (list: ValidationError[]) => {
    for (const error of list) {
      for (const code of Object.values(error.constraints ?? {})) out.push(describe(code, error.property, lang));
      if (error.children?.length) walk(error.children);
    }
  };
  walk(errors);
  return out;
}

export const trimmed = <T extends string | null | undefined>(value: T): T => (typeof value === 'string' ? (value.trim() as T) : value);
