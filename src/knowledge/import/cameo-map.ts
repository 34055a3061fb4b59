import type { PloverTypeT } from '../../model/record.js';
import type { CameoCodeEntry, PloverContextT } from '../event-schema.js';

/** The PLOVER side of a PETRARCH verb code, as a trigger needs it. */
export interface MappedCode {
  readonly cameo: string;
  readonly type: PloverTypeT;
  readonly mode: string | null;
  readonly context: PloverContextT[];
  /** The code was written `[:CODE]`: the event runs from the target to the source. */
  readonly reversed: boolean;
  /** A second, reverse code (`[032:033]`) that a parley trigger cannot carry. */
  readonly lostReverse: string | null;
}

/** Is this PETRARCH code the null code ("---": no event)? */
export function isNullCode(code: string): boolean {
  return /^-+$/.test(code.trim());
}

/**
 * Maps a PETRARCH verb code to CAMEO + PLOVER through `cameo.json`: `[031]`; `[032:033]` (the
 * first code; the reverse event is reported as lost); `[:173]` (the reverse event only: source
 * and target swap). Codes that are not in the CAMEO table (WEIS codes, typos, test codes) and
 * the CAMEO statement codes PLOVER does not code (010–015, 017) give a reason instead.
 */
export function mapPetrarchCode(
  raw: string,
  cameoByCode: ReadonlyMap<string, CameoCodeEntry>,
): MappedCode | { reason: string } {
  const code = raw.replace(/\s+/g, '');
  const [first = '', second = ''] = code.split(':');
  const reversed = !first && !!second;
  const main = reversed ? second : first;
  if (!main || isNullCode(main)) return { reason: `null code [${code}]` };
  const entry = cameoByCode.get(main);
  if (!entry) return { reason: `"${main}" is not a CAMEO code (not in knowledge/events/cameo.json)` };
  if (!entry.plover)
    return {
      reason: `CAMEO ${main} (${entry.name}) has no PLOVER type: PLOVER does not code public statements`,
    };
  const lostReverse = !reversed && second && !isNullCode(second) ? second : null;
  return {
    cameo: main,
    type: entry.plover.type,
    mode: entry.plover.mode,
    context: [...entry.plover.context],
    reversed,
    lostReverse,
  };
}
