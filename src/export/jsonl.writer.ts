import type { ExportContext, ExportEvent } from './types.js';

/** JSON lines: one event per line, exactly as GET /v1/events returns it (snake_case). */
export async function* jsonlWriter(
  rows: AsyncIterable<ExportEvent>,
  _ctx?: ExportContext,
): AsyncIterable<string> {
  for await (const row of rows) yield `${JSON.stringify(row)}\n`;
}
