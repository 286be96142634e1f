import { mkdtempSync, rmSync, writeFileSync, createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRows, shapeOf, whereText, type ReadIssue, type ReadOptions, type ReadStats } from '../src/audit/readers/index.js';
import { parseMap } from '../src/audit/readers/map.js';
import { signOff } from '../src/audit/readers/twcs.js';
import type { SequencedRow } from '../src/audit/schema.js';

/** The audit's readers on small synthetic exports that use each vendor's documented field names. */
const fixtures = join(import.meta.dirname, 'fixtures', 'audit');
const fixture = (name: string) => join(fixtures, name);
const tmp = mkdtempSync(join(tmpdir(), 'audit-readers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function read(files: string[], options: ReadOptions = {}) {
  const issues: ReadIssue[] = [];
  const stats: ReadStats = { records: 0, rows: 0, bad: 0 };
  const rows: SequencedRow[] = [];
  for await (const row of readRows(files, { ...options, onIssue: (i) => issues.push(i) }, stats)) rows.push(row);
  return { rows, byId: new Map(rows.map((r) => [r.row.id, r.row])), issues: issues.map((i) => `${whereText(i.where).replace(`${fixtures}/`, '').replace(`${tmp}/`, '')}: ${i.message}`), stats };
}

describe('Zendesk tickets with comments', () => {
  it('takes public agent comments as replies, leaves internal notes out, answers the last end-user comment', async () => {
    const { rows, byId, issues } = await read([fixture('zendesk-export.jsonl')]);
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.row.id)).toEqual(['101/3', '101/5', '102/11']);
    expect(rows.some((r) => r.row.reply.includes('payment log'))).toBe(false); // comment 2 is private
    expect(byId.get('101/3')).toMatchObject({ agent: '7001', team: '360001', at: '2026-11-02T09:30:00Z', channel: 'email', inReplyTo: 'I was charged twice for order 5521. Please refund one of the charges.' });
    expect(byId.get('101/5')).toMatchObject({ agent: '7002', inReplyTo: 'Thank you! Will I get an email confirmation?' });
    // html_body only: read as text, paragraphs kept apart.
    expect(byId.get('102/11')!.reply).toBe('Hi Lee,\n\nSorry about that. I have sent you a new link that is valid for 24 hours. Let me know if it works.\n\nSam');
    // The customer wrote the subject of a ticket they opened: it is not the agent's to be marked on.
    expect(rows.every((r) => r.row.subject === undefined)).toBe(true);
  });

  it('names agents, teams and the requester from side-loaded users and groups, even when they come after the tickets', async () => {
    const { rows, issues } = await read([fixture('zendesk-page.json')]);
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.row)).toEqual([
      expect.objectContaining({ id: '201/21', agent: 'Mia Novak', team: 'Billing', customerName: 'Ana Silva', locale: 'pt-BR', subject: 'Your subscription renewal' }),
      expect.objectContaining({ id: '201/24', agent: 'Jon Berg', inReplyTo: 'Can I switch to the yearly plan?' }),
    ]);
    // The agent opened this ticket, so its first reply answers nothing and carries the subject; the second does not.
    expect(rows[0]!.row.inReplyTo).toBeUndefined();
    expect(rows[1]!.row.subject).toBeUndefined();
  });
});

describe('Freshdesk tickets with conversations', () => {
  it('takes outgoing public conversations as replies, skips private notes, answers the latest incoming message', async () => {
    const { rows, byId, issues } = await read([fixture('freshdesk-tickets.json')]);
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.row.id)).toEqual(['301/32', '301/34', '302/description']);
    expect(byId.get('301/32')).toMatchObject({ agent: '6001', team: '4001', customerName: 'Priya Shah', inReplyTo: 'My parcel was due on Monday and has not arrived.' });
    expect(byId.get('301/34')).toMatchObject({ agent: '6002', inReplyTo: 'It still has not come.' });
    expect(rows.some((r) => r.row.reply.includes('van broke down'))).toBe(false);
    // An outbound email ticket (source 10) opens with the agent's own message and subject.
    expect(byId.get('302/description')).toMatchObject({ agent: '6002', subject: 'Your invoice for November', reply: 'Hello Tom,\nYour November invoice is attached. Payment is due by 10 December.' });
  });
});

