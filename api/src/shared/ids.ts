const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs are UUIDs; anything else names nothing, and must not reach SQL as a cast error. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
