import { AppError } from './errors';

/**
 * Keyset pagination: the cursor is the last row's sort key, opaque to clients (base64url JSON).
 * A cursor that does not decode to the expected shape is a 400 naming `cursor`.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (cursor === undefined) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((k) => (typeof k === 'string' && k.length <= 200) || typeof k === 'number'))
      return key as (string | number)[];
  } catch {
    // fall through to the error below
  }
  throw new AppError('invalid_cursor', { field: 'query.cursor', detail: 'The cursor is not one this API gave out.' });
}

/** Splits a `limit + 1` query result into the page and the cursor for the next one. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => (string | number)[]): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