describe('Help Scout conversations with threads', () => {
  it('reads threads oldest first, keeps published user replies as text, leaves notes and drafts out', async () => {
    const { rows, byId, issues } = await read([fixture('helpscout-conversations.json')]);
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.row.id)).toEqual(['501/53', '502/62']);
    expect(byId.get('501/53')).toEqual({
      id: '501/53',
      reply: 'Hi Eva,\n\nI have reset your account, so you can log in again now. Let me know if anything else comes up.',
      agent: 'Ola Berg',
      team: '77',
      at: '2026-11-30T10:30:00Z',
      inReplyTo: 'I cannot log in since this morning & I need my files.',
      channel: 'email',
      customerName: 'Eva Lind',
    });
    expect(byId.get('502/62')).toMatchObject({ agent: 'Kim Roe', channel: 'chat', inReplyTo: 'How do I export my data?' });
  });

  it('reads one conversation (Get Conversation) as one record, and conversations one per line', async () => {
    const page = JSON.parse(readFileSync(fixture('helpscout-conversations.json'), 'utf8'));
    writeFileSync(join(tmp, 'one.json'), JSON.stringify(page._embedded.conversations[0], null, 2));
    writeFileSync(join(tmp, 'lines.jsonl'), page._embedded.conversations.map((c: unknown) => JSON.stringify(c)).join('\n'));
    expect((await read([join(tmp, 'one.json')])).rows.map((r) => r.row.id)).toEqual(['501/53']);
    expect((await read([join(tmp, 'lines.jsonl')])).rows.map((r) => r.row.id)).toEqual(['501/53', '502/62']);
  });
});

describe('generic exports with --map', () => {
  it('reads CSV with a byte order mark, CRLF, quoted commas, quotes and line breaks; a bad record is reported with its line', async () => {
    const { rows, issues, stats } = await read([fixture('generic.csv')], { map: 'reply=body,agent=author,at=created_at,customer=prev_message' });
    expect(issues).toEqual(['generic.csv:4: Invalid Record Length: expect 6, got 7']);
    expect(stats).toEqual({ records: 3, rows: 3, bad: 1 });
    expect(rows.map((r) => r.row)).toEqual([
      { id: 'c1', reply: 'Hi Jo,\r\nthanks for waiting, your order ships today.', agent: '=HYPERLINK("http://x")', team: 'Support', at: '2026-11-02T10:00:00Z', inReplyTo: 'Where is my order, "please"?' },
      { id: 'c3', reply: 'We cannot help with that, unfortunately.', agent: '+agent', team: 'Support', at: '2026-11-09T10:00:00Z', inReplyTo: 'Can you fix my bill?' },
      { id: 'c4', reply: 'No worries, done!', agent: '-agent', team: '@team', at: '2026-11-16T10:00:00Z' },
    ]);
  });

  it('gives line numbers right after quoted line breaks and empty lines (LF), and for a quote left open', async () => {
    writeFileSync(join(tmp, 'lf.csv'), 'reply,agent\n"one\ntwo\nthree",a\n\nfine,b\nbroken,c,d\nlast,e\n"open quote,f\n');
    const { rows, issues } = await read([join(tmp, 'lf.csv')]);
    expect(rows.map((r) => r.row.id)).toEqual(['lf.csv:2', 'lf.csv:6', 'lf.csv:8']);
    expect(issues).toEqual(['lf.csv:7: Invalid Record Length: expect 2, got 3', expect.stringMatching(/^lf\.csv:9: Quote Not Closed/)]);
  });

  it('reads dotted paths from JSON Lines; lines that are not JSON, have no reply or a bad channel are reported and counted', async () => {
    const { rows, issues, stats } = await read([fixture('generic.jsonl')], { map: 'id=ticket,reply=message.text,agent=author.name,at=sent,customer=customer.said' });
    expect(rows.map((r) => r.row)).toEqual([
      { id: 'g1', reply: 'Hello Max, I have updated your address. Have a good day!', agent: 'Rita', team: 'Care', at: '2026-11-02T10:00:00Z', inReplyTo: 'Please change my address.' },
      { id: 'g2', reply: 'Obviously that is wrong, you have to reinstall.', agent: 'Bo', team: 'Care', at: '2026-11-03T10:00:00Z' },
    ]);
    expect(issues).toEqual([
      expect.stringMatching(/^generic\.jsonl:3: not JSON: /),
      'generic.jsonl:4: no reply text at "message.text"',
      'generic.jsonl:5: channel: Invalid option: expected one of "email"|"chat"|"social"|"sms"|"voice"',
    ]);
    expect(stats).toEqual({ records: 4, rows: 2, bad: 3 });
  });

  it('names the fields a mapping may use when one is unknown', () => {
    expect(parseMap('reply=body,customer=prev,name=who')).toMatchObject({ reply: 'body', inReplyTo: 'prev', customerName: 'who', agent: 'agent' });
    expect(() => parseMap('replies=body')).toThrow('--map: no field "replies"; fields are id, reply, agent');
    expect(() => parseMap('reply=')).toThrow('--map: "reply" needs a column or key after =');
  });

  it('reads a whole-file JSON array; a document that breaks off loses only the rest of its own file', async () => {
    writeFileSync(join(tmp, 'array.json'), JSON.stringify([{ reply: 'First reply.' }, { reply: 'Second reply.', agent: 7 }]));
    writeFileSync(join(tmp, 'broken.json'), '[{"reply": "Kept."}, {"reply": "cut off');
    const { rows, issues } = await read([join(tmp, 'broken.json'), join(tmp, 'array.json')]);
    expect(rows.map((r) => [r.seq, r.row.id, r.row.reply, r.row.agent])).toEqual([
      [0, 'broken.json:[0]', 'Kept.', undefined],
      [1, 'array.json:[0]', 'First reply.', undefined],
      [2, 'array.json:[1]', 'Second reply.', '7'],
    ]);
    expect(issues).toEqual([expect.stringMatching(/^broken\.json: stopped reading: /)]);
  });
});

