/** One catalogue of error codes; the CLI and the HTTP API each map them once. */
export const ERROR_CODES = {
  INPUT_NOT_FOUND: 'no such file or directory',
  INPUT_EMPTY: 'the input is empty',
  INPUT_BINARY: 'the input is binary, not text or HTML',
  INPUT_TOO_LARGE: 'the input is larger than the size limit',
  NO_ARTICLE: 'no article text found',
  BAD_PUBLISHED: 'invalid publication date',
  BAD_ROW: 'invalid JSONL row',
  URL_REFUSED: 'URL refused',
  FETCH_TIMEOUT: 'the request timed out',
  FETCH_FAILED: 'the request failed',
  BAD_REQUEST: 'bad request',
  NOT_FOUND: 'not found',
  UNAUTHORIZED: 'unauthorized',
  RATE_LIMITED: 'too many requests',
  TIMEOUT: 'the request took too long',
  INTERNAL: 'internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An error about one input, with a code from the catalogue and the input it concerns. */
export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly input: string | null;
  constructor(code: ErrorCode, detail: string, input: string | null = null) {
    super(detail ? `${ERROR_CODES[code]}: ${detail}` : ERROR_CODES[code]);
    this.code = code;
    this.input = input;
    this.name = 'ParleyError';
  }
}

/** "input: reason" in one line, for stderr and logs. */
export function describeError(err: unknown, input?: string | null): string {
  const where = err instanceof ParleyError ? (err.input ?? input) : input;
  const msg = err instanceof Error ? err.message : String(err);
  return where ? `${where}: ${msg}` : msg;
}
