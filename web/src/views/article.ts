import { articleView } from '../components/article-view.js';
import { api } from '../lib/api.js';
import { h, note } from '../lib/dom.js';

/** #/article/ID?event=e1 — one stored article, opened at an event's evidence when given. */
export async function articlePage(id: string, params: URLSearchParams): Promise<Node> {
  if (!id) return note('No article id in the address.', 'error');
  const record = await api.article(id);
  return h(
    'section',
    { class: 'page page-article' },
    articleView(record, {
      event: params.get('event'),
      onSelect: (eventId) =>
        history.replaceState(
          null,
          '',
          `#/article/${encodeURIComponent(id)}?event=${encodeURIComponent(eventId)}`,
        ),
    }),
  );
}
