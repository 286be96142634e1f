/**
 * Freshdesk tickets with their conversations (View a Ticket with include=conversations,
 * and include=requester for the customer's name), one per line or as a JSON array.
 * Field names as Freshdesk documents them:
 * - ticket (id, subject, description_text, requester_id, responder_id, group_id, source, created_at, requester.name):
 *   https://developers.freshdesk.com/api/#view_a_ticket
 * - conversation (id, body, body_text, incoming, private, user_id, created_at):
 *   https://developers.freshdesk.com/api/#list_all_ticket_notes
 * An outgoing public conversation (incoming false, private false) is an agent's reply; a
 * private note is left out; the latest incoming message (the ticket's description first)
 * is the message it answers.
 */
import type { Channel } from '../../schema/common.js';
import type { AuditRow } from '../schema.js';
import { asObject, chronological, compact, isObject, messageText, RecordError, text, type RecordMapper } from './types.js';

/** Ticket `source` codes: 3 phone, 5 Twitter, 6 Facebook, 7 chat; the rest (email, portal, widget...) read as email. */
const SOURCES: Record<string, Channel> = { 3: 'voice', 5: 'social', 6: 'social', 7: 'chat' };
/** Source 10: an outbound email, whose description the agent wrote. */
const OUTBOUND = '10';

export const freshdeskMapper: RecordMapper = (record) => {
  const ticket = asObject(record, 'a Freshdesk ticket');
  if (!Array.isArray(ticket.conversations)) throw new RecordError(`ticket ${text(ticket.id) ?? '(no id)'}: no "conversations" array (export tickets with include=conversations)`);
  const requester = isObject(ticket.requester) ? ticket.requester : {};
  const outbound = text(ticket.source) === OUTBOUND;
  const channel = SOURCES[text(ticket.source) ?? ''];
  const rows: AuditRow[] = [];
  const reply = (id: string, body: string, agent: string | undefined, at: string | undefined, inReplyTo: string | undefined, subject?: string) =>
    rows.push(compact({ id, reply: body, agent, team: text(ticket.group_id), at, inReplyTo, channel, subject, customerName: text(requester.name) }));
  let customerSaid: string | undefined;
  const description = messageText(ticket, ['description_text'], 'description');
  if (description !== undefined) {
    // An outbound ticket opens with the agent's message (and subject); any other with the customer's.
    if (outbound) reply(`${text(ticket.id)}/description`, description, text(ticket.responder_id), text(ticket.created_at), undefined, text(ticket.subject));
    else customerSaid = description;
  }
  for (const raw of chronological(ticket.conversations, (c) => (isObject(c) ? c.created_at : undefined))) {
    if (!isObject(raw) || raw.private === true) continue;
    const body = messageText(raw, ['body_text'], 'body');
    if (body === undefined) continue;
    if (raw.incoming === true) customerSaid = body;
    else if (raw.incoming === false) reply(`${text(ticket.id)}/${text(raw.id) ?? rows.length}`, body, text(raw.user_id), text(raw.created_at), customerSaid);
  }
  return rows;
};
