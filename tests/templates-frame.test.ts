import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/index.js';

/**
 * Real canned responses and email templates (osTicket translations, GPL-2.0) from
 * ../shared/corpus: read at run time, never copied into the repository.
 */
const FILE = resolve(__dirname, '../../shared/corpus/templates/osticket.jsonl');

interface Template {
  id: string;
  lang: string;
  kind: string;
  text_plain: string;
}

const templates: Template[] = existsSync(FILE)
  ? readFileSync(FILE, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Template)
      .filter((t) => ['en', 'pl', 'cs', 'sk'].includes(t.lang))
  : [];

/** What each template has, read from its text: these must not be reported missing. */
const HAS: Record<string, Element[]> = {
  'premade:2': ['greeting'],
  'email:ticket.autoresp': ['greeting', 'sign-off', 'closing-offer'],
  'email:ticket.autoreply': ['greeting', 'sign-off', 'closing-offer'],
  'email:ticket.reply': ['greeting', 'sign-off', 'closing-offer'],
  // The footer only says where to follow the request: no offer of further help.
  'email:message.autoresp': ['greeting', 'sign-off'],
  'email:ticket.notice': ['greeting', 'sign-off', 'closing-offer'],
  'email:ticket.overlimit': ['greeting', 'sign-off', 'closing-offer'],
  // No signature: a notice to collaborators.
  'email:ticket.activity.notice': ['greeting', 'closing-offer'],
};

/**
 * Closing offers phrased as an instruction to log in ("simply login", "zaloguj się", "prihláste sa") are pack data
 * (the language's `present` patterns), not the frame: listed here until the packs know them.
 */
const PACK_DATA_PENDING = new Set(['en:email:ticket.overlimit closing-offer', 'pl:email:ticket.overlimit closing-offer', 'sk:email:ticket.overlimit closing-offer']);

type Element = 'greeting' | 'sign-off' | 'closing-offer';
const ELEMENT = /\.personalization\.missing-(sign-off|closing-offer|greeting)(?:-[a-z]+)*$/;

describe.skipIf(templates.length === 0)('the frame of real templates (osTicket en, pl, cs, sk)', () => {
  for (const t of templates) {
    const key = t.id.split(':').slice(2).join(':');
    const has = HAS[key] ?? [];
    test(`${t.id}: ${has.join(', ') || 'nothing to check'}`, () => {
      const report = analyze(t.text_plain, { language: t.lang, channel: 'email', template: true });
      const missing = report.findings.flatMap((f) => {
        const element = ELEMENT.exec(f.ruleId)?.[1] as Element | undefined;
        return element && has.includes(element) && !PACK_DATA_PENDING.has(`${t.lang}:${key} ${element}`) ? [`${f.ruleId} at ${f.start}`] : [];
      });
      expect(missing).toEqual([]);
      // Whatever is inserted goes before the signature, never after it.
      const signature = t.text_plain.indexOf('%{signature}');
      if (signature >= 0) {
        const after = report.findings.filter((f) => f.category === 'personalization' && f.start === f.end && f.start > signature);
        expect(after.map((f) => f.ruleId)).toEqual([]);
      }
    });
  }
});
