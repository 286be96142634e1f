import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { describe, expect, it } from 'vitest';
import { DETECTION_CANDIDATES, makeDetector } from '../src/detect/detect.js';
import { makeRanker } from '../src/detect/ranker.js';
import { makeProfiler } from '../src/detect/text-profile.js';
import ours from '../src/detect/detect-languages.json' with { type: 'json' };

/** The ranker must give franc's own answer, number for number, for both lists detection asks with. */
const ONLY = Object.keys(ours);
const WIDE = [...DETECTION_CANDIDATES];
const rank = makeRanker(data, expressions, WIDE);

const fixtures = join(import.meta.dirname, 'fixtures', 'detection');
const fixtureTexts = readdirSync(fixtures).flatMap((f) => {
  const { short, long } = JSON.parse(readFileSync(join(fixtures, f), 'utf8')) as { short: string[]; long: string[] };
  return [...short, ...long];
});

const odd = [
  '',
  'short',
  '1234567890 !!! ???',
  '   \n\t  ',
  'Hallo, Ihre Bestellung wurde gestern verschickt. Vielen Dank für Ihre Geduld!',
  'Hola, su pedido fue enviado ayer. ¡Gracias por su paciencia!',
  'Здравствуйте, ваш заказ был отправлен вчера. Спасибо за терпение!',
  'Буюртмангиз эртага юборилади, раҳмат!',
  '您好，您的订单已于昨天发货。感谢您的耐心等待！',
  'こんにちは、ご注文の商品は昨日発送されました。',
  '안녕하세요, 주문하신 상품이 어제 발송되었습니다.',
  'مرحبا، تم شحن طلبك أمس. شكرا لصبرك!',
  'שלום, ההזמנה שלך נשלחה אתמול. תודה על הסבלנות!',
  'नमस्ते, आपका ऑर्डर कल भेज दिया गया था।',
  'สวัสดีค่ะ คำสั่งซื้อของคุณถูกส่งเมื่อวานนี้',
  'Γεια σας, η παραγγελία σας στάλθηκε χθες.',
  'İstanbul şubemiz siparişinizi dün gönderdi, teşekkürler 🙏 ’quoted’ “text”',
  'Mixed: 订单 order shipped — Ваш заказ 🚚',
  `${'Thanks for waiting, we shipped it. '.repeat(80)}`,
];

function expectSame(texts: string[]): void {
  for (const text of texts) {
    for (const only of [ONLY, WIDE]) {
      expect(rank(text, { only, minLength: 8 }), text.slice(0, 60)).toEqual(francAll(text, { only, minLength: 8 }));
    }
  }
}

describe('the trigram ranker', () => {
  it('ranks exactly as franc on the detection fixtures and on text in every script detection knows', () => {
    expectSame([...fixtureTexts, ...odd]);
  });

  const corpus = join(import.meta.dirname, '..', '..', 'shared', 'corpus');
  it.skipIf(!existsSync(corpus))('ranks exactly as franc on a spread of the real replies (en, de, es, fr)', () => {
    const texts = readdirSync(corpus)
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(join(corpus, f), 'utf8').split('\n').filter(Boolean))
      .map((line) => JSON.parse(line) as { reply?: string; text?: string })
      .map((row) => row.reply ?? row.text ?? '');
    // Every 7th line keeps the test quick and still covers each file.
    expectSame(texts.filter((_, i) => i % 7 === 0));
  });

  // Every character of the Basic Multilingual Plane; beyond it a spread, and every cased letter of Deseret (lower case of its own).
  const points: number[] = [];
  for (let c = 0; c <= 0xffff; c++) points.push(c);
  for (let c = 0x10000; c <= 0x3ffff; c += 97) points.push(c);
  for (let c = 0x10400; c <= 0x1044f; c++) points.push(c);
  const chars = points.map((c) => String.fromCodePoint(c));
  const chunks = (parts: string[], size: number) => Array.from({ length: Math.ceil(parts.length / size) }, (_, i) => parts.slice(i * size, (i + 1) * size).join(''));

  it('counts every character in the scripts franc counts it in', () => {
    const profile = makeProfiler(expressions);
    const scripts = Object.keys(expressions);
    for (const text of chunks(chars, 2000)) {
      const counts = [...profile(text).counts];
      expect(counts, text.slice(0, 8)).toEqual(scripts.map((s) => text.match(expressions[s]!)?.length ?? 0));
    }
  });

  it('cleans and lower-cases every character as franc does', () => {
    // A character next to its upper case makes one trigram twice ("b?c", "b? ") when, and only when, both lower-case
    // alike, inside a word and at its end (where Σ is ς).
    const texts = chunks(
      chars.map((char) => ` ab${char}cd ab${char.toUpperCase()}cd ab${char} ab${char.toUpperCase()}`),
      64,
    );
    // Whole within the 2,048 characters franc reads.
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(2048);
    const same = (a: [string, number][], b: [string, number][]) => a.length === b.length && a.every((x, i) => x[0] === b[i]![0] && x[1] === b[i]![1]);
    expect(texts.filter((t) => !same(rank(t, { only: WIDE, minLength: 8 }), francAll(t, { only: WIDE, minLength: 8 })))).toEqual([]);
  });

  it('gives the detector the same answers as franc does (Node ranks with it, the browser bundle with franc)', () => {
    const others = (JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'detection-other', 'drafts.json'), 'utf8')) as { drafts: { text: string }[] }).drafts.map((d) => d.text);
    const withRanker = makeDetector(() => makeRanker(data, expressions, WIDE));
    const withFranc = makeDetector(() => francAll);
    for (const text of [...fixtureTexts, ...others, ...odd, 'Hi {{ticket.requester.name}}, your order left today and arrives tomorrow, thanks for waiting.']) {
      expect(withRanker(text), text.slice(0, 60)).toEqual(withFranc(text));
    }
  });

  it('refuses a language it has no tables for, where franc would have answered', () => {
    expect(() => rank('Bonjour, votre commande est partie hier.', { only: ['eng', 'xyz'], minLength: 8 })).toThrow(/xyz/);
  });
});
