import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ParleyError } from '../model/errors.js';
import { HttpParleyError } from './errors.js';

/**
 * Request guards of the API: body size, time, and the API key of write routes. Each refuses by
 * throwing a ParleyError, so the app's one onError writes every refusal.
 */

/** Refuses a body larger than `maxBytes` with INPUT_TOO_LARGE (413), declared or streamed. */
export function limitBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ParleyError('INPUT_TOO_LARGE', `the request body is larger than ${maxBytes} bytes`);
    },
  });
}

/**
 * Answers TIMEOUT (503) when the handler has not finished after `ms`. CPU-bound coding cannot be
 * interrupted; the client is answered and the late result is dropped.
 */
export function limitTime(ms: number): MiddlewareHandler {
  return async (_c, next) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ParleyError('TIMEOUT', `no answer within ${ms} ms`)), ms);
    });
    try {
      await Promise.race([next(), late]);
    } finally {
      clearTimeout(timer);
    }
  };
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Requires `key` as `Authorization: Bearer KEY` or `x-api-key: KEY` (compared in constant time);
 * UNAUTHORIZED (401) otherwise. With no key configured every request passes.
 */
export function requireApiKey(key: string | undefined): MiddlewareHandler {
  const want = key ? digest(key) : null;
  return async (c, next) => {
    if (want) {
      const auth = c.req.header('authorization');
      const bearer = auth && /^Bearer\s+/i.test(auth) ? auth.replace(/^Bearer\s+/i, '').trim() : undefined;
      const given = bearer ?? c.req.header('x-api-key');
      if (given === undefined || given === '') {
        throw new HttpParleyError(
          'UNAUTHORIZED',
          'this route needs an API key (Authorization: Bearer KEY or x-api-key)',
          {
            'WWW-Authenticate': 'Bearer',
          },
        );
      }
      if (!timingSafeEqual(digest(given), want)) {
        throw new HttpParleyError('UNAUTHORIZED', 'the API key is not valid', {
          'WWW-Authenticate': 'Bearer',
        });
      }
    }
    await next();
  };
}