describe('reading many files', () => {
  it('numbers rows across files without gaps, tells each file its format, and stops at the limit', async () => {
    const files = [fixture('zendesk-export.jsonl'), fixture('freshdesk-tickets.json'), fixture('helpscout-conversations.json'), fixture('pairs-en.jsonl')];
    const all = await read(files);
    expect(all.rows.map((r) => r.seq)).toEqual([...Array(12).keys()]);
    expect(all.rows.map((r) => r.row.id.split('/')[0]!.split(':')[0])).toEqual(['101', '101', '102', '301', '301', '302', '501', '502', 'twcs', 'twcs', 'twcs', 'ibmcdp']);
    const limited = await read(files, { limit: 4 });
    expect(limited.rows.map((r) => r.row.id)).toEqual(['101/3', '101/5', '102/11', '301/32']);
  });

  it('tells an export by its first record', () => {
    expect(shapeOf({ id: 1, comments: [] })).toBe('zendesk');
    expect(shapeOf({ ticket: { id: 1, comments: [] } })).toBe('zendesk');
    expect(shapeOf({ id: 1, conversations: [] })).toBe('freshdesk');
    expect(shapeOf({ id: 1, _embedded: { threads: [] } })).toBe('helpscout');
    expect(shapeOf({ id: 'twcs:Brand:1>2', reply: 'x' })).toBe('twcs');
    expect(shapeOf({ id: 'twcs:Brand:1>2', body: 'x' })).toBe('generic');
    expect(shapeOf(['x'])).toBe('generic');
  });
});

describe('the Twitter corpus', () => {
  it('takes the brand as the team, the sign-off as the agent within it, the customer tweet as the message answered', async () => {
    const { rows } = await read([fixture('pairs-en.jsonl')], { format: 'twcs' });
    expect(rows[0]!.row).toEqual({
      id: 'twcs:ExampleAir:11>12',
      reply: 'So sorry to hear that! Please DM us your bag tag number and we will track it down. ^KL',
      agent: 'ExampleAir ^KL',
      team: 'ExampleAir',
      inReplyTo: 'my bag never showed up at the carousel',
      channel: 'social',
      language: 'en',
    });
    expect(rows.map((r) => r.row.agent)).toEqual(['ExampleAir ^KL', 'ExampleAir -Rosa', undefined, 'ExampleBank *TB']);
  });

  it('finds sign-offs, not dashes or words that end a sentence', () => {
    expect(signOff('Thanks! ^JK')).toBe('^JK');
    expect(signOff('We are on it.\n^HSB')).toBe('^HSB');
    expect(signOff('Keep us posted /LS')).toBe('/LS');
    expect(signOff('Can you DM us? ~ Ellen')).toBe('~Ellen');
    expect(signOff('Delivery takes 3-5 days')).toBeUndefined();
    expect(signOff('Try the app - Settings menu')).toBeUndefined();
    expect(signOff('No sign-off here.')).toBeUndefined();
  });
});

describe('streaming', () => {
  it('reads a 50 MB JSON Lines export with flat memory', async () => {
    const file = join(tmp, 'big.jsonl');
    const out = createWriteStream(file);
    const line = (i: number) => `${JSON.stringify({ id: `r${i}`, reply: `Thanks for waiting, order ${i} ships today. ${'We are sorry for the delay. '.repeat(12)}`, agent: `a${i % 50}`, team: 't' })}\n`;
    let size = 0;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const text = line(i);
      size += text.length;
      if (!out.write(text)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let rows = 0;
    for await (const _ of readRows([file], {})) {
      if (++rows % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(rows).toBeGreaterThan(100_000);
    // Holding the file would take well over its 50 MB (three times that as strings and objects); streaming keeps a few
    // buffers and the garbage not yet collected (about 20 MB here).
    expect(peak - before).toBeLessThan(40 * 1024 * 1024);
  }, 60_000);
});
