import { describe, expect, it } from 'vitest';
import { createCoach, loadPack, RulePackError, type Report, type RulePackInput } from '../src/index.js';

/**
 * The rule-engine features that let one rule catch a class of problems:
 * word classes, marked spans, context conditions, counting with graded
 * severity, and graded metrics.
 */
type RuleInput = RulePackInput['rules'][number];

const packOf = (rules: RuleInput[], extra: Partial<RulePackInput> = {}): RulePackInput => ({ language: 'en', category: 'ownership', rules, ...extra });
const examples = { bad: [{ text: '⟦x⟧' }], good: ['y'] };

function run(pack: RulePackInput, draft: string, options: Record<string, unknown> = {}): Report {
  return createCoach({ builtinPacks: false, packs: [pack] }).analyze(draft, { language: 'en', ...options });
}
const found = (r: Report, id: string) => r.findings.filter((f) => f.ruleId === id).map((f) => ({ excerpt: f.excerpt, severity: f.severity, start: f.start, end: f.end }));

describe('word classes (@name)', () => {
  const pack = packOf(
    [
      {
        id: 'en.ownership.t-deflect',
        kind: 'phrase',
        severity: 'warning',
        message: 'You send the customer to {excerpt}.',
        patterns: ['contact @party directly?', 'call @party'],
        suggestions: [],
        examples,
      },
    ],
    { classes: { party: ['your bank', 'the courier', 'the card issuer', 'them'] } },
  );

  it('match every entry of the class, multi-word entries included, and nothing else', () => {
    const draft = 'Please contact your bank directly. You could call the card issuer. Or call the shop. Contact them.';
    const r = run(pack, draft);
    const hits = found(r, 'en.ownership.t-deflect');
    expect(hits.map((h) => h.excerpt)).toEqual(['contact your bank directly', 'call the card issuer', 'Contact them']);
    for (const h of hits) expect(draft.slice(h.start, h.end)).toBe(h.excerpt);
  });

  it('an optional class may match nothing', () => {
    const p = packOf([{ id: 'en.ownership.t-opt', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['reach out @polite? soon'], suggestions: [], examples }], {
      classes: { polite: ['again', 'to us'] },
    });
    expect(found(run(p, 'Reach out soon. Reach out to us soon.'), 'en.ownership.t-opt').map((h) => h.excerpt)).toEqual(['Reach out soon', 'Reach out to us soon']);
  });

  it('an unknown class is a RulePackError naming the pack and the rule', () => {
    const bad = packOf([{ id: 'en.ownership.t-unknown', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['call @nobody'], suggestions: [], examples }]);
    expect(() => createCoach({ builtinPacks: false, packs: [bad] })).toThrow(RulePackError);
    expect(() => createCoach({ builtinPacks: false, packs: [bad] })).toThrow(/config\.packs\.0\.en\/ownership\.rules\.0: en\.ownership\.t-unknown: unknown word class "@nobody"/);
    expect(() => createCoach({ builtinPacks: false }).analyze('x', { language: 'en', packs: [bad] })).toThrow(/options\.packs\.0\..*unknown word class/);
  });

  it('class names and entries are validated', () => {
    expect(() => loadPack(packOf([], { classes: { Party: ['x'] } }))).toThrow(/classes\.Party.*lower case/);
    expect(() => loadPack(packOf([{ id: 'en.ownership.t', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['call @Bad'], suggestions: [], examples }]))).toThrow(/not a word class name/);
    const nested = packOf([{ id: 'en.ownership.t-nest', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['call @a'], suggestions: [], examples }], { classes: { a: ['@b'], b: ['x'] } });
    expect(() => createCoach({ builtinPacks: false, packs: [nested] })).toThrow(/may not use word classes/);
  });

  it('the language locale shares its classes with every pack', () => {
    // en ships @time-frame-style classes in locales/en.json once the packs use them; here a pack class shadows nothing.
    const p = packOf([{ id: 'en.ownership.t-locale', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['call @party'], suggestions: [], examples }], { classes: { party: ['us'] } });
    expect(found(run(p, 'Call us.'), 'en.ownership.t-locale')).toHaveLength(1);
  });
});

