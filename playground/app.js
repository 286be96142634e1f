// reply-coach playground: plain ES module, no framework. Every piece of text from the
// draft, the options or a report reaches the page through textContent or a text node.
import { applyEdits, builtinProfiles, CATEGORIES, createCoach } from '../dist/standalone.js';

const LABELS = {
  'positive-language': 'Positive language',
  empathy: 'Empathy',
  jargon: 'Jargon',
  clarity: 'Clarity',
  formality: 'Formality',
  ownership: 'Ownership',
  personalization: 'Personalization',
};
const LANGUAGES = { en: 'English', pl: 'Polish', cs: 'Czech', sk: 'Slovak', uz: 'Uzbek' };
const SEVERITY_ORDER = { error: 0, warning: 1, suggestion: 2 };

const EXAMPLE = {
  inReplyTo:
    'I was charged twice for order #48213 and nobody has answered my emails for a week. This is unacceptable, I want my money back!',
  locale: 'en-GB',
  name: 'Maria Lopez',
  subject: 'Re: Re: Update',
  draft: `Hey,

Unfortunately we can't refund your order because you didn't read the returns policy. Our backend had a sync issue with the SKU, so your payment was kind of stuck in the ERP, and in order to fix it you will need to contact your bank and ask them to release the pending authorization before we can do anything else on our side 😊

As per our policy, that's out of our hands now. We'll look into the double charge soon.

Thx,
Sam`,
};

const $ = (id) => document.getElementById(id);
const els = {
  draft: $('draft'),
  backdrop: $('backdrop'),
  highlights: $('highlights'),
  inReplyTo: $('in-reply-to'),
  language: $('language'),
  channel: $('channel'),
  locale: $('locale'),
  name: $('name'),
  settings: $('settings'),
  status: $('status'),
  badge: $('language-badge'),
  metrics: $('metrics'),
  legend: $('legend'),
  rewrite: $('rewrite'),
  useRewrite: $('use-rewrite'),
  overall: $('overall'),
  overallValue: $('score-overall'),
  scoreList: $('score-list'),
  findings: $('findings'),
  counts: $('finding-counts'),
  localeError: $('locale-error'),
  nameError: $('name-error'),
  subject: $('subject'),
  subjectError: $('subject-error'),
  subjectFindings: $('subject-findings'),
  teamLocale: $('team-locale'),
  teamLocaleError: $('team-locale-error'),
  teamTimeZone: $('team-time-zone'),
  teamTimeZoneError: $('team-time-zone-error'),
  spelling: $('spelling'),
  spellingStatus: $('spelling-status'),
};

/** Builds an element; string children become text nodes, so nothing is ever parsed as HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'style') for (const [p, v] of Object.entries(value)) el.style.setProperty(p, v);
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return el;
}

let coach = createCoach();
const state = { report: null, draft: null, subject: '', key: null, error: null, ms: 0, runs: 0, frame: 0 };
const onSubject = (f) => f.field === 'subject';

// ---------------------------------------------------------------- spelling

/**
 * The Spelling checkbox. A language's Hunspell dictionaries are fetched from this page's own server
 * (/dictionaries/, the installed dictionary packages) the first time a draft in it is analyzed, and
 * read by reply-coach's Hunspell reader (dist/spelling-standalone.js), which decodes them by their SET line.
 */
const spelling = { index: undefined, spellers: {}, packages: {}, loading: new Set(), missing: new Set() };

/** { language: [package, ...] } for the dictionary packages the server has installed. */
function dictionaryIndex() {
  spelling.index ??= fetch('dictionaries/index.json').then((r) => (r.ok ? r.json() : {}));
  return spelling.index;
}

