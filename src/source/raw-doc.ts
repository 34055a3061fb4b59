/** What a source reads: text or HTML plus what is known about it. */
export interface RawDoc {
  /** Where it came from: a path, URL, "stdin", or "file.jsonl#12". */
  readonly input: string;
  readonly kind: 'text' | 'html';
  readonly body: string;
  readonly meta: RawMeta;
}

export interface RawMeta {
  readonly id?: string | null;
  readonly url?: string | null;
  readonly source?: string | null;
  readonly title?: string | null;
  readonly published?: string | null;
  readonly language?: string | null;
}
