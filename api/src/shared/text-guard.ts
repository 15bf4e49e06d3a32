// PostgreSQL cannot store a NUL (U+0000) in text or jsonb, and a UTF-16 surrogate without its pair is
// not Unicode (it reaches the database as U+FFFD, or fails in jsonb as 22P05): both are refused where
// input enters — every GraphQL argument (validateArgument in validation.ts) and HTTP query strings.

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Text the database stores and gives back as it was sent: no NUL, no unpaired surrogate. */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000') && !LONE_SURROGATE.test(text);
}

export type TextPath = (string | number)[];

/** The path to the first string (or key) inside a value — a string, a list, an input object — that is not storable text, or null. */
export function unstorableTextAt(value: unknown, path: TextPath = []): TextPath | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableTextAt(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== 'object' || value instanceof Date) return null;
  for (const [key, item] of Object.entries(value)) {
    if (!isStorableText(key)) return [...path, key];
    const found = unstorableTextAt(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** The field a path ends in, for the message: `input.servicesDone[2]` is servicesDone. */
export function fieldOf(path: TextPath, fallback = 'input'): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return fallback;
}
