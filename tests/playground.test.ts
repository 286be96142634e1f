/**
 * The playground end to end in headless Chromium: type a draft, see the finding underlined,
 * fix it with one click, check the rewrite diff and the scores. With UPDATE_SCREENSHOT set
 * it also rewrites playground/screenshot.png (CI leaves the tracked file alone).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshotPlayground, VIEWPORT } from '../playground/screenshot.mjs';
import type { StaticServer } from '../playground/serve.mjs';
import { chromiumMissing, hasChromium, openBrowser, serve, skipBrowserTests, watchPage } from './helpers/browser.js';

const TYPED = "Hi Anna,\n\nUnfortunately we can't refund it.";
const RULE = 'en.positive-language.we-cant';
const NAME = 'Anna Kowalska';
const CATEGORY_COUNT = 7;

describe.skipIf(skipBrowserTests)('playground', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let watch: ReturnType<typeof watchPage>;

  const value = () => page.locator('[data-testid="draft"]').inputValue();
  /** Waits until no analysis is pending and the highlights show the current draft. */
  const settled = () =>
    page.waitForFunction(
      `(() => {
        const text = document.querySelector('[data-testid="draft"]').value;
        const shown = document.querySelector('[data-testid="highlights"]').textContent;
        return document.body.dataset.state === 'ready' && !document.body.dataset.pending && (shown === text || shown === text + ' ');
      })()`,
      undefined,
      { timeout: 5_000 },
    );
  /** The report the library gives for the playground's current draft and options, computed in the page. */
  const expected = () =>
    page.evaluate(`(async () => {
      const rc = await import('/dist/standalone.js');
      const draft = document.querySelector('[data-testid="draft"]').value;
      const r = rc.analyze(draft, { channel: 'email', audience: { name: ${JSON.stringify(NAME)} } });
      return { draft, rewrite: r.rewrite, overall: Math.round(r.scores.overall), findings: r.findings.map((f) => ({ ruleId: f.ruleId, excerpt: f.excerpt, start: f.start, end: f.end, suggestions: f.suggestions, after: f.suggestions.map((s) => rc.applyEdits(draft, s.edits)) })) };
    })()`) as Promise<{ draft: string; rewrite: string; overall: number; findings: { ruleId: string; excerpt: string; suggestions: { label: string; edits: { text: string }[] }[]; after: string[] }[] }>;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(chromiumMissing);
    server = await serve();
    browser = await openBrowser();
    page = await browser.newPage({ viewport: VIEWPORT });
    watch = watchPage(page, server.url);
    await page.goto(server.url);
    await page.waitForSelector('body[data-state="ready"]', { state: 'attached', timeout: 10_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens with the example draft analyzed: underlines, grouped findings, scores, rewrite', async () => {
    await settled();
    expect((await value()).length).toBeGreaterThan(100);
    expect(await page.locator('[data-testid="mark"]').count()).toBeGreaterThan(5);
    const groups = await page.locator('[data-testid^="group-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(await page.locator('[data-testid="score-value"]').count()).toBe(CATEGORY_COUNT);
    expect(await page.locator('[data-testid="diff-ins"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="language-badge"]').textContent()).toMatch(/^English · detected \d+%$/);
    // the backdrop lays text out in the same box as the textarea
    const widths = await page.evaluate(`[document.getElementById('backdrop').clientWidth, document.getElementById('draft').clientWidth]`);
    expect((widths as number[])[0]).toBe((widths as number[])[1]);
  });

  it('underlines a typed finding and fixes it with one click', async () => {
    await page.locator('[data-testid="name"]').fill(NAME);
    await page.locator('[data-testid="in-reply-to"]').fill('');
    await page.locator('[data-testid="locale"]').fill('');
    await page.locator('[data-testid="subject"]').fill('');
    const draft = page.locator('[data-testid="draft"]');
    await draft.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(TYPED);
    expect(await value()).toBe(TYPED);

    const mark = page.locator(`[data-testid="mark"][data-rule-id="${RULE}"]`);
    await mark.waitFor({ state: 'attached', timeout: 5_000 });
    await settled();
    const report = await expected();
    const finding = report.findings.find((f) => f.ruleId === RULE)!;
    expect(finding, `${RULE} in ${JSON.stringify(report.findings.map((f) => f.ruleId))}`).toBeDefined();
    expect(await mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(finding.excerpt);
    expect(finding.excerpt).toBe("we can't");
    const item = page.locator(`[data-testid="finding"][data-rule-id="${RULE}"]`);
    expect(await item.locator('[data-testid="finding-excerpt"]').getAttribute('data-excerpt')).toBe(finding.excerpt);
    expect(await item.locator('[data-testid="finding-message"]').textContent()).toBeTruthy();

    const fix = item.locator('[data-testid="fix"][data-suggestion="0"]');
    expect(await fix.textContent()).toBe(finding.suggestions[0]!.label);
    await fix.click();
    await page.waitForFunction(`document.querySelector('[data-testid="draft"]').value !== ${JSON.stringify(TYPED)}`, undefined, { timeout: 5_000 });
    const fixed = await value();
    expect(fixed).toBe(finding.after[0]);
    expect(fixed).toContain(finding.suggestions[0]!.edits[0]!.text);
    expect(fixed).not.toContain("we can't");
    await settled();
    expect(await mark.count()).toBe(0);

    // a fix is one undo step
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await value()).toBe(TYPED);
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    expect(await value()).toBe(fixed);
    await settled();
  });

  it('shows the rewrite as a word diff and the scores of the current draft; "Use rewrite" takes it', async () => {
    const report = await expected();
    expect(report.rewrite).not.toBe(report.draft);
    const shown = (await page.evaluate(`(() => {
      const diff = document.querySelector('[data-testid="rewrite"]').cloneNode(true);
      const before = diff.cloneNode(true);
      for (const el of diff.querySelectorAll('del')) el.remove();
      for (const el of before.querySelectorAll('ins')) el.remove();
      return [diff.textContent, before.textContent, diff.querySelectorAll('ins').length];
    })()`)) as [string, string, number];
    expect(shown[0]).toBe(report.rewrite);
    expect(shown[1]).toBe(report.draft);
    expect(shown[2]).toBeGreaterThan(0);

    expect(await page.locator('[data-testid="score-overall"]').textContent()).toBe(String(report.overall));
    const values = await page.locator('[data-testid="score-value"]').allTextContents();
    expect(values).toHaveLength(CATEGORY_COUNT);
    for (const v of values) expect(Number(v)).toBeGreaterThanOrEqual(0);

    await page.locator('[data-testid="use-rewrite"]').click();
    expect(await value()).toBe(report.rewrite);
    await settled();
  });

  it('follows the options and shows user text as text, never as markup', async () => {
    const draft = page.locator('[data-testid="draft"]');
    await page.locator('[data-testid="language"]').selectOption('');
    // A Polish customer: "Twój" is the informal you where Pan/Pani is expected (an en-GB audience has no such rule).
    await page.locator('[data-testid="locale"]').fill('pl-PL');
    await draft.fill('Dzień dobry,\n\nniestety nie możemy zwrócić pieniędzy, bo to Twój problem.\n\nPozdrawiam');
    await settled();
    expect(await page.locator('[data-testid="language-badge"]').textContent()).toMatch(/^Polish · detected/);
    expect(await page.locator('[data-testid="mark"][data-rule-id^="pl.formality.informal-address"]').textContent()).toBe('Twój');

    await page.locator('[data-testid="language"]').selectOption('en');
    await settled();
    expect(await page.locator('[data-testid="language-badge"]').textContent()).toBe('English · chosen');

    const hostile = 'Hi <b>Anna</b>,\n\n<img src=x onerror="document.body.dataset.owned=1">Unfortunately we can\'t help.\n';
    await draft.fill(hostile);
    await settled();
    expect(await page.locator('[data-testid="highlights"] img, [data-testid="highlights"] b, [data-testid="rewrite"] img, [data-testid="findings"] img').count()).toBe(0);
    expect(await page.evaluate('document.body.dataset.owned ?? null')).toBeNull();
    expect(await page.locator('[data-testid="highlights"]').textContent()).toBe(hostile + ' ');

    // a half-typed locale is ignored, and the field says why
    await page.locator('[data-testid="locale"]').fill('e');
    await settled();
    expect(await page.locator('[data-testid="locale"]').getAttribute('aria-invalid')).not.toBeNull();
    expect(await page.locator('[data-testid="locale-error"]').textContent()).toMatch(/^Ignored: /);
    await page.locator('[data-testid="locale"]').fill('en-GB');
    await settled();
    expect(await page.locator('[data-testid="locale"]').getAttribute('aria-invalid')).toBeNull();
  });

  it('shows subject findings on the subject field, never on the draft, and fixes them in the subject', async () => {
    const subject = page.locator('[data-testid="subject"]');
    const draft = 'Hi Anna,\n\nYour refund for order 4821 is on its way.\n\nBest regards,\nSam';
    await page.locator('[data-testid="draft"]').fill(draft);
    await subject.fill('Re: Re: Update');
    await settled();
    await page.waitForFunction(`document.querySelector('[data-testid="subject"]').value === 'Re: Re: Update' && document.body.dataset.state === 'ready' && !document.body.dataset.pending`, undefined, { timeout: 5_000 });
    const library = (await page.evaluate(`(async () => {
      const rc = await import('/dist/standalone.js');
      const r = rc.analyze(${JSON.stringify(draft)}, { channel: 'email', audience: { name: ${JSON.stringify(NAME)}, locale: 'en-GB' }, subject: 'Re: Re: Update' });
      return r.findings.filter((f) => f.field === 'subject').map((f) => ({ ruleId: f.ruleId, message: f.message, excerpt: f.excerpt, label: f.suggestions[0]?.label }));
    })()`)) as { ruleId: string; message: string; excerpt: string; label?: string }[];
    expect(library.map((f) => f.ruleId).sort()).toEqual(['en.personalization.subject-generic', 'en.personalization.subject-reply-chain']);
    const items = page.locator('[data-testid="subject-finding"]');
    expect((await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')))).sort()).toEqual(library.map((f) => f.ruleId).sort());
    for (const f of library) {
      const item = page.locator(`[data-testid="subject-finding"][data-rule-id="${f.ruleId}"]`);
      expect(await item.locator('[data-testid="subject-finding-message"]').textContent()).toBe(f.message);
      // Nothing of it is drawn on the draft.
      expect(await page.locator(`[data-testid="highlights"] [data-rule-id="${f.ruleId}"]`).count()).toBe(0);
    }
    expect(await subject.getAttribute('data-severity')).toBe('warning');
    expect(await page.locator('[data-testid="highlights"]').textContent()).toBe(draft);

    // Its fix edits the subject, not the draft.
    const chain = library.find((f) => f.ruleId === 'en.personalization.subject-reply-chain')!;
    await page.locator('[data-testid="subject-finding"][data-rule-id="en.personalization.subject-reply-chain"] [data-testid="fix"][data-suggestion="0"]').click();
    await page.waitForFunction(`document.querySelector('[data-testid="subject"]').value !== 'Re: Re: Update'`, undefined, { timeout: 5_000 });
    expect(await subject.inputValue()).toBe(`${chain.label}Update`);
    expect(await value()).toBe(draft);
    await settled();
    expect(await page.locator('[data-testid="subject-finding"][data-rule-id="en.personalization.subject-reply-chain"]').count()).toBe(0);
    await subject.fill('');
    await settled();
    expect(await items.count()).toBe(0);
    expect(await subject.getAttribute('data-severity')).toBeNull();
  });

  it('reads dates and promised times against the team locale and time zone; a bad zone is ignored and the field says why', async () => {
    const RULE_ZONE = 'en.ownership.time-without-zone';
    await page.locator('[data-testid="locale"]').fill('ja-JP');
    await page.locator('[data-testid="draft"]').fill("Hi Kenji,\n\nI'll call you tomorrow at 9, and we set it up together.\n\nBest regards,\nSam");
    await settled();
    expect(await page.locator(`[data-testid="mark"][data-rule-id="${RULE_ZONE}"]`).count()).toBe(0);
    const zone = page.locator('[data-testid="team-time-zone"]');
    await zone.fill('Europe/Wars');
    await settled();
    expect(await zone.getAttribute('aria-invalid')).not.toBeNull();
    expect(await page.locator('[data-testid="team-time-zone-error"]').textContent()).toMatch(/^Ignored: must be an IANA time zone/);
    await zone.fill('Europe/Warsaw');
    await page.locator('[data-testid="team-locale"]').fill('pl-PL');
    await settled();
    expect(await zone.getAttribute('aria-invalid')).toBeNull();
    const mark = page.locator(`[data-testid="mark"][data-rule-id="${RULE_ZONE}"]`);
    expect(await mark.textContent()).toBe('9');
    expect(await page.locator(`[data-testid="finding"][data-rule-id="${RULE_ZONE}"] [data-testid="finding-message"]`).textContent()).toContain('Japan Standard Time');
    await zone.fill('');
    await page.locator('[data-testid="team-locale"]').fill('');
    await page.locator('[data-testid="locale"]').fill('en-GB');
    await settled();
  });

  it('says a draft in a language without rules is not checked, not that it reads well', async () => {
    await page.locator('[data-testid="language"]').selectOption('');
    await page.locator('[data-testid="draft"]').fill('Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Leider können wir die Bestellung nicht mehr stornieren, da sie bereits versandt wurde.\n\nMit freundlichen Grüßen\nSam');
    await settled();
    expect(await page.locator('[data-testid="not-checked"]').textContent()).toMatch(/^Not checked: reply-coach has no rules for German \(de\)\./);
    expect(await page.locator('[data-testid="no-findings"]').count()).toBe(0);
    expect(await page.locator('[data-testid="language-badge"]').textContent()).toMatch(/^German \(de\), not checked · detected/);
  });

  describe('spelling', () => {
    const box = () => page.locator('[data-testid="spelling"]');
    const status = () => page.locator('[data-testid="spelling-status"]');
    /** Types a draft in a language and waits until the spell check has its answer (checked, or no dictionary). */
    const typeIn = async (language: string, draft: string, state: 'checked' | 'unavailable' | 'off') => {
      await page.locator('[data-testid="language"]').selectOption(language);
      await page.locator('[data-testid="draft"]').fill(draft);
      await page.waitForSelector(`[data-testid="spelling-status"][data-state="${state}"]`, { state: 'attached', timeout: 20_000 });
      await settled();
    };
    const spellingFindings = (language: string) =>
      page.locator(`[data-testid="finding"][data-rule-id="${language}.clarity.spelling"]`).evaluateAll((els) =>
        els.map((e) => ({ excerpt: e.querySelector('[data-testid="finding-excerpt"]')?.getAttribute('data-excerpt'), fixes: [...e.querySelectorAll('[data-testid="fix"]')].map((b) => b.textContent) })),
      );

    it('is off until the box is ticked, then flags "recieve" with the dictionary\'s "receive" and fixes it', async () => {
      const draft = 'Hi Anna,\n\nYou will recieve the refund by Friday.\n\nBest regards,\nSam';
      await page.locator('[data-testid="language"]').selectOption('en');
      await page.locator('[data-testid="draft"]').fill(draft);
      await settled();
      expect(await spellingFindings('en')).toEqual([]);
      expect(await status().getAttribute('data-state')).toBe('off');

      await box().check();
      await typeIn('en', draft, 'checked');
      expect(await status().textContent()).toMatch(/^Checked with dictionary-en\b/);
      const found = await spellingFindings('en');
      expect(found.map((f) => f.excerpt)).toEqual(['recieve']);
      expect(found[0]!.fixes[0]).toBe('receive');
      expect(await page.locator('[data-testid="mark"][data-rule-id="en.clarity.spelling"]').textContent()).toBe('recieve');

      await page.locator('[data-testid="finding"][data-rule-id="en.clarity.spelling"] [data-testid="fix"][data-suggestion="0"]').click();
      await settled();
      expect(await value()).toBe(draft.replace('recieve', 'receive'));
      expect(await spellingFindings('en')).toEqual([]);
    });

    it('flags a typo in an inflected Polish word and none of the correct inflected forms', async () => {
      await typeIn(
        'pl',
        'Dzień dobry,\n\nprzesyłamy zwrot pieniędzy na Pana konto. Paczke wysłaliśmy wczoraj kurierem, a dokumenty otrzymał Pan w załącznikach.\n\nPozdrawiamy,\nZespół',
        'checked',
      );
      expect(await status().textContent()).toBe('Checked with dictionary-pl.');
      const found = await spellingFindings('pl');
      expect(found.map((f) => f.excerpt)).toEqual(['Paczke']);
      expect(found[0]!.fixes).toContain('Paczkę');
    });

    it('says Uzbek has no dictionary, and unticked it checks nothing', async () => {
      await typeIn('uz', "Assalomu alaykum, Dilnoza opa!\n\nBuyurtmangiz ertaga yetkaziladi. Savollaringiz bo'lsa, yozing.\n\nHurmat bilan,\nSardor", 'unavailable');
      expect(await status().textContent()).toBe('No dictionary for Uzbek: spelling not checked.');
      expect(await page.locator('[data-testid="finding"][data-rule-id$=".spelling"]').count()).toBe(0);

      await box().uncheck();
      await typeIn('en', 'Hi Anna,\n\nYou will recieve the refund by Friday.\n\nBest regards,\nSam', 'off');
      expect(await status().textContent()).toBe('');
      expect(await spellingFindings('en')).toEqual([]);
      await page.locator('[data-testid="language"]').selectOption('');
    });

    it('serves only the installed dictionary packages; anything else is a 404', async () => {
      const index = (await (await fetch(`${server.url}dictionaries/index.json`)).json()) as Record<string, string[]>;
      expect(index.en?.[0]).toBe('dictionary-en');
      expect(index.uz).toBeUndefined();
      expect((await fetch(`${server.url}dictionaries/dictionary-en.aff`)).status).toBe(200);
      for (const path of ['dictionary-uz.aff', 'compromise.dic', 'en.aff']) expect((await fetch(`${server.url}dictionaries/${path}`)).status).toBe(404);
    });
  });

  it('loads nothing from the network and logs no errors', async () => {
    expect(watch.problems).toEqual([]);
    const paths = new Set(watch.requests.map((u) => new URL(u).pathname));
    // The spelling tests fetched the reader and the en and pl dictionaries (with every variant installed) from the page's own server.
    const index = (await (await fetch(`${server.url}dictionaries/index.json`)).json()) as Record<string, string[]>;
    const dictionaries = [...index.en!, ...index.pl!].flatMap((n) => [`/dictionaries/${n}.aff`, `/dictionaries/${n}.dic`]);
    const expected = ['/', '/app.js', '/dist/standalone.js', '/style.css', '/dist/spelling-standalone.js', '/dictionaries/index.json', ...dictionaries];
    expect([...paths].sort()).toEqual(expected.sort());
  });

  it.runIf(process.env.UPDATE_SCREENSHOT)('writes playground/screenshot.png (UPDATE_SCREENSHOT)', async () => {
    const path = await screenshotPlayground(page, server.url);
    console.log(`wrote ${path}`);
  });
});
