import './style.css';
import { h, mount, note } from './lib/dom.js';
import { articlePage } from './views/article.js';
import { eventsPage } from './views/events.js';
import { homePage } from './views/home.js';
import { networkPage } from './views/network.js';
import { timelinePage } from './views/timeline.js';
import { uploadPage } from './views/upload.js';

/** A view: renders the page for one route; resolves once its content is on screen. */
export type View = (arg: string, params: URLSearchParams) => Promise<Node> | Node;

const ROUTES: Record<string, { title: string; view: View; nav?: boolean }> = {
  '': { title: 'Articles', view: homePage, nav: true },
  events: { title: 'Events', view: eventsPage, nav: true },
  timeline: { title: 'Timeline', view: timelinePage, nav: true },
  network: { title: 'Network', view: networkPage, nav: true },
  map: {
    title: 'Map',
    view: async (arg, params) => (await import('./views/map.js')).mapPage(arg, params),
    nav: true,
  },
  upload: { title: 'Upload', view: uploadPage, nav: true },
  article: { title: 'Article', view: articlePage },
};

const app = document.getElementById('app')!;
const nav = document.getElementById('nav')!;
const status = document.getElementById('status')!;
let generation = 0;

/** '#/article/ID?event=e1' → ['article', 'ID', params]. */
function parseHash(): [string, string, URLSearchParams] {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?', 2);
  const [name = '', ...rest] = path.split('/');
  return [name, decodeURIComponent(rest.join('/')), new URLSearchParams(query)];
}

async function route(): Promise<void> {
  const mine = ++generation;
  const hash = location.hash;
  const [name, arg, params] = parseHash();
  const r = ROUTES[name] ?? ROUTES[''];
  for (const a of nav.querySelectorAll('a'))
    a.classList.toggle('active', a.dataset.route === (ROUTES[name] ? name : ''));
  document.title = `${r.title} · parley`;
  document.getElementById('tooltip')?.setAttribute('hidden', '');
  app.dataset.ready = '';
  status.textContent = 'loading…';
  let content: Node;
  try {
    content = await r.view(arg, params);
  } catch (err) {
    content = note(err instanceof Error ? err.message : String(err), 'error');
  }
  if (mine !== generation) return; // a later navigation won
  mount(app, content);
  status.textContent = '';
  app.dataset.hash = hash; // which address the content is for (tests wait on it)
  app.dataset.ready = ROUTES[name] ? name || 'home' : 'home';
}

mount(
  nav,
  ...Object.entries(ROUTES)
    .filter(([, r]) => r.nav)
    .map(([name, r]) => h('a', { href: `#/${name}`, 'data-route': name }, r.title)),
);
window.addEventListener('hashchange', () => void route());
void route();
