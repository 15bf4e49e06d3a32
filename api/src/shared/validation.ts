import { registerDecorator, ValidationError, type ValidatorOptions, validateOrReject } from 'class-validator';
import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { interpolate, type Lang } from './i18n/lang';
import { fieldNames } from './i18n/messages';
import { isId } from './ids';
import { fieldOf, unstorableTextAt } from './text-guard';

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
/** Given only together with `other`: a position is a latitude and a longitude. */
export const PairedWith = (other: string) => (object: object, propertyName: string) =>
  registerDecorator({
    name: 'pair',
    target: object.constructor,
    propertyName,
    options: { message: `pair:${other}` },
    validator: { validate: (value: unknown, args) => value === null || value === undefined || ((args?.object as Record<string, unknown> | undefined)?.[other] ?? null) !== null },
  });
/** A day as YYYY-MM-DD that exists on the calendar (a visit day, a schedule's start). */
export const CalendarDate = () => rule('date', isCalendarDate);

/** YYYY-MM-DD naming a real day of years 1–9999: 2026-02-30 is refused, though Date.parse rolls it into March. */
export function isCalendarDate(value: unknown): value is string {
  const parts = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const templates: Record<string, { zh: string; en: string }> = {
  len: { zh: '{field}须为 {a}–{b} 个字符（不含首尾空格）', en: '{field} must be {a}–{b} characters (after trimming)' },
  max: { zh: '{field}最多 {a} 个字符', en: '{field} must be at most {a} characters' },
  range: { zh: '{field}须在 {a} 到 {b} 之间', en: '{field} must be from {a} to {b}' },
  list: { zh: '{field}须有 {a}–{b} 项', en: '{field} must have {a}–{b} items' },
  username: { zh: '用户名须为 3–40 个字母、数字、点、下划线或连字符', en: 'username must be 3–40 letters, digits, dots, underscores or hyphens' },
  password: { zh: '密码须为 8–128 个字符', en: 'password must be 8–128 characters' },
  phone: { zh: '电话号码格式不正确', en: 'phone number is not valid' },
  id: { zh: '{field}须为有效的 ID', en: '{field} must be a valid ID' },
  pair: { zh: '{field}须与{a}同时填写', en: '{field} must be given together with {a}' },
  date: { zh: '{field}须为日历上真实存在的日期（YYYY-MM-DD）', en: '{field} must be a real calendar date (YYYY-MM-DD)' },
  text: {
    zh: '{field}含有无法保存的字符（空字符 U+0000 或不成对的代理字符），请删除后重试',
    en: '{field} contains a character that cannot be stored (a NUL, U+0000, or an unpaired surrogate); remove it and try again',
  },
};

function describe(code: string, property: string, lang: Lang): string {
  const [kind, a = '', b = ''] = code.split(':');
  const field = fieldNames[property]?.[lang] ?? property;
  const template = templates[kind];
  return template ? interpolate(template[lang], { field, a: fieldNames[a]?.[lang] ?? a, b }) : `${field}: ${code}`;
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

/** graphql-scalars' DateTime, for instants of years 1–9999 (UTC) only: PostgreSQL has no year 0 and JavaScript's 0000 is one. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTime.toConfig(),
  parseValue: (value) => storableInstant(GraphQLDateTime.parseValue(value)),
  parseLiteral: (ast, variables) => storableInstant(GraphQLDateTime.parseLiteral(ast, variables)),
});

function storableInstant(instant: Date): Date {
  const year = instant.getUTCFullYear();
  if (year < 1 || year > 9999) throw new TypeError(`DateTime must fall in the years 0001–9999 (UTC), not ${instant.toISOString()}`);
  return instant;
}

// What type-graphql does when no validateFn is given, kept as it was.
const CLASS_RULES: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/**
 * type-graphql's validateFn, so every argument of every resolver passes here — plain strings (`search`,
 * `username`, `note`) as much as input objects, over HTTP and WebSocket: storable text first, then the
 * class-validator rules of input and args classes.
 */
export const validateArgument: ValidatorFn = async (value, _type, { args }) => {
  const badText = unstorableTextAt(args);
  if (badText) throw new ArgumentValidationError([Object.assign(new ValidationError(), { property: fieldOf(badText), constraints: { text: 'text' }, children: [] })]);
  if (value === null || typeof value !== 'object') return;
  const instances: object[] = Array.isArray(value) ? value.filter((item) => item !== null && typeof item === 'object') : [value];
  try {
    await Promise.all(instances.map((instance) => validateOrReject(instance, CLASS_RULES)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
};

export const trimmed = <T extends string | null | undefined>(value: T): T => (typeof value === 'string' ? (value.trim() as T) : value);
