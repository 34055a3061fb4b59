import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParleyRecord } from '../../src/model/record.js';
import type { EventRow } from '../../src/store/index.js';
import { ARTIFACTS, CHROMIUM, getJson, HAVE_CHROMIUM, type Harness, ROOT, startHarness } from './harness.js';

/**
 * The web UI end to end: Vite build → real server over a temp SQLite store holding the demo
 * corpus → Chromium. Each view is opened by a full navigation, timed until its content is
 * visible (< 1 s), and screenshotted into artifacts/ui/.
 */
const LOAD_BUDGET_MS = 1000;
const DEADLINE_DATES = ['2021-05-01', '2021-09-11', '2021-08-31'];
const XSS = ['<script>window.__pwned=1</script>', '<img src=x onerror="window.__pwned=2">'];
const title = HAVE_CHROMIUM
  ? 'web UI in Chromium'
  : `web UI in Chromium — SKIPPED: no Chromium binary at ${CHROMIUM} (set PARLEY_CHROMIUM)`;
if (!HAVE_CHROMIUM)
  console.warn(
    `[ui tests] skipped: no Chromium binary at ${CHROMIUM}; set PARLEY_CHROMIUM or install chromium`,
  );

describe.skipIf(!HAVE_CHROMIUM)(title, () => {
  let hx: Harness;
  let page: Page;
  const times: Record<string, number> = {};

  beforeAll(async () => {
    hx = await startHarness(join(ROOT, 'corpus', 'demo'));
    page = await hx.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', (err) => console.error('[ui tests] page error:', err.message));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.goto(`${hx.url}/#/`); // warm the browser once; every view below is timed cold-ish
    await page.waitForSelector('#app[data-ready="home"]');
  }, 180_000);

  afterAll(async () => {
    const rows = Object.entries(times).map(
      ([view, ms]) => `  ${view.padEnd(9)} ${ms.toFixed(0).padStart(5)} ms`,
    );
    console.log(`[ui tests] view load times (navigation → content visible):\n${rows.join('\n')}`);
    if (Object.keys(times).length)
      writeFileSync(
        join(ARTIFACTS, 'load-times.json'),
        `${JSON.stringify(Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Math.round(v)])), null, 2)}\n`,
      );
    await hx?.close();
  });

  /** Full navigation to `#/hash`, timed until the view says it is ready and `content` is visible. */
  async function open(name: string, hash: string, ready: string, content: string): Promise<number> {
    await page.goto('about:blank');
    const t0 = performance.now();
    await page.goto(`${hx.url}/#/${hash}`);
    await page.waitForSelector(`#app[data-ready="${ready}"]`, { timeout: 15_000 });
    await page.waitForSelector(content, { state: 'visible', timeout: 5_000 });
    const ms = performance.now() - t0;
    times[name] = ms;
    return ms;
  }
  /** "USA RETREAT TAL: 2021-05-01 set, 2021-08-31 moved; …" for failure messages. */
  const deadlineSummary = async () => {
    const res = await fetch(`${hx.url}/v1/deadlines`);
    if (!res.ok) return `${res.status} ${(await res.text()).slice(0, 300)}`;
    const body = (await res.json()) as {
      deadlines?: { name?: string; history?: { date: string; kind: string }[] }[];
    };
    return (
      (body.deadlines ?? [])
        .map((d) => `${d.name}: ${(d.history ?? []).map((h) => `${h.date} ${h.kind}`).join(', ')}`)
        .join('; ') || 'no deadlines'
    );
  };
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
  const readyAgain = (view: string, hashPart: string) =>
    page.waitForFunction(
      ([v, h]) => {
        const app = document.getElementById('app');
        return app?.dataset.ready === v && (app.dataset.hash ?? '').includes(h);
      },
      [view, hashPart] as const,
    );

  it('article list', async () => {
    const ms = await open('home', '', 'home', 'table.grid tbody tr');
    await shot('home');
    expect(await page.locator('table.grid tbody tr').count()).toBeGreaterThan(40);
    expect(ms).toBeLessThan(LOAD_BUDGET_MS);
  });

  it('article view: the hosting event selects its evidence sentence and trigger', async () => {
    const { events } = await getJson<{ events: EventRow[] }>(hx.url, '/v1/events?limit=5000');
    const moscow = events.filter((e) => e.article_id.startsWith('moscow-'));
    const host = moscow.find((e) => e.type === 'CONSULT' && e.mode === 'host');
    const articleId = host?.article_id ?? 'moscow-hosts-afghan-rivals';
    const ms = await open('article', `article/${articleId}`, 'article', '.doc .hl');
    const record = await getJson<ParleyRecord>(hx.url, `/v1/articles/${articleId}`);

    // Hovering an actor shows its code.
    const actor = record.actors.find((a) => a.code && a.mentions.length)!;
    await page.hover(`.doc .hl-actor[data-id="${actor.id}"]`);
    await expect.poll(() => page.locator('#tooltip').textContent()).toContain(actor.code!);
    await page.mouse.move(0, 0);
    // Every kind present in the record is highlighted.
    for (const [kind, n] of [
      ['actor', record.actors.length],
      ['time', record.times.length],
      ['place', record.places.length],
      ['quote', record.quotes.length],
      ['event', record.events.length],
    ] as const)
      if (n) expect(await page.locator(`.doc .hl-${kind}`).count(), `${kind} highlights`).toBeGreaterThan(0);
    expect(ms).toBeLessThan(LOAD_BUDGET_MS);

    const summary = moscow
      .map((e) => `${e.article_id}#${e.event_id} ${e.type}/${e.mode} "${e.trigger_text}"`)
      .join('; ');
    expect(
      host,
      `no CONSULT event with mode "host" in the moscow-* demo articles; their events: ${summary || 'none'}`,
    ).toBeDefined();
    const ev = record.events.find((e) => e.id === host!.event_id)!;
    await page.click(`.event-list li[data-event-id="${ev.id}"] button`);
    await expect
      .poll(() => page.locator('.event-list li.selected').getAttribute('data-event-id'))
      .toBe(ev.id);
    const flat = (t: string) => t.replace(/\s+/g, ' ').trim();
    const sentence = record.article.text.slice(ev.evidence.sentence.start, ev.evidence.sentence.end);
    const shown = await page.$$eval('.doc .hl-evidence', (els) =>
      els.map((e) => e.textContent ?? '').join(''),
    );
    expect(flat(shown)).toBe(flat(sentence));
    const trigger = await page.$$eval('.doc .hl-trigger', (els) =>
      els.map((e) => e.textContent ?? '').join(''),
    );
    expect(trigger).toBe(ev.evidence.trigger.text);
    expect(await page.locator('.inspector').textContent()).toContain('CONSULT/host');
    expect(page.url()).toContain(`event=${ev.id}`);
    await shot('article');
  });

  it('events table: filter by actor TAL, every row involves TAL, rows open the evidence, CSV download', async () => {
    const ms = await open('events', 'events', 'events', '.page-events form.filters');
    await shot('events');
    expect(ms).toBeLessThan(LOAD_BUDGET_MS);
    await page.fill('form.filters input[name="actor"]', 'TAL');
    await Promise.all([readyAgain('events', 'actor=TAL'), page.click('form.filters button[type="submit"]')]);
    const rows = await page.$$eval('.events-table tbody tr', (trs) =>
      trs.map((tr) => ({
        codes: tr.getAttribute('data-codes') ?? '',
        cells: [...(tr as HTMLTableRowElement).cells].map((c) => c.textContent ?? ''),
      })),
    );
    expect(rows.length, 'events involving TAL in the demo corpus').toBeGreaterThan(0);
    for (const r of rows) {
      expect(
        r.codes.split(' ').some((c) => c.startsWith('TAL')),
        r.cells.join(' | '),
      ).toBe(true);
      expect(`${r.cells[4]} ${r.cells[5]}`).toContain('TAL');
    }
    await shot('events-tal');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('.page-events button:text("CSV")'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\r\n');
    let total = 0;
    for (let cursor: string | null = ''; cursor !== null; ) {
      const res: { events: EventRow[]; next: string | null } = await getJson(
        hx.url,
        `/v1/events?actor=TAL&limit=1000${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      total += res.events.length;
      cursor = res.next;
    }
    expect(csv[0].startsWith('article_id,event_id,date,type')).toBe(true);
    expect(csv.length - 1).toBe(total);

    await Promise.all([
      readyAgain('article', 'event='),
      page.click('.events-table tbody tr:first-child td a'),
    ]);
    await page.waitForSelector('.doc .hl-evidence', { state: 'visible' });
  });

  it('timeline: the withdrawal deadline dates are on the timeline', async () => {
    const ms = await open('timeline', 'timeline', 'timeline', '.page-timeline .chart');
    await shot('timeline');
    expect(ms).toBeLessThan(LOAD_BUDGET_MS);
    // Only deadline markers and the deadlines table count (event <title>s carry dates too).
    const labels = await page.$$eval('.timeline-svg .dl-date, .deadlines-table td', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    const summary = await deadlineSummary();
    for (const date of DEADLINE_DATES)
      expect(
        labels.includes(date),
        `deadline date ${date} not on the timeline; GET /v1/deadlines → ${summary}`,
      ).toBe(true);
    expect(await page.locator('.timeline-svg .move').count(), 'arrows for moved deadlines').toBeGreaterThan(
      0,
    );
  });

  it('timeline: one tracked deadline moves May 1 → Sept 11 → Aug 31, drawn as arrows', async () => {
    await open('timeline-usa', 'timeline?actor=USA', 'timeline', '.page-timeline .chart');
    await shot('timeline-usa');
    const lanes = await page.$$eval('.timeline-svg g.deadline', (gs) =>
      gs.map((g) => ({
        dates: (g.getAttribute('data-dates') ?? '').split(' '),
        moves: [...g.querySelectorAll('.move')].map(
          (m) => `${m.getAttribute('data-from')}>${m.getAttribute('data-to')}`,
        ),
      })),
    );
    const chain = lanes.find((l) => DEADLINE_DATES.every((d) => l.dates.includes(d)));
    expect(
      chain,
      `no single deadline track holds ${DEADLINE_DATES.join(' → ')}; GET /v1/deadlines → ${await deadlineSummary()}`,
    ).toBeDefined();
    expect(chain!.dates.filter((d) => DEADLINE_DATES.includes(d))).toEqual(DEADLINE_DATES);
    expect(chain!.moves).toEqual(expect.arrayContaining(['2021-05-01>2021-09-11', '2021-09-11>2021-08-31']));
    delete times['timeline-usa'];
  });

  it('network: actors and weighted, coloured edges', async () => {
    const ms = await open('network', 'network', 'network', '.page-network');
    await shot('network');
    expect(ms).toBeLessThan(LOAD_BUDGET_MS);
    expect(await page.locator('.network-svg .node').count(), 'network nodes').toBeGreaterThan(1);
    expect(await page.locator('.network-svg .edge').count(), 'network edges').toBeGreaterThan(0);
  });

  it('map: places as circles; clicking one lists its events', async () => {
    const ms = await open('map', 'map', 'map', '.map-svg .land');
    expect(ms).toBeLessThan(LOAD_BUDGET_MS);
    const places = page.locator('.map-svg circle.place');
    expect(await places.count(), 'places on the map').toBeGreaterThan(0);
    await places.first().dispatchEvent('click'); // the largest circle, maybe under smaller ones
    await page.waitForSelector('.map-side h3');
    await page.waitForFunction(
      () => !document.querySelector('.map-side .note')?.textContent?.includes('loading'),
    );
    await shot('map');
    expect(
      await page.locator('.map-side .place-events li').count(),
      'events at the largest place',
    ).toBeGreaterThan(0);
  });

  it('upload: pasted text is coded and shown in the article view', async () => {
    const ms = await open('upload', 'upload', 'upload', '.page-upload textarea');
    expect(ms).toBeLessThan(LOAD_BUDGET_MS);
    await page.fill(
      '.page-upload textarea',
      'Russia hosts Afghan talks\n\nRussia on Thursday hosted talks between the Afghan government and the Taliban in Moscow.',
    );
    await page.fill('.page-upload input[name="published"]', '2021-03-18');
    await page.click('.page-upload button[type="submit"]');
    await page.waitForSelector('.upload-result .article-view .doc .hl', { timeout: 15_000 });
    await shot('upload');
  });

  it('article text is never markup: script and img strings render as text and do not run', async () => {
    const body = [
      `Taliban reject ${XSS[0]} talks offer`,
      `The Taliban on Monday rejected an offer of talks from the Afghan government, a spokesman said. The note read ${XSS[1]} in full.`,
      'The United States urged both sides to return to negotiations in Doha.',
    ].join('\n\n');
    const id = await hx.ingest({
      input: 'ui-test:xss',
      kind: 'text',
      body,
      meta: { id: 'ui-xss-test', published: '2021-03-18' },
    });
    await open('xss', `article/${id}`, 'article', '.doc');
    const text = (await page.locator('.doc').textContent()) ?? '';
    for (const s of XSS) expect(text).toContain(s);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('#app script, #app img').count()).toBe(0);
    // The same through the upload view (the record is not stored).
    await open('upload-xss', 'upload', 'upload', '.page-upload textarea');
    await page.fill('.page-upload textarea', body);
    await page.click('.page-upload button[type="submit"]');
    await page.waitForSelector('.upload-result .doc');
    expect((await page.locator('.upload-result .doc').textContent()) ?? '').toContain(XSS[1]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator('#app script, #app img').count()).toBe(0);
    delete times.xss;
    delete times['upload-xss'];
  });
});
