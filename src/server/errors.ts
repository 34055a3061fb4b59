import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, ParleyError } from '../model/errors.js';
import { InvalidCursorError } from '../store/index.js';

/**
 * The one place HTTP meets the error catalogue: every ParleyError code has its status here
 * (the Record type makes a new catalogue code a compile error until it is mapped).
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, ContentfulStatusCode>> = {
  BAD_REQUEST: 400,
  BAD_PUBLISHED: 400,
  BAD_ROW: 400,
  INPUT_EMPTY: 400,
  INPUT_BINARY: 400,
  INPUT_NOT_FOUND: 400,
  URL_REFUSED: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  INPUT_TOO_LARGE: 413,
  NO_ARTICLE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  FETCH_FAILED: 502,
  FETCH_TIMEOUT: 502,
  TIMEOUT: 503,
};

/** The JSON body of every error response. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string };
}

/** A ParleyError that also sets response headers (Retry-After, WWW-Authenticate). */
export class HttpParleyError extends ParleyError {
  readonly headers: Readonly<Record<string, string>>;
  constructor(code: ErrorCode, detail: string, headers: Record<string, string>) {
    super(code, detail);
    this.headers = headers;
  }
}

/** Any thrown value → a ParleyError; unknown errors become INTERNAL without their details. */
export function toParleyError(err: unknown): ParleyError {
  if (err instanceof ParleyError) return err;
  if (err instanceof InvalidCursorError) return new ParleyError('BAD_REQUEST', err.message);
  if (err instanceof HTTPException) {
    const code = (Object.keys(HTTP_STATUS) as ErrorCode[]).find((k) => HTTP_STATUS[k] === err.status);
    return new ParleyError(code ?? 'INTERNAL', err.message);
  }
  return new ParleyError('INTERNAL', '');
}

/**
 * The app's one `onError`: `{error: {code, message}}` with the catalogue status. Internal errors
 * are logged (through `log`) and answered without their message or stack.
 */
export function errorHandler(log: (err: unknown) => void = defaultLog) {
  return (err: unknown, c: Context): Response => {
    const pe = toParleyError(err);
    if (pe.code === 'INTERNAL') log(err);
    if (err instanceof HttpParleyError) for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
    const body: ErrorBody = { error: { code: pe.code, message: pe.message } };
    return c.json(body, HTTP_STATUS[pe.code]);
  };
}

/** The not-found handler: the same JSON error shape, naming the route that does not exist. */
export function notFoundHandler(c: Context): Response {
  return errorHandler()(new ParleyError('NOT_FOUND', `no route ${c.req.method} ${c.req.path}`), c);
}

function defaultLog(err: unknown): void {
  process.stderr.write(
    `parley serve: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
  );
}
