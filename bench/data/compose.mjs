// Deterministic composition of synthetic support replies from sentence banks
// (banks-<lang>.mjs). No Math.random: everything is driven by a seeded PRNG.
//
// Template syntax inside bank sentences:
//   {name} {title} {agent} {order} {day}  — filled from the bank's lists
//   {male|female}                          — alternative chosen by the customer's gender
//   [male|female]                          — alternative chosen by the agent's gender

/** mulberry32: a tiny 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whitespace-separated tokens, the word count used throughout the benchmark. */
export function countWords(text) {
  return (text.match(/\S+/g) ?? []).length;
}

const pick = (rng, xs) => xs[Math.floor(rng() * xs.length)];
const between = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));

/** Fisher–Yates on a copy. */
export function shuffled(rng, xs) {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Fill one template for a reply context `{ g, ag, name, title, agent, order, day }`. */
export function fill(template, ctx) {
  return template
    .replace(/\{([^{}|]*)\|([^{}]*)\}/g, (_, m, f) => (ctx.g === 'f' ? f : m))
    .replace(/\[([^[\]|]*)\|([^[\]]*)\]/g, (_, m, f) => (ctx.ag === 'f' ? f : m))
    .replace(/\{(name|title|agent|order|day)\}/g, (_, key) => ctx[key] ?? '');
}

const textOf = (entry) => (typeof entry === 'string' ? entry : entry.text);

/** A fresh context: agent, customer gender, names, order number, weekday. */
export function makeContext(bank, rng, greetingEntry) {
  const agent = pick(rng, bank.agents);
  return {
    g: greetingEntry?.g || (rng() < 0.5 ? 'm' : 'f'),
    ag: agent.g ?? 'm',
    agent: agent.name,
    name: bank.names ? pick(rng, bank.names) : '',
    title: bank.titles ? pick(rng, bank.titles) : '',
    order: `${bank.orderPrefix ?? '#'}${between(rng, 10000, 99999)}`,
    day: pick(rng, bank.days),
  };
}

/** Insert weak sentences (from distinct categories) at random places in the paragraphs. */
function injectWeak(bank, rng, paragraphs, n) {
  const cats = shuffled(rng, Object.keys(bank.weak.body)).slice(0, n);
  for (const cat of cats) {
    const para = paragraphs[Math.floor(rng() * paragraphs.length)];
    para.splice(Math.floor(rng() * (para.length + 1)), 0, pick(rng, bank.weak.body[cat]));
  }
  return cats;
}

const SIZES = {
  short: { ack: [1, 1], explain: [1, 2], next: [1, 1], topics: 1 },
  medium: { ack: [1, 2], explain: [2, 3], next: [1, 2], topics: 1 },
  long: { ack: [1, 2], explain: [4, 6], next: [2, 3], topics: 2 },
  xl: { ack: [2, 2], explain: [7, 10], next: [3, 4], topics: 2 },
};

/** One email-style reply: greeting, 2–4 body paragraphs, optional closing, sign-off. */
function composeEmail(bank, rng, { weak, size }) {
  const greetingEntry = weak && rng() < 0.4 ? pick(rng, bank.weak.greetings) : pick(rng, bank.greetings);
  const ctx = makeContext(bank, rng, greetingEntry);
  const spec = SIZES[size];
  const topics = shuffled(rng, Object.keys(bank.topics)).slice(0, spec.topics);
  const perTopic = topics.map((t) => shuffled(rng, bank.topics[t].explain));
  const nexts = [...topics.flatMap((t) => shuffled(rng, bank.topics[t].next)).slice(0, 2), ...shuffled(rng, bank.next)];

  const acks = weak && rng() < 0.3 ? [] : shuffled(rng, bank.ack).slice(0, between(rng, ...spec.ack));
  // Explanations: the first topic gets about 60 %, the rest goes to the second topic.
  const nExplain = between(rng, ...spec.explain);
  const firstShare = topics.length > 1 ? Math.min(perTopic[0].length, Math.ceil(nExplain * 0.6)) : nExplain;
  const bodies = [perTopic[0].slice(0, firstShare)];
  if (topics.length > 1) bodies.push(perTopic[1].slice(0, nExplain - firstShare));
  const body = bodies.flat();
  const steps = shuffled(rng, nexts.slice(0, spec.next[1] + 1)).slice(0, between(rng, ...spec.next));

  let paragraphs;
  if (size === 'short') paragraphs = rng() < 0.5 ? [[...acks, ...body, ...steps]] : [[...acks, ...body], steps];
  else if (size === 'medium') paragraphs = [[...acks, body[0]], body.slice(1), steps];
  else {
    // One group of paragraphs per topic, about three sentences each; the second
    // topic opens with a transition sentence.
    paragraphs = [acks];
    bodies.forEach((b, k) => {
      const sentences = k > 0 && b.length ? [pick(rng, bank.transitions), ...b] : b;
      const per = Math.ceil(sentences.length / Math.max(1, Math.round(sentences.length / 3)));
      for (let i = 0; i < sentences.length; i += per) paragraphs.push(sentences.slice(i, i + per));
    });
    paragraphs.push(steps);
  }
  paragraphs = paragraphs.filter((p) => p.length);
  const weaknesses = weak ? injectWeak(bank, rng, paragraphs, between(rng, 1, 3)) : [];

  const closingRoll = rng();
  let closing = null;
  if (closingRoll < 0.8) closing = weak && rng() < 0.5 ? pick(rng, bank.weak.closings) : pick(rng, bank.closings);
  const parts = [textOf(greetingEntry), ...paragraphs.map((p) => p.join(' '))];
  if (closing) {
    if (rng() < 0.6) parts.push(closing);
    else parts[parts.length - 1] += ` ${closing}`;
  }
  parts.push(pick(rng, bank.signoffs));
  return { text: fill(parts.join('\n\n'), ctx), topics, weaknesses };
}

/** One chat-style reply: a few short lines, no paragraphs, optional sign-off. */
function composeChat(bank, rng, { weak }) {
  const greetingEntry = rng() < 0.7 ? (weak && rng() < 0.4 ? pick(rng, bank.weak.greetings) : pick(rng, bank.chatGreetings)) : null;
  const ctx = makeContext(bank, rng, greetingEntry);
  const topic = pick(rng, Object.keys(bank.topics));
  const lines = [];
  if (rng() < 0.6) lines.push(pick(rng, bank.ack));
  lines.push(...shuffled(rng, bank.topics[topic].explain).slice(0, between(rng, 1, 2)));
  lines.push(pick(rng, bank.topics[topic].next));
  const paragraphs = [lines];
  const weaknesses = weak ? injectWeak(bank, rng, paragraphs, between(rng, 1, 2)) : [];
  if (rng() < 0.6) lines.push(pick(rng, bank.chatClosings));
  const sep = rng() < 0.5 ? '\n' : ' ';
  let text = (greetingEntry ? textOf(greetingEntry) + sep : '') + lines.join(sep);
  if (rng() < 0.3) text += `\n${pick(rng, bank.chatSignoffs)}`;
  return { text: fill(text, ctx), topics: [topic], weaknesses };
}

/** The size after `name` in the `sizes` table (its keys are ordered from short to long). */
function nextSize(sizes, name) {
  const keys = Object.keys(sizes);
  return keys[Math.min(keys.indexOf(name) + 1, keys.length - 1)];
}

/**
 * Generate `count` distinct replies from `bank`.
 * @returns {Array<{ text, words, style: 'email'|'chat', size, weak: boolean, weaknesses: string[], topics: string[] }>}
 * `weak` replies contain 1–3 sentences from the bank's weak categories (listed in
 * `weaknesses`); the others are composed from good sentences only (a weak reply may
 * additionally use a weak greeting or closing).
 */
export function generateReplies(bank, { count, seed, min, max, weakShare = 0.4, chatShare = 0.15, sizes = { short: 0.35, medium: 0.4, long: 0.25 } }) {
  const rng = mulberry32(seed);
  const seen = new Set();
  const out = [];
  for (let attempts = 0; out.length < count; attempts++) {
    if (attempts > count * 50) throw new Error(`could not compose ${count} distinct ${bank.lang} replies within ${min}–${max} words`);
    const weak = rng() < weakShare;
    const style = rng() < chatShare ? 'chat' : 'email';
    const r = rng();
    let size = 'short';
    if (style === 'email') {
      let acc = 0;
      for (const [name, share] of Object.entries(sizes)) if (r >= (acc += share)) size = nextSize(sizes, name);
    }
    const reply = style === 'chat' ? composeChat(bank, rng, { weak }) : composeEmail(bank, rng, { weak, size });
    const words = countWords(reply.text);
    if (words < min || words > max || seen.has(reply.text)) continue;
    seen.add(reply.text);
    out.push({ text: reply.text, words, style, size, weak, weaknesses: reply.weaknesses, topics: reply.topics });
  }
  return out;
}

/** Every distinct sentence template in a bank (for stats and for lengthDraft). */
export function bankSentences(bank) {
  const good = [...bank.ack, ...Object.values(bank.topics).flatMap((t) => [...t.explain, ...t.next]), ...bank.next, ...bank.closings];
  const weak = Object.values(bank.weak.body).flat();
  return { good, weak };
}
