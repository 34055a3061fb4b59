/** Thrown for a pagination cursor this store did not make (the HTTP layer maps it to 400). */
export class InvalidCursorError extends Error {
  readonly code = 'E_STORE_CURSOR';
  constructor(cursor: string) {
    super(`invalid cursor "${cursor.length > 80 ? `${cursor.slice(0, 80)}…` : cursor}"`);
    this.name = 'InvalidCursorError';
  }
}

/** An opaque keyset cursor: the sort key of the last row, as base64url JSON. */
export function encodeCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key inside `cursor`; throws {@link InvalidCursorError} unless it holds `length` strings. */
export function decodeCursor(cursor: string, length: number): string[] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  if (!Array.isArray(key) || key.length !== length || !key.every((v) => typeof v === 'string')) {
    throw new InvalidCursorError(cursor);
  }
  return key;
}

/** A page size within [1, max], `fallback` when absent or not a number. */
export function pageSize(limit: number | undefined, fallback: number, max: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(limit)));
}