describe('marked spans (< … >)', () => {
  const pack = packOf(
    [
      {
        id: 'en.ownership.t-mark',
        kind: 'phrase',
        severity: 'warning',
        message: 'm',
        patterns: ['please? <calm down> now?', 'it <will be> reviewed|processed'],
        suggestions: ['REPLACED'],
        examples,
      },
    ],
    { category: 'empathy' },
  );

  it('the finding covers and replaces only the marked words', () => {
    const draft = 'Please calm down now. Your claim will be reviewed.';
    const r = run({ ...pack, rules: pack.rules.map((x) => ({ ...x, id: 'en.empathy.t-mark' })) }, draft);
    const hits = r.findings.filter((f) => f.ruleId === 'en.empathy.t-mark');
    expect(hits.map((h) => h.excerpt)).toEqual(['calm down']);
    expect(hits[0]!.start).toBe(7);
    expect(hits[0]!.suggestions[0]!.edits).toEqual([{ start: 7, end: 16, text: 'REPLACED' }]);
  });

  it('marks after a left-out optional word and around optional words', () => {
    const p = packOf([{ id: 'en.ownership.t-m2', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['<sadly? we> cannot', 'we <really? must> wait'], suggestions: [], examples }]);
    const r = run(p, 'Sadly we cannot. We cannot. We must wait. We really must wait.');
    expect(found(r, 'en.ownership.t-m2').map((h) => h.excerpt)).toEqual(['Sadly we', 'We', 'must', 'really must']);
  });

  it('a mark on a class covers the entry that matched', () => {
    const p = packOf([{ id: 'en.ownership.t-m3', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['ask <@party> about it'], suggestions: [], examples }], { classes: { party: ['your bank', 'the seller'] } });
    expect(found(run(p, 'Ask your bank about it.'), 'en.ownership.t-m3').map((h) => h.excerpt)).toEqual(['your bank']);
  });

  it('bad mark syntax is refused with the reason', () => {
    const bad = (pattern: string) => loadPack(packOf([{ id: 'en.ownership.t', kind: 'phrase', severity: 'warning', message: 'm', patterns: [pattern], suggestions: [], examples }]));
    expect(() => bad('<a b')).toThrow(/one "<" and one ">"/);
    expect(() => bad('a> <b')).toThrow(/"<" must come before ">"/);
    expect(() => bad('<a b>')).toThrow(/whole pattern/);
    expect(() => bad('<a?> b')).toThrow(/needs a position that is not optional/);
  });
});

