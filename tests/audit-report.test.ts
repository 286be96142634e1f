/**
 * The audit's HTML report in headless Chromium. The summary comes from real scoring (a few
 * dozen drafts in five languages and German, several agents, teams and weeks, one reply that
 * tries to inject markup), the page is served by a local server that logs every request, and
 * Chrome's own network events are watched too. Checked: no console error, the charts drew,
 * every number in the tables equals the summary, the only request is the page itself, the
 * injected markup is text. Set AUDIT_REPORT_SCREENSHOT=/tmp/audit-report.png to save a picture.
 */
import fc from 'fast-check';
import { parse } from 'parse5';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoach } from '../src/index.js';
import { renderHtmlReport, ReportInputError } from '../src/audit/report-html.js';
import { chartLibrary } from '../src/audit/report/chart-library.js';
import { CHART_AGENTS, CHART_RULES, type ChartData } from '../src/audit/report/charts.js';
import { VISIBLE_ROWS } from '../src/audit/report/sections.js';
import { AuditSummarySchema, type AuditRow, type AuditSummary, type GroupStats, type RowResult } from '../src/audit/schema.js';
import { scoreRow } from '../src/audit/score-row.js';
import { accumulate, createAccumulator, finishSummary } from '../src/audit/summary.js';
import { CATEGORIES } from '../src/schema/common.js';
import { draftArb } from './helpers/drafts.js';
import { chromiumMissing, hasChromium, openBrowser, skipBrowserTests } from './helpers/browser.js';

const XSS = '</script><img src=x onerror=alert(1)>';
const AGENTS = ['ana', 'ben', 'cy', 'dora', 'eli', `<b>O'Brien & "Co"</b>`];
const TEAMS = ['billing', 'shipping', 'returns'];
/** Mondays of six consecutive ISO weeks (2026-W41 … W46), at noon UTC. */
const at = (week: number, day: number) => new Date(Date.UTC(2026, 9, 5 + 7 * week + day, 12)).toISOString();

function auditRows(): AuditRow[] {
  const drafts = fc.sample(draftArb, { numRuns: 40, seed: 1515 });
  const rows: AuditRow[] = drafts.map((d, i) => ({
    id: `draft-${i}`,
    reply: d.text,
    agent: AGENTS[i % AGENTS.length],
    team: TEAMS[i % TEAMS.length],
    // every seventh reply has no date: it goes under "undated", apart from the trend
    ...(i % 7 === 6 ? {} : { at: at(i % 6, i % 5) }),
    language: d.language,
    channel: d.options.channel,
    ...(d.options.inReplyTo ? { inReplyTo: d.options.inReplyTo } : {}),
    ...(d.options.audience ? { customerName: d.options.audience.name } : {}),
  }));
  rows.push(
    { id: 'xss', agent: 'ben', team: 'billing', at: at(2, 1), reply: `Obviously you did it wrong. Unfortunately we can't help, calm down. ${XSS} Per our SLA the ETA is TBD!!`, inReplyTo: 'Where is my refund?' },
    // Astral characters before the findings: offsets are UTF-16 code units.
    { id: 'emoji', agent: 'cy', team: 'returns', at: at(3, 2), reply: "😀😀 𝒽𝒾 — unfortunately we can't refund it. You should have read the FAQ.", channel: 'chat' },
    { id: 'de', agent: 'dora', team: 'shipping', at: at(4, 0), reply: 'Sehr geehrte Frau Müller, vielen Dank für Ihre Nachricht. Wir melden uns morgen.' },
  );
  return rows;
}

function summarize(results: Iterable<RowResult>, worst = 12): AuditSummary {
  const acc = createAccumulator({ worst });
  for (const r of results) accumulate(acc, r);
  return finishSummary(acc);
}

const coach = createCoach();
const rows = auditRows();
const results = rows.map((row, seq) => scoreRow(coach, seq, row));
// every checked reply is in the worst list, so each one's marks are checked
const summary = AuditSummarySchema.parse(summarize(results, results.length));
const meta = { title: `Audit of ${XSS}`, generatedFrom: ['export.jsonl', `${XSS}.csv`], rows: rows.length };

