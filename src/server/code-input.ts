import type { Knowledge } from '../knowledge/knowledge.js';
import type { ParleyRecord } from '../model/record.js';
import { codeArticle } from '../pipeline/code-article.js';
import { contentHash } from '../source/content-hash.js';
import { fetchUrl } from '../source/fetch-url.js';
import type { RawDoc, RawMeta } from '../source/raw-doc.js';
import type { ArticleInput } from './schemas.js';

/** How the API reads a `url` input: the CLI's SSRF rules, plus the server's limits. */
export interface FetchPolicy {
  /** Allow loopback/private addresses (`parley serve --allow-private`). */
  readonly allowPrivate: boolean;
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** A validated API body → RawDoc: the text or HTML given, or the page at `url` (fetched). */
export async function inputToDoc(input: ArticleInput, policy: FetchPolicy): Promise<RawDoc> {
  const meta: RawMeta = {
    id: input.id ?? null,
    title: input.title ?? null,
    published: input.published ?? null,
    source: input.source ?? null,
    language: input.language ?? null,
  };
  const given = (m: RawMeta) =>
    Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null)) as RawMeta;
  if (input.url !== undefined) {
    const doc = await fetchUrl(input.url, {
      allowPrivate: policy.allowPrivate,
      timeoutMs: policy.timeoutMs,
      maxBytes: policy.maxBytes,
    });
    return { ...doc, meta: { ...doc.meta, ...given(meta) } };
  }
  if (input.html !== undefined) return { input: 'POST body (html)', kind: 'html', body: input.html, meta };
  return { input: 'POST body (text)', kind: 'text', body: input.text ?? '', meta };
}

/** A coded article with the content hash that identifies it in the store. */
export interface CodedInput {
  readonly record: ParleyRecord;
  readonly contentHash: string;
  /** What to write to ingest_log as the input: the URL, else "api:ID". */
  readonly label: string;
}

/** Reads and codes one API input (ParleyError for no article, refused or failed URLs). */
export async function codeInput(
  input: ArticleInput,
  knowledge: Knowledge,
  policy: FetchPolicy,
): Promise<CodedInput> {
  const doc = await inputToDoc(input, policy);
  const record = codeArticle(doc, knowledge, { published: input.published ?? null });
  return {
    record,
    contentHash: contentHash(doc),
    label: input.url ?? `api:${record.article.id}`,
  };
}