describe('context conditions', () => {
  const pack = packOf(
    [
      {
        id: 'en.ownership.t-promise',
        kind: 'phrase',
        severity: 'warning',
        message: 'When?',
        patterns: ['@promise'],
        context: [{ scope: 'sentence+next', without: ['@when'] }],
        suggestions: [],
        examples,
      },
      {
        id: 'en.ownership.t-handoff',
        kind: 'phrase',
        severity: 'warning',
        message: 'Who owns it?',
        patterns: ['contact @party'],
        context: [{ scope: 'sentence', without: ["i've|i|we've passed|forwarded|sent"] }, { scope: 'draft', with: ['sorry'] }],
        suggestions: [],
        examples,
      },
    ],
    { classes: { promise: ["we'll be in touch", 'we will let you know', "i'll update you"], when: ['by friday', 'tomorrow', 'within $number hours'], party: ['your bank', 'the courier'] } },
  );

  it('a follow-up promise is flagged only without a time frame in its sentence or the next', () => {
    const draft = "We'll be in touch. It may take a while.\n\nI'll update you by Friday. We will let you know. You will hear within 24 hours. I'll update you. Thanks.\n\nWe will let you know.\n\nTomorrow it ships.";
    const hits = found(run(pack, draft), 'en.ownership.t-promise');
    expect(hits.map((h) => h.excerpt)).toEqual(["We'll be in touch", "I'll update you"]);
    expect(draft.slice(hits[1]!.start, hits[1]!.end)).toBe("I'll update you");
    expect(hits[1]!.start).toBe(draft.lastIndexOf("I'll update you"));
  });

  it('with and without combine: every condition must hold', () => {
    const r1 = run(pack, 'Sorry about that. Please contact your bank.');
    expect(found(r1, 'en.ownership.t-handoff').map((h) => h.excerpt)).toEqual(['contact your bank']);
    expect(found(run(pack, 'Please contact your bank.'), 'en.ownership.t-handoff')).toEqual([]);
    expect(found(run(pack, "Sorry. I've passed it on; contact the courier with the number."), 'en.ownership.t-handoff')).toEqual([]);
  });

  it('a condition needs with or without', () => {
    expect(() => loadPack(packOf([{ id: 'en.ownership.t', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['x'], context: [{ scope: 'sentence' }], suggestions: [], examples }]))).toThrow(
      /rules\.0\.context\.0\.with: a context condition needs `with` or `without`/,
    );
  });
});

