import { parentPort } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { ParleyError } from '../model/errors.js';
import { codeArticle } from '../pipeline/code-article.js';
import type { CodeRequest, CodeResponse } from './code-pool.js';

// A coding worker: loads the knowledge once, then codes one article per message.
const knowledge = loadKnowledge();
parentPort?.on('message', (req: CodeRequest) => {
  let res: CodeResponse;
  try {
    const record = codeArticle(req.raw, knowledge, { published: req.published });
    res = {
      seq: req.seq,
      record: req.summary
        ? {
            ...record,
            article: { ...record.article, text: '' },
            actors: [],
            times: [],
            places: [],
            quotes: [],
            events: [],
          }
        : record,
    };
  } catch (e) {
    const err = e instanceof ParleyError ? e : null;
    res = {
      seq: req.seq,
      error: {
        code: err?.code ?? 'INTERNAL',
        message: (e as Error).message,
        input: err?.input ?? req.raw.input,
      },
    };
  }
  parentPort!.postMessage(res);
});
