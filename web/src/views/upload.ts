import { articleView } from '../components/article-view.js';
import { api } from '../lib/api.js';
import { h, note } from '../lib/dom.js';

/** #/upload — paste text or give a URL; the server codes it (not stored) and it shows here. */
export function uploadPage(): Node {
  const text = h('textarea', {
    name: 'text',
    rows: '10',
    placeholder: 'Paste article text (first line: title)…',
  });
  const url = h('input', {
    name: 'url',
    type: 'url',
    placeholder: 'https://… (instead of text)',
    class: 'grow',
  });
  const published = h('input', {
    name: 'published',
    type: 'date',
    title: 'publication date: relative times resolve against it',
  });
  const out = h('div', { class: 'upload-result' });
  const button = h('button', { type: 'submit' }, 'Extract');
  const form = h(
    'form',
    { class: 'upload' },
    text,
    h('div', { class: 'toolbar' }, url, h('label', {}, 'published ', published), button),
  );
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body: { text?: string; url?: string; published?: string } = {};
    if (text.value.trim()) body.text = text.value;
    else if (url.value.trim()) body.url = url.value.trim();
    else return out.replaceChildren(note('Paste some text or give a URL.', 'error'));
    if (published.value) body.published = published.value;
    button.disabled = true;
    out.replaceChildren(note('coding…'));
    try {
      const t0 = performance.now();
      const record = await api.extract(body);
      out.replaceChildren(
        h('p', { class: 'muted small' }, `coded in ${Math.round(performance.now() - t0)} ms (not stored)`),
        articleView(record),
      );
    } catch (err) {
      out.replaceChildren(note(err instanceof Error ? err.message : String(err), 'error'));
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { class: 'page page-upload' }, h('h2', {}, 'Code an article'), form, out);
}
