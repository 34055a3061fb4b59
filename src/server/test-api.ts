import { existsSync, readFileSync } from 'node:fs';

/** The seed article (shared corpus) or, without it, an inline article with the same story. */
export function seedText(): string {
  const path = '/work/shared/corpus/seed/russia-hosts-afghan-talks.txt';
  if (existsSync(path)) return readFileSync(path, 'utf8');
  return [
    'Russia hosts Afghan talks as US deadline for exit looms',
    '',
    'Russia on Thursday was hosting faltering Afghan peace talks, hoping to cement its role as a powerbroker ahead of a looming deadline for US troops to withdraw from Afghanistan.',
    '',
    'The conference in Moscow is part of intensifying negotiations between the Afghan government, the Taliban and the United States in Qatar.',
    '',
    'The United States is supposed to complete a withdrawal of all its troops from Afghanistan by May 1 as part of a deal with the Taliban.',
  ].join('\n');
}

/** A JSON request to `base + path`; returns status, headers and the parsed body. */
export async function call(
  base: string,
  path: string,
  init: { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: any }> {
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  const res = await fetch(base + path, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { 'content-type': 'application/json', ...init.headers },
    body,
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the raw text is the body
  }
  return { status: res.status, headers: res.headers, body: parsed };
}
