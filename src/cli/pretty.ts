import pc from 'picocolors';
import type { ParleyRecord } from '../model/record.js';

/** A readable terminal view of a record. */
export function formatPretty(r: ParleyRecord): string {
  const a = r.article;
  const actor = (id: string) => r.actors.find((x) => x.id === id);
  const codes = (ids: readonly string[]) => ids.map((id) => actor(id)?.code ?? id).join('+') || '–';
  const lines: string[] = [];
  lines.push(
    pc.bold(a.title ?? '(no title)'),
    pc.dim(`${a.id} · ${a.published ?? 'no date'} · ${a.source ?? ''}`),
  );
  if (a.lede) lines.push(pc.italic(a.lede));
  for (const c of a.captions) lines.push(pc.dim(`caption: ${c.text} [${c.credit ?? ''}]`));
  for (const x of a.removed) lines.push(pc.dim(`removed (${x.reason}): ${x.text}`));
  lines.push('', pc.bold('Actors'));
  for (const x of r.actors)
    lines.push(
      `  ${pc.cyan(x.code ?? '?')} ${x.name}${x.role ? pc.dim(` (${x.role})`) : ''} ${pc.dim(x.mentions.map((m) => m.text).join(' | '))}`,
    );
  lines.push(pc.bold('Times'));
  for (const t of r.times)
    lines.push(`  ${pc.yellow(t.value)} ${t.text}${t.deadline ? pc.red(' deadline') : ''}`);
  lines.push(pc.bold('Places'));
  for (const p of r.places)
    lines.push(`  ${pc.green(p.name)} ${p.country ?? ''} ${p.lat ?? ''},${p.lon ?? ''}`);
  lines.push(pc.bold('Quotes'));
  for (const q of r.quotes)
    lines.push(
      `  ${pc.magenta(q.speakerText ?? '?')}: ${q.direct ? '“' : ''}${q.text}${q.direct ? '”' : ''}`,
    );
  lines.push(pc.bold('Events'));
  for (const e of r.events) {
    lines.push(
      `  ${pc.bold(e.type)}${e.mode ? `/${e.mode}` : ''} ${pc.dim(e.cameo ?? '')} ${codes(e.source)} → ${codes(e.target)} ${pc.yellow(e.date ?? '')} ${e.status}${e.deadline ? pc.red(' deadline') : ''}`,
    );
    lines.push(pc.dim(`    “${a.text.slice(e.evidence.sentence.start, e.evidence.sentence.end)}”`));
  }
  return `${lines.join('\n')}\n`;
}