describe('count rules: graded severity by the number of hits', () => {
  const pack = packOf(
    [
      {
        id: 'en.clarity.t-hedges',
        kind: 'count',
        severity: 'warning',
        message: '{value} hedges in one sentence.',
        patterns: ['maybe', 'perhaps', 'might', 'possibly', 'hard to say'],
        levels: [
          { min: 2, severity: 'suggestion' },
          { min: { default: 3, chat: 2 }, severity: 'warning' },
        ],
        examples,
      },
    ],
    { category: 'clarity' },
  );

  it('counts per sentence and takes the highest level reached, by channel', () => {
    const draft = 'It might arrive. It might perhaps arrive. It might possibly, perhaps, arrive; hard to say.';
    const hits = found(run(pack, draft), 'en.clarity.t-hedges');
    expect(hits.map((h) => [h.excerpt, h.severity])).toEqual([
      ['might perhaps', 'suggestion'],
      ['might possibly, perhaps, arrive; hard to say', 'warning'],
    ]);
    const chat = found(run(pack, draft, { channel: 'chat' }), 'en.clarity.t-hedges');
    expect(chat.map((h) => [h.excerpt, h.severity])).toEqual([
      ['might perhaps', 'warning'],
      ['might possibly, perhaps, arrive; hard to say', 'warning'],
    ]);
    const r = run(pack, draft);
    expect(r.findings.find((f) => f.severity === 'warning')!.message).toBe('4 hedges in one sentence.');
  });

  it('a caller override still wins over the graded severity', () => {
    const r = run(pack, 'It might perhaps arrive.', { rules: { 'en.clarity.t-hedges': 'error' } });
    expect(found(r, 'en.clarity.t-hedges').map((h) => h.severity)).toEqual(['error']);
  });

  it("the rule's severity must be its strongest level", () => {
    expect(() => loadPack({ ...pack, rules: [{ ...pack.rules[0]!, severity: 'error' }] })).toThrow(/rules\.0\.severity: the rule's severity must be the severity of one of its levels/);
  });
});

describe('metric levels', () => {
  const words = (n: number) => `${Array.from({ length: n }, (_, i) => (i === 0 ? 'Word' : 'word')).join(' ')}.`;
  const pack = packOf(
    [
      {
        id: 'en.clarity.t-long',
        kind: 'metric',
        metric: 'sentence-words',
        severity: 'warning',
        message: '{value} words (level from {limit}).',
        levels: [
          { min: { default: 30, chat: 20 }, severity: 'suggestion' },
          { min: { default: 40, chat: 25 }, severity: 'warning' },
        ],
        examples,
      },
    ],
    { category: 'clarity' },
  );

  it('grades a sentence by its length and channel', () => {
    const draft = `${words(20)} ${words(32)} ${words(45)}`;
    const r = run(pack, draft);
    expect(found(r, 'en.clarity.t-long').map((h) => h.severity)).toEqual(['suggestion', 'warning']);
    expect(r.findings.map((f) => f.message)).toEqual(['32 words (level from 30).', '45 words (level from 40).']);
    expect(found(run(pack, draft, { channel: 'chat' }), 'en.clarity.t-long').map((h) => h.severity)).toEqual(['suggestion', 'warning', 'warning']);
  });

  it('levels and max do not mix', () => {
    expect(() => loadPack({ ...pack, rules: [{ ...pack.rules[0]!, max: 30 } as RuleInput] })).toThrow(/levels: give either max or levels/);
  });
});

describe('the customer’s own words', () => {
  const pack = packOf(
    [
      { id: 'en.jargon.t-acro', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['sso|saml|apr'], unlessCustomerUses: true, suggestions: [], examples },
      { id: 'en.jargon.t-said', kind: 'phrase', severity: 'warning', message: 'm', patterns: ['refund'], context: [{ scope: 'customer', with: ['angry|furious'] }], suggestions: [], examples },
    ],
    { category: 'jargon' },
  );
  it('unlessCustomerUses: a term the customer wrote is not reported to them', () => {
    const r = run(pack, 'SAML login is fixed; SSO too.', { inReplyTo: 'My SAML login fails every morning.' });
    expect(found(r, 'en.jargon.t-acro').map((h) => h.excerpt)).toEqual(['SSO']);
  });
  it("scope 'customer' looks in the customer's message", () => {
    expect(found(run(pack, 'Your refund is sent.', { inReplyTo: 'I am furious.' }), 'en.jargon.t-said')).toHaveLength(1);
    expect(found(run(pack, 'Your refund is sent.', { inReplyTo: 'Thanks!' }), 'en.jargon.t-said')).toEqual([]);
  });
});

describe('count rules apply unless to each hit', () => {
  const pack = packOf(
    [
      {
        id: 'en.clarity.t-count-unless',
        kind: 'count',
        severity: 'warning',
        message: 'm',
        patterns: ['maybe', 'perhaps', 'might'],
        unless: ['might as well'],
        levels: [{ min: 2, severity: 'warning' }],
        examples,
      },
    ],
    { category: 'clarity' },
  );
  it('an excepted hit is not counted, and the others still are', () => {
    expect(found(run(pack, 'Maybe it arrives, perhaps today, and you might as well wait.'), 'en.clarity.t-count-unless').map((h) => h.excerpt)).toEqual(['Maybe it arrives, perhaps']);
    expect(found(run(pack, 'Maybe you might as well wait.'), 'en.clarity.t-count-unless')).toEqual([]);
  });
});

describe('findings inside a longer one of the same category', () => {
  const pack = packOf(
    [
      { id: 'en.clarity.t-long2', kind: 'metric', metric: 'sentence-words', severity: 'warning', message: 'long', max: 8, examples },
      { id: 'en.clarity.t-wordy', kind: 'phrase', severity: 'suggestion', message: 'wordy', patterns: ['in order to'], suggestions: ['to'], examples },
      { id: 'en.clarity.t-wordy2', kind: 'phrase', severity: 'warning', message: 'wordy', patterns: ['order to'], suggestions: ['to'], examples },
    ],
    { category: 'clarity' },
  );
  it('a long-sentence finding does not hide a phrase finding inside it; overlapping phrases still keep the strongest', () => {
    const draft = 'We will need to check the parcel in order to send a new one today.';
    const r = run(pack, draft);
    expect(r.findings.map((f) => [f.ruleId, f.excerpt])).toEqual([
      ['en.clarity.t-long2', draft],
      ['en.clarity.t-wordy2', 'order to'],
    ]);
  });
});
