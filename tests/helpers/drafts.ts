import fc from 'fast-check';

/**
 * Random drafts in the five languages, built from pieces that trigger rules
 * (refusals, missing greetings, promises, emoji, placeholders) and names of
 * every shape, for the rewrite properties (tests/fixpoint.test.ts, npm run fuzz).
 */
export const LANGUAGES = ['en', 'pl', 'cs', 'sk', 'uz'] as const;
export type Language = (typeof LANGUAGES)[number];

export const NAMES = [
  'Anna Kowalska', 'J.R. Smith', 'Smith, John', 'St. John', 'Ma. Cristina', '@annak', 'john_doe', 'anna@example.com',
  "Seán O'Brien", 'Jean-Luc Picard', 'Tanaka Kenji', 'Zuzana Nováková', 'Jiří Dvořák', 'Bobur Karimov', 'Anna 😀', 'X',
];

const PIECES: Record<Language, { greetings: string[]; sentences: string[]; closings: string[] }> = {
  en: {
    greetings: ['Hi {name},', 'Hello,', 'Dear {name},', 'Hey', 'Good morning {name},', ''],
    sentences: [
      "Unfortunately we can't refund discounted products.", 'Sorry, but you must send the receipt first.', "We'll get back to you.",
      'Your ticket has been escalated to tier 2.', 'Please contact your bank directly.', 'It might possibly arrive soon!!', 'THIS IS URGENT.',
      "I've sent a replacement today; it arrives by Friday.", 'We apologize for any inconvenience.', 'No worries 😀', 'Calm down, it happens.',
      'The SLA is 48h.', 'Thanks for your patience!', "You didn't read the FAQ.", '{{ticket.id}} is open.',
    ],
    closings: ['Best regards,\nJordan', 'Thanks,\nSam', 'Kind regards', 'Let me know if you need anything else.', ''],
  },
  pl: {
    greetings: ['Dzień dobry,', 'Dzień dobry {name},', 'Cześć,', 'Szanowna Pani,', ''],
    sentences: [
      'Niestety nie możemy zwrócić pieniędzy.', 'Musi Pan sam skontaktować się z kurierem.', 'Odezwiemy się.', 'Niestety się spóźnimy.',
      'Przepraszamy za utrudnienia.', 'Zgłoszenie zostało przekazane do właściwego działu.', 'Ticket ma numer 123.', 'Dzięki!!', 'Prześlij paragon 😀',
    ],
    closings: ['Pozdrawiam,\nAnna', 'Z poważaniem', 'W razie pytań proszę o kontakt.', ''],
  },
  cs: {
    greetings: ['Dobrý den,', 'Dobrý den {name},', 'Ahoj,', ''],
    sentences: [
      'Bohužel Vám nemůžeme vrátit peníze.', 'Musíte to vyřešit přímo s dopravcem.', 'Ozveme se.', 'Prostě ho restartujte!',
      'Omlouváme se za komplikace.', 'Požadavek byl předán k dalšímu zpracování.', 'Během výpadku nefungoval ticket.', 'Díky 😀',
    ],
    closings: ['S pozdravem,\nPetr', 'Děkujeme', 'Pokud byste cokoli potřebovali, napište mi.', ''],
  },
  sk: {
    greetings: ['Dobrý deň,', 'Dobrý deň {name},', 'Ahoj,', ''],
    sentences: [
      'Žiaľ, sa to nepodarilo.', 'Obráťte sa priamo na dopravcu.', 'Ozveme sa.', 'Bohužiaľ nemôžeme vrátiť peniaze!!',
      'Ospravedlňujeme sa za komplikácie.', 'Ticket bol eskalovaný na L2.', 'Ďakujem 😀',
    ],
    closings: ['S pozdravom,\nJana', 'Ďakujeme', 'Ak budete niečo potrebovať, napíšte nám.', ''],
  },
  uz: {
    greetings: ['Assalomu alaykum,', 'Hurmatli {name},', 'Салом,', ''],
    sentences: [
      "Afsuski, pulni qaytara olmaymiz.", "Bu bizning bo'lim emas.", 'Xabar beramiz.', 'Afsuski ozgartira olmaymiz!!',
      'Noqulaylik uchun uzr.', 'Афсуски, пулни қайтара олмаймиз.', 'Рахмат 😀',
    ],
    closings: ['Hurmat bilan,\nDilnoza', 'Rahmat', "Savollaringiz bo'lsa, yozing.", ''],
  },
};

export interface FuzzDraft {
  language: Language;
  text: string;
  options: { language: Language; channel: 'email' | 'chat' | 'social'; audience?: { name: string; formality?: 'formal' | 'informal' }; inReplyTo?: string };
}

export const draftArb: fc.Arbitrary<FuzzDraft> = fc
  .record({
    language: fc.constantFrom(...LANGUAGES),
    name: fc.option(fc.constantFrom(...NAMES), { nil: undefined }),
    channel: fc.constantFrom('email' as const, 'chat' as const, 'social' as const),
    upset: fc.boolean(),
    pick: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    greeting: fc.nat(),
    closing: fc.nat(),
    noise: fc.constantFrom('', ' ', '!', ' 😀', '\n', '\u200b', ' {{ticket.requester.first_name}}'),
  })
  .map(({ language, name, channel, upset, pick, greeting, closing, noise }) => {
    const p = PIECES[language];
    const g = p.greetings[greeting % p.greetings.length]!.replace('{name}', name ?? 'Anna');
    const body = pick.map((i) => p.sentences[i % p.sentences.length]!).join(i2s(pick[0]!));
    const c = p.closings[closing % p.closings.length]!;
    const text = [g, body + noise, c].filter(Boolean).join('\n\n');
    const options: FuzzDraft['options'] = { language, channel };
    if (name) options.audience = { name };
    if (upset) options.inReplyTo = 'This is the third time! Unacceptable, I want a refund now.';
    return { language, text, options };
  });

/** Sentences in one paragraph or on separate lines. */
function i2s(n: number): string {
  return n % 3 === 0 ? '\n' : ' ';
}
