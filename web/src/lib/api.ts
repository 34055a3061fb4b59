import type { EventRow, ParleyRecord } from '../types.js';

/** An API error with the server's message (Hono onError body `{error:{code,message}}` or text). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | null | undefined>;

/** `path?k=v` with empty values left out. */
export function withQuery(path: string, params: Params = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return qs ? `${path}?${qs}` : path;
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  const body = await res.text();
  let data: unknown = null;
  try {
    data = body ? JSON.parse(body) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = (data as { error?: { message?: string } | string; message?: string } | null) ?? {};
    const msg =
      (typeof err.error === 'object' ? err.error?.message : err.error) ??
      err.message ??
      (body.slice(0, 200) || res.statusText);
    throw new ApiError(res.status, `${res.status}: ${msg}`);
  }
  return data as T;
}

/** GET a JSON resource. */
export const get = <T>(path: string, params?: Params): Promise<T> => request<T>(withQuery(path, params));

/** POST JSON, read JSON. */
export const post = <T>(path: string, body: unknown): Promise<T> =>
  request<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });

export interface ArticleSummary {
  id: string;
  title?: string | null;
  published?: string | null;
  source?: string | null;
  url?: string | null;
  events?: number;
}

export const api = {
  articles: (params: Params) =>
    get<{ articles?: ArticleSummary[]; next?: string | null }>('/v1/articles', params),
  article: (id: string) => get<ParleyRecord>(`/v1/articles/${encodeURIComponent(id)}`),
  events: (params: Params) => get<{ events?: EventRow[]; next?: string | null }>('/v1/events', params),
  actors: (params: Params) =>
    get<{ actors?: { code: string; name?: string; articles?: number; mentions?: number }[] }>(
      '/v1/actors',
      params,
    ),
  places: (params: Params = {}) => get<{ places?: unknown[] }>('/v1/places', params),
  timeline: (params: Params) => get<Record<string, unknown>>('/v1/timeline', params),
  deadlines: () => get<Record<string, unknown>>('/v1/deadlines'),
  network: (params: Params) => get<Record<string, unknown>>('/v1/network', params),
  extract: (body: { text?: string; url?: string; html?: string; published?: string }) =>
    post<ParleyRecord>('/v1/extract', body),
};