/** 500 agents over 52 weeks: the real results again under other names and weeks (26,000 rows). */
function bigSummary(): AuditSummary {
  const acc = createAccumulator();
  for (let i = 0; i < 26_000; i++) {
    const r = results[i % results.length]!;
    accumulate(acc, { ...r, seq: i, agent: `agent-${String(i % 500).padStart(3, '0')}`, team: `team-${i % 40}`, week: `2026-W${String(1 + (i % 52)).padStart(2, '0')}` });
  }
  return finishSummary(acc);
}

describe('HTML report, without a browser', () => {
  const html = renderHtmlReport(summary, meta);

  it('has a strict CSP first, before any script, and only the page inline scripts', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+' 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src data:/);
    expect(csp).not.toMatch(/unsafe|https?:/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    // two data blocks, the library, the page's script: no markup from the data opened another
    expect(html.match(/<script\b/gi)).toHaveLength(4);
    expect(html.match(/<\/script>/gi)).toHaveLength(4);
    expect(html).not.toContain('<img');
    expect(html).toContain(chartLibrary().trim());
    expect(html).not.toContain('sourceMappingURL');
  });

  it('is HTML that parses without an error', () => {
    const errors: string[] = [];
    for (const page of [html, renderHtmlReport(summarize([]))]) parse(page, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
    expect(errors).toEqual([]);
  });

  it('names the field of a summary or meta that does not fit', () => {
    const bad = { ...summary, totals: { ...summary.totals, replies: 'many' } } as unknown as AuditSummary;
    expect(() => renderHtmlReport(bad)).toThrow(ReportInputError);
    expect(() => renderHtmlReport(bad)).toThrow(/summary\.totals\.replies/);
    expect(() => renderHtmlReport(summary, { rows: -1 })).toThrow(/meta\.rows/);
  });

  it('500 agents over 52 weeks stays under 800 kB besides the library', () => {
    const big = bigSummary();
    expect(big.agents).toHaveLength(500);
    expect(big.weeks).toHaveLength(52);
    const html = renderHtmlReport(big);
    const bytes = Buffer.byteLength(html) - Buffer.byteLength(chartLibrary());
    console.log(`report for 500 agents x 52 weeks: ${Math.round(bytes / 1024)} kB + ${Math.round(Buffer.byteLength(chartLibrary()) / 1024)} kB of Chart.js`);
    // About half is the embedded summary (its agents alone about 240 kB), a fifth the tables of 500 agents,
    // a sixth the 20 worst replies with their findings.
    expect(bytes).toBeLessThan(800 * 1024);
  });
});

/** Serves in-memory pages and logs every request it gets. */
async function pageServer(pages: Record<string, string>): Promise<{ url: string; log: string[]; server: Server }> {
  const log: string[] = [];
  const server = createServer((req, res) => {
    log.push(req.url ?? '');
    const body = pages[req.url ?? ''];
    res.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, log, server };
}

type Row = Record<string, number | null>;
/** Runs an expression in the page (a string: the tests are type-checked without the DOM library). */
const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;
/** The JSON a <script type="application/json"> element holds. */
const embedded = (page: Page, id: string) => inPage<unknown>(page, `JSON.parse(document.getElementById('${id}').textContent)`);

/**
 * Every table row with a data-<key> attribute, as { name: { column: value } } across folded
 * parts: a numeric column is named by its header's data-k, a cell's value is its data-v when
 * it has one ("" for none), else its text.
 */
const readTable = (page: Page, key: string) =>
  inPage<Record<string, Row>>(
    page,
    `(() => {
      const out = {};
      for (const tr of document.querySelectorAll('tr[data-${key}]')) {
        const keys = [...tr.closest('table').tHead.rows[0].cells].map((th) => th.dataset.k);
        const cells = {};
        [...tr.cells].forEach((td, i) => {
          if (!keys[i]) return;
          const v = td.dataset.v ?? td.textContent;
          cells[keys[i]] = v === '' ? null : Number(v);
        });
        out[tr.dataset['${key}']] = cells;
      }
      return out;
    })()`,
  );

const expectedRow = (s: GroupStats): Row => ({
  replies: s.replies,
  checked: s.checked,
  flagged: s.flagged,
  flaggedShare: s.checked ? s.flagged / s.checked : null,
  meanScore: s.meanScore,
  errors: s.errors,
  warnings: s.warnings,
  suggestions: s.suggestions,
  ...Object.fromEntries(CATEGORIES.map((c) => [`cat-${c}`, s.categories[c].findings])),
});

describe.skipIf(skipBrowserTests)('HTML report in Chromium', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof pageServer>>;
  const big = bigSummary();

  beforeAll(async () => {
    if (!hasChromium) throw new Error(chromiumMissing);
    site = await pageServer({ '/report.html': renderHtmlReport(summary, meta), '/big.html': renderHtmlReport(big), '/empty.html': renderHtmlReport(summarize([])) });
    browser = await openBrowser();
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => site?.server.close(ok));
  });

  /** Opens a page and collects errors, dialogs and every request Chrome sends (DevTools Protocol network events). */
  async function open(path: string, viewport = { width: 1280, height: 900 }) {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e) => requests.push(e.request.url));
    site.log.length = 0;
    await page.goto(site.url + path, { waitUntil: 'load' });
    await page.waitForSelector('body[data-charts="drawn"]', { timeout: 10_000 });
    return { page, problems, requests };
  }

  /** Canvas pixels that are not transparent, per chart. */
  const inked = (page: Page) =>
    inPage<Record<string, number>>(
      page,
      `Object.fromEntries([...document.querySelectorAll('canvas')].map((c) => {
        // read through a copy, so reading twice draws no "willReadFrequently" warning from the chart's canvas
        const copy = document.createElement('canvas');
        copy.width = c.width;
        copy.height = c.height;
        const context = copy.getContext('2d', { willReadFrequently: true });
        context.drawImage(c, 0, 0);
        const { data } = context.getImageData(0, 0, c.width, c.height);
        let n = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]) n++;
        return [c.id, n];
      }))`,
    );

  it('renders with no errors, draws its charts, and sends no request but the page itself', async () => {
    const { page, problems, requests } = await open('/report.html');
    const path = process.env.AUDIT_REPORT_SCREENSHOT;
    if (path) await page.screenshot({ path, fullPage: true });
    expect(problems).toEqual([]);
    const pixels = await inked(page);
    expect(Object.keys(pixels).sort()).toEqual(['chart-agents', 'chart-rules', 'chart-trend']);
    for (const [id, n] of Object.entries(pixels)) expect(n, id).toBeGreaterThan(2_000);
    expect(requests.filter((u) => !u.startsWith('data:'))).toEqual([`${site.url}/report.html`]);
    expect(site.log).toEqual(['/report.html']);

    // the agents chart switches to findings per checked reply, and back
    const bars = () => inPage<number[][]>(page, `Chart.getChart(document.getElementById('chart-agents')).data.datasets.map((d) => d.data)`);
    const agents = (await embedded(page, 'audit-charts') as ChartData).agents;
    expect(await bars()).toEqual(agents.categories.map((c) => c.data));
    await page.getByLabel('findings per checked reply').check();
    const rates = await bars();
    agents.categories.forEach((c, i) => c.data.forEach((n, j) => expect(rates[i]![j]).toBeCloseTo(n / agents.checked[j]!, 3)));
    await page.getByLabel('findings', { exact: true }).check();
    expect(await bars()).toEqual(agents.categories.map((c) => c.data));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('every number in the page equals the summary', async () => {
    const { page } = await open('/report.html');
    expect(await embedded(page, 'audit-summary')).toEqual(summary);

    const t = summary.totals;
    const headline = await inPage(page, `Object.fromEntries([...document.querySelectorAll('[id^="total-"], #rows-read')].map((e) => [e.id, Number(e.dataset.v)]))`);
    expect(headline).toEqual({
      'rows-read': rows.length,
      'total-replies': t.replies,
      'total-checked': t.checked,
      'total-flagged': t.flagged,
      'total-flagged-share': t.flagged / t.checked,
      'total-mean-score': t.meanScore,
      'total-errors': t.errors,
      'total-errors-per-reply': t.errors / t.checked,
      'total-warnings': t.warnings,
      'total-warnings-per-reply': t.warnings / t.checked,
      'total-suggestions': t.suggestions,
      'total-suggestions-per-reply': t.suggestions / t.checked,
    });
    expect(t.replies).toBe(rows.length);
    expect(t.checked).toBe(rows.length - 1); // the German reply has no rule pack
    // the text a reader sees says the same, to one decimal
    expect(Number(await page.locator('#total-mean-score').textContent())).toBeCloseTo(t.meanScore!, 1);

    expect(await readTable(page, 'agent')).toEqual(Object.fromEntries(summary.agents.map((a) => [a.agent, expectedRow(a.stats)])));
    expect(await readTable(page, 'team')).toEqual(Object.fromEntries(summary.teams.map((a) => [a.team, expectedRow(a.stats)])));
    expect(await readTable(page, 'week')).toEqual(Object.fromEntries(summary.weeks.map((w) => [w.week, expectedRow(w.stats)])));
    expect(summary.weeks.map((w) => w.week)).toEqual(['2026-W41', '2026-W42', '2026-W43', '2026-W44', '2026-W45', '2026-W46', 'undated']);
    expect(await page.locator('#undated').textContent()).toContain(`${summary.weeks.at(-1)!.stats.replies} replies have no date`);
    expect(await readTable(page, 'category')).toEqual(Object.fromEntries(CATEGORIES.map((c) => [c, { findings: t.categories[c].findings, meanScore: t.categories[c].meanScore }])));
    expect(await readTable(page, 'rule')).toEqual(Object.fromEntries(summary.rules.map((r) => [r.ruleId, { count: r.count, replies: r.replies }])));
    expect(await readTable(page, 'language')).toEqual(Object.fromEntries(Object.entries(summary.languages).map(([code, n]) => [code, { replies: n, share: n / t.replies }])));
    expect(Object.keys(summary.languages).sort()).toEqual(expect.arrayContaining(['cs', 'en', 'pl', 'sk', 'uz']));

    // each rule's examples: excerpt, reply id, and the message (written once while it repeats)
    const examples = await inPage(
      page,
      `Object.fromEntries([...document.querySelectorAll('tr[data-rule]')].map((tr) => {
        let message = null;
        const list = [...tr.querySelectorAll('ul.examples li')].map((li) => {
          message = li.querySelector('.message')?.textContent ?? message;
          return { excerpt: li.querySelector('.excerpt').textContent, id: li.querySelector('.source').textContent, message };
        });
        return [tr.dataset.rule, list];
      }))`,
    );
    expect(examples).toEqual(Object.fromEntries(summary.rules.map((r) => [r.ruleId, r.examples])));

    // the charts hold the top agents and rules, in the tables' order
    const charts = (await embedded(page, 'audit-charts')) as ChartData;
    expect(charts.rules.counts).toEqual(summary.rules.slice(0, CHART_RULES).map((r) => r.count));
    expect(charts.trend.meanScore).toEqual(summary.weeks.slice(0, -1).map((w) => w.stats.meanScore));
    expect(charts.agents.labels).toHaveLength(Math.min(CHART_AGENTS, summary.agents.length));
    await page.close();
  });

  it('marks each finding of the worst replies at its offsets, and shows injected markup as text', async () => {
    const { page } = await open('/report.html');
    expect(await page.locator('img').count()).toBe(0);
    // accessible: every table has a caption and column headers, every chart a role, a label and a text inside
    expect(await page.locator('table:not(:has(> caption))').count()).toBe(0);
    expect(await page.locator('thead th:not([scope="col"])').count()).toBe(0);
    for (const canvas of await page.locator('canvas').all()) {
      expect(await canvas.getAttribute('role')).toBe('img');
      expect(await canvas.getAttribute('aria-label')).toMatch(/chart: .+ The numbers are in the/);
      expect((await canvas.textContent())!.length).toBeGreaterThan(20);
    }
    expect(await page.title()).toBe(meta.title);
    expect(await page.locator('h1').textContent()).toBe(meta.title);
    // per reply: its text, and the text each finding's marks cover, by finding number
    const shown = await inPage<{ id: string; text: string; marked: Record<string, string> }[]>(
      page,
      `[...document.querySelectorAll('article.reply')].map((a) => {
        const marks = [...a.querySelectorAll('mark')].map((m) => ({ n: m.dataset.findings.split(' '), text: m.textContent }));
        const marked = {};
        for (const m of marks) for (const n of m.n) marked[n] = (marked[n] ?? '') + m.text;
        return { id: a.dataset.id, text: a.querySelector('.reply-text').textContent, marked };
      })`,
    );
    expect(shown.map((s) => s.id)).toEqual(summary.worst.map((w) => w.id));
    expect(shown.map((s) => s.id)).toEqual(expect.arrayContaining(['xss', 'emoji']));
    for (const [i, worst] of summary.worst.entries()) {
      expect(shown[i]!.text).toBe(worst.reply);
      const spans = worst.findings.flatMap((f, n) => (f.end > f.start ? [[String(n + 1), f.excerpt]] : []));
      expect(spans.length, worst.id).toBeGreaterThan(0);
      expect(shown[i]!.marked).toEqual(Object.fromEntries(spans));
    }
    const emoji = summary.worst.find((w) => w.id === 'emoji')!;
    expect(emoji.findings.some((f) => f.start > 0 && f.excerpt === "we can't")).toBe(true);
    expect(shown.find((s) => s.id === 'xss')!.text).toContain(XSS);
    await page.close();
  });

  it('500 agents over 52 weeks: top agents in the chart, the rest folded; narrow, dark and print views work', async () => {
    const { page, problems } = await open('/big.html', { width: 360, height: 800 });
    expect(problems).toEqual([]);
    const pixels = await inked(page);
    for (const [id, n] of Object.entries(pixels)) expect(n, id).toBeGreaterThan(2_000);
    const charts = (await embedded(page, 'audit-charts')) as ChartData;
    const topAgents = [...big.agents].sort((a, b) => b.stats.replies - a.stats.replies || (a.agent < b.agent ? -1 : 1)).slice(0, CHART_AGENTS);
    expect(charts.agents.labels).toEqual(topAgents.map((a) => a.agent));
    expect(charts.trend.labels).toHaveLength(52);
    expect(await page.locator('#table-agents tbody tr').count()).toBe(VISIBLE_ROWS);
    expect(await page.locator('#table-agents-more tbody tr').count()).toBe(500 - VISIBLE_ROWS);
    expect(await page.locator('#table-agents-more').isVisible()).toBe(false);
    const agents = await readTable(page, 'agent');
    expect(Object.keys(agents)).toHaveLength(500);
    for (const a of big.agents) expect(agents[a.agent]).toEqual(expectedRow(a.stats));
    // narrow: wide tables scroll in their box, the page itself does not
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    // dark scheme: other colours, charts drawn again
    const background = () => inPage<string>(page, 'getComputedStyle(document.body).backgroundColor');
    const light = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).not.toBe(light);
    for (const [id, n] of Object.entries(await inked(page))) expect(n, `${id} in the dark`).toBeGreaterThan(2_000);
    // printing opens the folded tables
    await inPage(page, `window.dispatchEvent(new Event('beforeprint'))`);
    expect(await page.locator('details:not([open])').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an empty summary renders too', async () => {
    const { page, problems, requests } = await open('/empty.html');
    expect(problems).toEqual([]);
    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.locator('#total-replies').getAttribute('data-v')).toBe('0');
    expect(await page.locator('#total-mean-score').textContent()).toBe('—');
    expect(requests).toEqual([`${site.url}/empty.html`]);
    await page.close();
  });
});
