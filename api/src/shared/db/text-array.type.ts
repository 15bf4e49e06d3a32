import { ArrayType, type Platform, type TransformContext } from '@mikro-orm/core';

// MikroORM quotes a text[] element only when it holds a comma, quote, brace or backslash, so PostgreSQL
// reads "null" back as NULL and trims "  x  ", and its JSON escapes turn a line break into "n".
// Every element is quoted here, with PostgreSQL's own escapes, so each comes back as it was written.
export class TextArrayType extends ArrayType<string> {
  override convertToDatabaseValue(value: string[] | null, platform: Platform, context?: TransformContext): string | null {
    if (!Array.isArray(value)) return super.convertToDatabaseValue(value, platform, context);
    return `{${value.map((item) => `"${item.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  }
}
