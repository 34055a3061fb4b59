import { h } from '../lib/dom.js';

/** One floating tooltip element shared by the page, filled with DOM nodes (never markup). */
export function tooltip(): {
  show(ev: MouseEvent, content: Node[]): void;
  move(ev: MouseEvent): void;
  hide(): void;
} {
  let el = document.getElementById('tooltip');
  if (!el) {
    el = h('div', { id: 'tooltip', class: 'tooltip', role: 'tooltip', hidden: true });
    document.body.append(el);
  }
  const tip = el;
  const move = (ev: MouseEvent) => {
    const pad = 14;
    const w = tip.offsetWidth;
    const x = ev.clientX + pad + w > window.innerWidth ? ev.clientX - pad - w : ev.clientX + pad;
    tip.style.left = `${Math.max(4, x)}px`;
    tip.style.top = `${ev.clientY + pad}px`;
  };
  return {
    show(ev, content) {
      tip.replaceChildren(...content);
      tip.hidden = false;
      move(ev);
    },
    move: (ev) => {
      if (!tip.hidden) move(ev);
    },
    hide() {
      tip.hidden = true;
    },
  };
}
