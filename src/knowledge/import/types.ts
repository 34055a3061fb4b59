import type { Trigger } from '../event-schema.js';
import type { Organization, Person, Sector } from '../schema.js';

/** The kinds of PETRARCH/TABARI dictionary files. */
export type PetrarchKind = 'actors' | 'agents' | 'verbs' | 'discards' | 'issues' | 'prepositions';

/**
 * What is counted: dictionary entries of each file kind, plus the codes of actor entries
 * (one actor entry can hold several dated codes, and one of them can be unusable).
 */
export type TallyKind = PetrarchKind | 'actor-codes';

/** Something in a dictionary that parley could not take, and why. Nothing is dropped silently. */
export interface Skipped {
  readonly kind: TallyKind;
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

/** Something that was imported, but with less than the dictionary said (a narrowed code, a lost reverse event). */
export interface Note {
  readonly kind: TallyKind;
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly note: string;
}

/** Entries read, written and skipped. Always `read === written + skipped`. */
export interface Tally {
  read: number;
  written: number;
  skipped: number;
}

/** A PETRARCH discard phrase: a sentence (or, with `story`, the whole story) containing it is not coded. */
export interface Discard {
  readonly phrase: string;
  readonly scope: 'sentence' | 'story';
}

/** Everything one `parley dict import petrarch` run produced. */
export interface PetrarchImport {
  readonly people: Person[];
  readonly organizations: Organization[];
  /** Sector trigger words from agent dictionaries, one entry per sector code (imported words only). */
  readonly sectors: Sector[];
  readonly triggers: Trigger[];
  readonly discards: Discard[];
  readonly skipped: Skipped[];
  readonly notes: Note[];
  readonly counts: Record<TallyKind, Tally>;
  readonly files: { readonly file: string; readonly kind: PetrarchKind }[];
}

/** A fresh, empty tally table. */
export function emptyCounts(): Record<TallyKind, Tally> {
  const t = (): Tally => ({ read: 0, written: 0, skipped: 0 });
  return {
    actors: t(),
    'actor-codes': t(),
    agents: t(),
    verbs: t(),
    discards: t(),
    issues: t(),
    prepositions: t(),
  };
}

/** Collects results while one file is read: counts kept in step with the skipped list. */
export class ImportSink {
  readonly skipped: Skipped[] = [];
  readonly notes: Note[] = [];
  readonly counts = emptyCounts();
  constructor(public file: string) {}
  /** One entry read and written. */
  wrote(kind: TallyKind): void {
    this.counts[kind].read++;
    this.counts[kind].written++;
  }
  /** One entry read and not written, with the reason. */
  skip(kind: TallyKind, line: number, text: string, reason: string): void {
    this.counts[kind].read++;
    this.counts[kind].skipped++;
    this.skipped.push({ kind, file: this.file, line, text: text.trim(), reason });
  }
  /** A written entry lost something on the way. */
  note(kind: TallyKind, line: number, text: string, note: string): void {
    this.notes.push({ kind, file: this.file, line, text: text.trim(), note });
  }
}
