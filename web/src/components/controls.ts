import { h } from '../lib/dom.js';

export interface Field {
  readonly name: string;
  readonly type?: string;
  readonly placeholder?: string;
  readonly size?: number;
  readonly options?: readonly string[];
}

/** A one-line form whose fields live in the hash query: submitting navigates to `#/route?…`. */
export function controls(route: string, params: URLSearchParams, fields: readonly Field[]): HTMLFormElement {
  const form = h(
    'form',
    { class: 'filters', autocomplete: 'off' },
    ...fields.map((f) =>
      h(
        'label',
        {},
        `${f.name} `,
        f.options
          ? h(
              'select',
              { name: f.name },
              ...f.options.map((o) => h('option', { value: o, selected: params.get(f.name) === o }, o)),
            )
          : h('input', {
              name: f.name,
              type: f.type ?? 'text',
              value: params.get(f.name) ?? '',
              placeholder: f.placeholder,
              size: f.size,
            }),
      ),
    ),
    h('button', { type: 'submit' }, 'Show'),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) q.set(k, v.trim());
    location.hash = `#/${route}?${q}`;
  });
  return form;
}
