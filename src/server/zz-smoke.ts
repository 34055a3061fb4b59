import { readFileSync } from 'node:fs';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { openStore } from '../store/index.js';
import { createApp } from './app.js';
const store = await openStore(':memory:');
const app = createApp({ store, knowledge: loadKnowledge() });
const doc = await (await app.request('/openapi.json')).json();
console.log(JSON.stringify(doc.paths['/v1/events'].get.parameters.slice(0,4), null, 1));
console.log(Object.keys(doc.components.schemas));
console.log(JSON.stringify(doc.components.schemas.ArticleInput).slice(0, 600));
console.log(JSON.stringify(doc.components.schemas.Record).slice(0, 400));
const text = readFileSync('/work/shared/corpus/seed/russia-hosts-afghan-talks.txt', 'utf8');
let r = await app.request('/v1/extract', { method: 'POST', body: JSON.stringify({ text, published: '2021-03-18' }), headers: { 'content-type': 'application/json' } });
console.log(r.status, [...r.headers.entries()]);
const rec = await r.json(); console.log(rec.events.length, rec.article.id);
for (const [path, init] of [['/v1/extract', { method: 'POST', body: '{bad' }], ['/v1/extract', { method: 'POST', body: '{"txt":"x"}' }], ['/v1/extract', { method: 'POST', body: '{}' }], ['/v1/extract', { method: 'POST', body: '{"text":"hello there","published":"2021-02-30"}' }], ['/v1/events?from=2021-13', {}], ['/v1/events?type=AGREE,FOO', {}], ['/v1/events?cursor=abc', {}], ['/v1/nope', {}], ['/v1/events?limit=0', {}], ['/v1/extract', { method: 'POST', body: '{"text":"   "}' }], ['/v1/extract', { method: 'POST', body: '{"text":"hi"}' }], ['/v1/articles/xyz', {}], ['/v1/timeline', {}], ['/', {}], ['/v1/extract', { method: 'POST', body: '{"url":"http://127.0.0.1:9/x"}' }]] as const) {
  const res = await app.request(path, init as RequestInit);
  console.log(path, res.status, await res.text());
}
await store.close();