async function fetchBytes(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status} ${r.statusText}`);
  return new Uint8Array(await r.arrayBuffer());
}

/** A coach whose speller answers for every language loaded so far; without the checkbox, one with no speller. */
function coachForSpelling() {
  if (!els.spelling.checked) return createCoach();
  const spellers = { ...spelling.spellers };
  return createCoach({
    spelling: {
      languages: Object.keys(spellers),
      correct: (word, language) => spellers[language]?.correct(word, language) ?? true,
      suggest: (word, language) => spellers[language]?.suggest(word, language) ?? [],
    },
  });
}

/** Fetches and reads the language's dictionaries once, then analyzes again with them. */
async function loadDictionary(language) {
  if (spelling.spellers[language] || spelling.loading.has(language) || spelling.missing.has(language)) return;
  spelling.loading.add(language);
  try {
    const names = (await dictionaryIndex())[language];
    if (!names?.length) {
      spelling.missing.add(language);
      return;
    }
    const [{ createSpelling }, files] = await Promise.all([
      import('../dist/spelling-standalone.js'),
      Promise.all(names.map(async (n) => ({ aff: await fetchBytes(`dictionaries/${n}.aff`), dic: await fetchBytes(`dictionaries/${n}.dic`) }))),
    ]);
    spelling.spellers[language] = createSpelling({ [language]: files });
    spelling.packages[language] = names;
  } catch (e) {
    spelling.missing.add(language);
    console.warn(`Spelling unavailable for ${language}: ${e.message}`);
  } finally {
    spelling.loading.delete(language);
    coach = coachForSpelling();
    analyzeNow();
  }
}

/** The line under the checkbox: loading, checked against which dictionary, or no dictionary for the draft's language. */
function renderSpelling(report) {
  const status = els.spellingStatus;
  const code = report?.language.code;
  const name = LANGUAGES[code] ?? code;
  let text = '';
  let state = 'off';
  if (els.spelling.checked && report && report.language.supported !== false) {
    if (spelling.missing.has(code)) [state, text] = ['unavailable', `No dictionary for ${name}: spelling not checked.`];
    else if (spelling.spellers[code]) [state, text] = ['checked', `Checked with ${spelling.packages[code].join(', ')}.`];
    else {
      [state, text] = ['loading', `Loading the ${name} dictionary…`];
      loadDictionary(code);
    }
  }
  status.dataset.state = state;
  status.textContent = text;
}

// ---------------------------------------------------------------- options

function readOptions(skip = new Set()) {
  const options = { channel: els.channel.value };
  if (els.language.value) options.language = els.language.value;
  if (els.inReplyTo.value.trim()) options.inReplyTo = els.inReplyTo.value;
  // An empty subject field means no subject was given, not an email sent without one.
  if (els.subject.value.trim() && !skip.has('subject')) options.subject = els.subject.value;
  const audience = typed({ locale: 'locale', name: 'name' }, skip);
  if (audience) options.audience = audience;
  const team = typed({ locale: 'teamLocale', timeZone: 'teamTimeZone' }, skip);
  if (team) options.team = team;
  return options;
}

/** One option group from its fields ({ option: field }), leaving out empty and skipped fields; undefined when none is left. */
function typed(fields, skip) {
  const group = {};
  for (const [option, field] of Object.entries(fields)) {
    const value = els[field].value.trim();
    if (value && !skip.has(field)) group[option] = value;
  }
  return Object.keys(group).length > 0 ? group : undefined;
}

/** The fields a user types into, the option path an OptionsError names for each (first match wins), and where it says why. */
const FIELDS = [
  { key: 'teamLocale', path: /team\.locale/, input: 'teamLocale', slot: 'teamLocaleError' },
  { key: 'teamTimeZone', path: /team\.timeZone/, input: 'teamTimeZone', slot: 'teamTimeZoneError' },
  { key: 'locale', path: /locale/, input: 'locale', slot: 'localeError' },
  { key: 'name', path: /name/, input: 'name', slot: 'nameError' },
  { key: 'subject', path: /subject/, input: 'subject', slot: 'subjectError' },
];
const fieldOf = (issue) => FIELDS.find((f) => f.path.test(issue.path));

/** The option fields an OptionsError names (a half-typed locale, say). */
function fieldsIn(error) {
  const fields = new Set();
  for (const issue of error?.issues ?? []) {
    const field = fieldOf(issue);
    if (field) fields.add(field.key);
  }
  return fields;
}

// ---------------------------------------------------------------- analysis

function analyzeNow() {
  cancelAnimationFrame(state.frame);
  state.frame = 0;
  const draft = els.draft.value;
  let options = readOptions();
  const fieldErrors = {};
  const t0 = performance.now();
  let report = null;
  let error = null;
  try {
    report = coach.analyze(draft, options);
  } catch (e) {
    // A field the user is still typing (a locale such as "en-"): analyze without it and say so.
    const fields = fieldsIn(e);
    if (fields.size > 0) {
      for (const issue of e.issues) fieldErrors[fieldOf(issue)?.key] = issue.message;
      options = readOptions(fields);
      try {
        report = coach.analyze(draft, options);
      } catch (again) {
        error = again;
      }
    } else error = e;
  }
  state.ms = performance.now() - t0;
  state.report = report;
  state.error = error;
  state.draft = draft;
  state.subject = els.subject.value;
  state.key = JSON.stringify(readOptions());
  state.runs += 1;
  for (const field of FIELDS) showFieldError(els[field.input], els[field.slot], fieldErrors[field.key]);
  render();
}

/** Coalesces a burst of input events into one analysis per frame. */
function schedule() {
  if (state.frame) return;
  document.body.dataset.pending = 'yes'; // for tests: an analysis is on its way
  state.frame = requestAnimationFrame(() => {
    state.frame = 0;
    if (els.draft.value === state.draft && JSON.stringify(readOptions()) === state.key) delete document.body.dataset.pending;
    else analyzeNow();
  });
}

function showFieldError(input, slot, message) {
  input.toggleAttribute('aria-invalid', Boolean(message));
  slot.textContent = message ? `Ignored: ${message}` : '';
}

// ---------------------------------------------------------------- editing

/** Replaces the text of the draft or the subject field, keeping the change undoable (Ctrl+Z) where the browser allows it. */
function replaceText(input, next) {
  const prev = input.value;
  if (next === prev) return;
  let head = 0;
  while (head < prev.length && head < next.length && prev[head] === next[head]) head++;
  let tail = 0;
  while (tail < prev.length - head && tail < next.length - head && prev[prev.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  input.focus();
  input.setSelectionRange(head, prev.length - tail);
  const inserted = next.slice(head, next.length - tail);
  let done = false;
  try {
    done = document.execCommand('insertText', false, inserted);
  } catch {
    done = false;
  }
  if (!done || input.value !== next) {
    input.value = next;
    input.setSelectionRange(head + inserted.length, head + inserted.length);
  }
  analyzeNow();
}

const replaceDraft = (next) => replaceText(els.draft, next);

function applySuggestion(findingIndex, suggestionIndex) {
  // The list always belongs to state.draft and state.subject; if either moved on since, refresh instead.
  if (!state.report || state.draft !== els.draft.value || state.subject !== els.subject.value) return analyzeNow();
  const finding = state.report.findings[findingIndex];
  const suggestion = finding?.suggestions[suggestionIndex];
  if (!suggestion) return;
  // A finding on the subject line has its edits in the subject.
  if (onSubject(finding)) replaceText(els.subject, applyEdits(state.subject, suggestion.edits));
  else replaceDraft(applyEdits(state.draft, suggestion.edits));
}

function selectFinding(finding) {
  const input = onSubject(finding) ? els.subject : els.draft;
  input.focus();
  input.setSelectionRange(finding.start, finding.end);
}

/** Marks the findings under the caret in the list and brings the first into view. */
function showFindingsAtCaret() {
  if (!state.report || state.draft !== els.draft.value) return;
  const at = els.draft.selectionStart;
  let first = null;
  for (const li of els.findings.querySelectorAll('.finding')) {
    const f = state.report.findings[Number(li.dataset.finding)];
    const here = f && !onSubject(f) && f.start <= at && at <= f.end;
    li.classList.toggle('current', Boolean(here));
    if (here && !first) first = li;
  }
  if (first) first.scrollIntoView({ block: 'nearest' });
}

function syncScroll() {
  els.backdrop.scrollTop = els.draft.scrollTop;
  els.backdrop.scrollLeft = els.draft.scrollLeft;
}

// ---------------------------------------------------------------- highlights

const byStrength = (a, b) => a.start - b.start || b.end - a.end || a.index - b.index;

/**
 * The draft as text nodes and <mark>s behind the textarea. Overlapping findings nest; a
 * finding that only partly overlaps another is split into parts (data-part). A finding
 * with start === end becomes a zero-width insertion bar.
 */
function renderHighlights(draft, findings) {
  // Findings on the subject line are shown on the subject field (their offsets are in the subject).
  const inDraft = findings.map((f, index) => ({ ...f, index })).filter((f) => !onSubject(f));
  const spans = inDraft.filter((f) => f.end > f.start);
  const points = inDraft.filter((f) => f.end === f.start);
  const cuts = new Set([0, draft.length]);
  for (const f of spans) cuts.add(f.start).add(f.end);
  for (const f of points) cuts.add(f.start);
  const bounds = [...cuts].filter((n) => n >= 0 && n <= draft.length).sort((a, b) => a - b);

  const root = document.createDocumentFragment();
  const stack = []; // [{ finding, el }]
  const parts = new Map();
  const parent = () => (stack.length ? stack[stack.length - 1].el : root);

  for (let i = 0; i < bounds.length; i++) {
    const at = bounds[i];
    const next = bounds[i + 1];
    for (const p of points) {
      if (p.start !== at) continue;
      parent().append(
        h('span', {
          class: `hl-insert sev-${p.severity}`,
          'data-testid': 'insert-mark',
          'data-rule-id': p.ruleId,
          'data-category': p.category,
          'data-finding': p.index,
          style: { '--c': `var(--cat-${p.category})` },
        }),
      );
    }
    if (next === undefined) break;
    const want = spans.filter((f) => f.start <= at && f.end >= next).sort(byStrength);
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep].finding === want[keep]) keep++;
    stack.length = keep;
    for (const f of want.slice(keep)) {
      const part = parts.get(f.index) ?? 0;
      parts.set(f.index, part + 1);
      const el = h('mark', {
        class: `hl sev-${f.severity}`,
        'data-testid': 'mark',
        'data-rule-id': f.ruleId,
        'data-category': f.category,
        'data-finding': f.index,
        'data-part': part > 0 ? part : undefined,
        style: { '--c': `var(--cat-${f.category})` },
      });
      parent().append(el);
      stack.push({ finding: f, el });
    }
    parent().append(draft.slice(at, next));
  }
  // A final newline needs something after it, or the backdrop is one line short of the textarea.
  if (draft.endsWith('\n') || draft === '') root.append(' ');
  els.highlights.replaceChildren(root);
  syncScroll();
}

function markFinding(index, on) {
  for (const el of els.highlights.querySelectorAll(`[data-finding="${index}"]`)) el.classList.toggle('active', on);
}

// ---------------------------------------------------------------- findings list

function clip(text, max = 90) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "old" → "new" for each edit, shown as the fix button's tooltip. */
function describeEdits(draft, edits) {
  return edits
    .map((e) => {
      const old = draft.slice(e.start, e.end);
      if (!old) return `Insert “${clip(e.text, 120)}”`;
      if (!e.text) return `Delete “${clip(old, 120)}”`;
      return `“${clip(old, 60)}” → “${clip(e.text, 60)}”`;
    })
    .join('\n');
}

/** One button per suggestion of a finding; `text` is what its edits apply to (the draft, or the subject line). */
function fixButtons(f, index, text) {
  if (!f.suggestions.length) return h('p', { class: 'no-fix' }, 'No automatic fix: rephrase this by hand.');
  return h(
    'div',
    { class: 'fixes' },
    f.suggestions.map((s, si) =>
      h(
        'button',
        {
          type: 'button',
          class: `button fix${si === 0 ? ' first' : ''}`,
          'data-testid': 'fix',
          'data-rule-id': f.ruleId,
          'data-finding': index,
          'data-suggestion': si,
          title: describeEdits(text, s.edits),
          onclick: () => applySuggestion(index, si),
        },
        s.label,
      ),
    ),
  );
}

function renderFinding(f, index, draft) {
  const subject = onSubject(f);
  const where = subject ? `the subject line, column ${f.column}` : `line ${f.line}, column ${f.column}`;
  const shown = subject ? `Subject: “${clip(f.excerpt)}”` : `“${clip(f.excerpt)}”`;
  const excerpt = f.start === f.end
    ? h('button', { type: 'button', class: 'excerpt missing', 'data-testid': 'finding-excerpt', title: `Put the caret at ${where}`, onclick: () => selectFinding(f) }, `Missing here (${where})`)
    : h('button', { type: 'button', class: 'excerpt', 'data-testid': 'finding-excerpt', 'data-excerpt': f.excerpt, title: `Select in ${subject ? 'the subject' : 'the draft'} (${where})`, onclick: () => selectFinding(f) }, shown);
  return h(
    'li',
    {
      class: `finding sev-${f.severity}`,
      'data-testid': 'finding',
      'data-rule-id': f.ruleId,
      'data-category': f.category,
      'data-finding': index,
      'data-field': f.field,
      style: { '--c': `var(--cat-${f.category})` },
      onmouseenter: () => markFinding(index, true),
      onmouseleave: () => markFinding(index, false),
      onfocusin: () => markFinding(index, true),
      onfocusout: () => markFinding(index, false),
    },
    h('div', { class: 'finding-head' }, h('span', { class: `sev sev-${f.severity}` }, f.severity), excerpt),
    h('p', { class: 'message', 'data-testid': 'finding-message' }, f.message),
    fixButtons(f, index, subject ? state.subject : draft),
    h(
      'p',
      { class: 'rule-id' },
      h('code', { 'data-testid': 'finding-rule-id' }, f.ruleId),
      f.fixable ? h('span', { class: 'in-rewrite', title: 'Its first suggestion is applied in the rewrite' }, 'in rewrite') : null,
    ),
  );
}

/** The subject line's findings, under the subject field, which takes the colour of the worst. */
function renderSubject(report) {
  const items = report.findings.map((f, i) => [f, i]).filter(([f]) => onSubject(f));
  items.sort(([a], [b]) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
  if (items.length) els.subject.dataset.severity = items[0][0].severity;
  else delete els.subject.dataset.severity;
  els.subjectFindings.replaceChildren(
    ...items.map(([f, i]) =>
      h(
        'li',
        { class: `subject-finding sev-${f.severity}`, 'data-testid': 'subject-finding', 'data-rule-id': f.ruleId, 'data-finding': i, style: { '--c': `var(--cat-${f.category})` } },
        h('span', { class: `sev sev-${f.severity}` }, f.severity),
        h('span', { class: 'message', 'data-testid': 'subject-finding-message' }, f.message),
        fixButtons(f, i, state.subject),
      ),
    ),
  );
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
/** "German (de)", or the code alone when it names no language. */
function languageName(code) {
  let name = code;
  try {
    name = languageNames.of(code) ?? code;
  } catch {
    // not a well-formed language tag
  }
  return name === code ? `"${code}"` : `${name} (${code})`;
}

function renderFindings(report, draft) {
  const groups = CATEGORIES.map((category) => ({
    category,
    items: report.findings.map((f, i) => [f, i]).filter(([f]) => f.category === category),
  })).filter((g) => g.items.length > 0);
  if (report.language.supported === false) {
    // No findings here mean nothing was checked, not a clean reply.
    els.findings.replaceChildren(h('p', { class: 'empty unsupported', 'data-testid': 'not-checked' }, `Not checked: reply-coach has no rules for ${languageName(report.language.code)}. It coaches ${Object.values(LANGUAGES).join(', ')}.`));
    return;
  }
  if (groups.length === 0) {
    els.findings.replaceChildren(h('p', { class: 'empty', 'data-testid': 'no-findings' }, 'Nothing to coach: this reply reads well.'));
    return;
  }
  els.findings.replaceChildren(
    ...groups.map(({ category, items }) => {
      items.sort(([a], [b]) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
      return h(
        'section',
        { class: 'group', 'data-testid': `group-${category}`, style: { '--c': `var(--cat-${category})` }, 'aria-label': `${LABELS[category]}: ${items.length}` },
        h('h3', {}, h('span', { class: 'dot', 'aria-hidden': 'true' }), LABELS[category], h('span', { class: 'count' }, String(items.length))),
        h('ol', { class: 'finding-list' }, items.map(([f, i]) => renderFinding(f, i, draft))),
      );
    }),
  );
}

// ---------------------------------------------------------------- scores, metrics

function scoreClass(n) {
  return n >= 85 ? 'good' : n >= 60 ? 'fair' : 'poor';
}

function renderScores(report) {
  const overall = Math.round(report.scores.overall);
  els.overallValue.textContent = String(overall);
  els.overall.className = `overall ${scoreClass(overall)}`;
  els.overall.style.setProperty('--score', String(overall));
  els.overall.setAttribute('aria-label', `Overall score ${overall} out of 100`);
  els.scoreList.replaceChildren(
    ...CATEGORIES.filter((c) => typeof report.scores[c] === 'number').map((c) => {
      const n = Math.round(report.scores[c]);
      return h(
        'li',
        { 'data-testid': `score-${c}`, style: { '--c': `var(--cat-${c})` } },
        h('span', { class: 'score-name' }, h('span', { class: 'dot', 'aria-hidden': 'true' }), LABELS[c]),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { class: 'fill', style: { width: `${n}%` } })),
        h('span', { class: `score-value ${scoreClass(n)}`, 'data-testid': 'score-value' }, String(n)),
      );
    }),
  );
}

function renderMeta(report) {
  const { code, confidence, detected } = report.language;
  const name = LANGUAGES[code] ?? (report.language.supported === false ? `${languageName(code)}, not checked` : code);
  els.badge.textContent = detected ? `${name} · detected ${Math.round(confidence * 100)}%` : `${name} · chosen`;
  els.badge.dataset.language = code;
  const m = report.metrics;
  const bits = [`${m.words} ${m.words === 1 ? 'word' : 'words'}`, `${m.sentences} ${m.sentences === 1 ? 'sentence' : 'sentences'}`];
  if (m.readability) bits.push(`${m.readability.formula === 'lix' ? 'LIX' : 'Flesch'} ${Math.round(m.readability.score)}`);
  els.metrics.textContent = bits.join(' · ');
  const n = { error: 0, warning: 0, suggestion: 0 };
  for (const f of report.findings) n[f.severity]++;
  els.counts.replaceChildren(
    ...Object.entries(n).map(([sev, k]) => h('span', { class: `count-pill sev-${sev}`, title: `${k} ${sev}${k === 1 ? '' : 's'}` }, `${k} ${sev}${k === 1 ? '' : 's'}`)),
  );
}

// ---------------------------------------------------------------- rewrite diff

const TOKEN = /\s+|[\p{L}\p{M}\p{N}_'’]+|[^\s\p{L}\p{M}\p{N}_'’]/gu;

/**
 * Word-level diff of two strings: [type, text] runs with type '=', '-' or '+'. Common
 * prefix and suffix are cut first, so the quadratic LCS only sees the changed middle.
 */
export function diffWords(before, after) {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  const ops = a.slice(0, head).map((t) => ['=', t]);
  if (x.length * y.length > 4_000_000) {
    ops.push(...x.map((t) => ['-', t]), ...y.map((t) => ['+', t]));
  } else {
    // lcs[i][j]: the LCS length of x[i..] and y[j..]
    const w = y.length + 1;
    const lcs = new Uint32Array((x.length + 1) * w);
    for (let i = x.length - 1; i >= 0; i--) {
      for (let j = y.length - 1; j >= 0; j--) {
        lcs[i * w + j] = x[i] === y[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i] === y[j]) {
        ops.push(['=', x[i]]);
        i++;
        j++;
      } else if (j < y.length && (i === x.length || lcs[i * w + j + 1] > lcs[(i + 1) * w + j])) ops.push(['+', y[j++]]);
      else ops.push(['-', x[i++]]);
    }
  }
  ops.push(...a.slice(a.length - tail).map((t) => ['=', t]));

  // Whitespace kept between two changes reads better as part of them.
  for (let k = 1; k < ops.length - 1; k++) {
    if (ops[k][0] === '=' && /^[ \t]+$/.test(ops[k][1]) && ops[k - 1][0] !== '=' && ops[k + 1][0] !== '=') {
      ops.splice(k, 1, ['-', ops[k][1]], ['+', ops[k][1]]);
    }
  }
  // Merge: within each changed stretch, all deletions first, then all insertions.
  const runs = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) runs.push(['-', del]);
    if (ins) runs.push(['+', ins]);
    del = ins = '';
  };
  for (const [type, text] of ops) {
    if (type === '-') del += text;
    else if (type === '+') ins += text;
    else {
      flush();
      const last = runs[runs.length - 1];
      if (last && last[0] === '=') last[1] += text;
      else runs.push(['=', text]);
    }
  }
  flush();
  return runs;
}

function renderRewrite(report, draft) {
  const same = report.rewrite === draft;
  els.useRewrite.disabled = same;
  if (same) {
    els.rewrite.replaceChildren(h('p', { class: 'empty', 'data-testid': 'rewrite-same' }, 'No safe fixes to apply: the rewrite is the draft as it is.'));
    return;
  }
  els.rewrite.replaceChildren(
    ...diffWords(draft, report.rewrite).map(([type, text]) =>
      type === '=' ? document.createTextNode(text) : h(type === '+' ? 'ins' : 'del', { 'data-testid': type === '+' ? 'diff-ins' : 'diff-del' }, text),
    ),
  );
}

// ---------------------------------------------------------------- render

function render() {
  const { report, error, draft } = state;
  document.body.dataset.state = error ? 'error' : 'ready';
  delete document.body.dataset.pending;
  document.body.dataset.runs = String(state.runs);
  if (!report) {
    renderHighlights(draft, []);
    els.status.textContent = `Could not analyze: ${error?.message ?? 'unknown error'}`;
    els.status.className = 'status error';
    els.findings.replaceChildren(h('p', { class: 'empty error' }, error?.message ?? ''));
    els.rewrite.replaceChildren();
    els.subjectFindings.replaceChildren();
    els.useRewrite.disabled = true;
    return;
  }
  els.status.className = 'status';
  const ms = state.ms < 10 ? state.ms.toFixed(1) : String(Math.round(state.ms));
  const first = state.runs === 1 ? ' (first run: includes compiling the rule packs)' : '';
  els.status.textContent = `${report.findings.length} ${report.findings.length === 1 ? 'finding' : 'findings'} · analyzed in ${ms} ms${first}`;
  renderHighlights(draft, report.findings);
  renderFindings(report, draft);
  renderSubject(report);
  renderScores(report);
  renderMeta(report);
  renderRewrite(report, draft);
  renderSpelling(report);
}

// ---------------------------------------------------------------- start

function start() {
  els.legend.replaceChildren(
    ...CATEGORIES.map((c) => h('li', { style: { '--c': `var(--cat-${c})` } }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), LABELS[c])),
  );
  const locales = [...new Set(builtinProfiles().map((p) => p.locale))].sort();
  $('locales').replaceChildren(...locales.map((l) => h('option', { value: l })));
  $('time-zones').replaceChildren(...(Intl.supportedValuesOf?.('timeZone') ?? []).map((z) => h('option', { value: z })));

  els.inReplyTo.value = EXAMPLE.inReplyTo;
  els.locale.value = EXAMPLE.locale;
  els.name.value = EXAMPLE.name;
  els.subject.value = EXAMPLE.subject;
  els.draft.value = EXAMPLE.draft;

  els.draft.addEventListener('input', schedule);
  els.draft.addEventListener('scroll', syncScroll);
  els.draft.addEventListener('click', showFindingsAtCaret);
  els.draft.addEventListener('keyup', (e) => {
    if (/^(Arrow|Home|End|Page)/.test(e.key)) showFindingsAtCaret();
  });
  els.settings.addEventListener('input', schedule);
  els.subject.addEventListener('input', schedule);
  els.settings.addEventListener('change', schedule);
  els.settings.addEventListener('submit', (e) => e.preventDefault());
  els.spelling.addEventListener('change', () => {
    coach = coachForSpelling();
    analyzeNow();
  });
  els.useRewrite.addEventListener('click', () => {
    if (state.report && state.draft === els.draft.value) replaceDraft(state.report.rewrite);
    else analyzeNow();
  });
  new ResizeObserver(syncScroll).observe(els.draft);
  analyzeNow();
}

start();
