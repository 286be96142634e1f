/**
 * Help Scout conversations with their threads (Mailbox API 2.0: List Conversations with
 * embed=threads, a page's `_embedded.conversations`, or Get Conversation with embed=threads).
 * Field names as Help Scout documents them:
 * - conversation (id, number, subject, mailboxId, type email | chat | phone, createdBy, primaryCustomer.first/last):
 *   https://developer.helpscout.com/mailbox-api/endpoints/conversations/get/
 * - threads (`_embedded.threads`: id, type customer | reply | note | message | chat | phone | lineitem,
 *   state, body in HTML, createdBy {type user | customer, first, last}, createdAt; newest first):
 *   https://developer.helpscout.com/mailbox-api/endpoints/conversations/threads/list/
 * A published reply (message, chat message) by a user is an agent reply, its HTML body read as text;
 * notes and drafts are left out; the customer's thread before it is the message it answers.
 */
import type { Channel } from '../../schema/common.js';
import type { AuditRow } from '../schema.js';
import { asObject, chronological, compact, isObject, messageText, RecordError, text, type RecordMapper } from './types.js';

const CHANNELS: Record<string, Channel> = { email: 'email', chat: 'chat', phone: 'voice' };
/** Thread types an agent sends to the customer: a reply, the message that opens a conversation, a chat message. */
const AGENT_TYPES = new Set(['reply', 'message', 'chat']);

const personName = (person: unknown): string | undefined => {
  if (!isObject(person)) return undefined;
  const name = [text(person.first), text(person.last)].filter(Boolean).join(' ');
  return name || text(person.email) || text(person.id);
};

export const helpscoutMapper: RecordMapper = (record) => {
  const conversation = asObject(record, 'a Help Scout conversation');
  const embedded = isObject(conversation._embedded) ? conversation._embedded : undefined;
  if (!Array.isArray(embedded?.threads)) throw new RecordError(`conversation ${text(conversation.id) ?? '(no id)'}: no "_embedded.threads" array (export conversations with embed=threads)`);
  const channel = CHANNELS[String(conversation.type)];
  const customerName = personName(conversation.primaryCustomer);
  const agentOpened = isObject(conversation.createdBy) && conversation.createdBy.type === 'user';
  const rows: AuditRow[] = [];
  let customerSaid: string | undefined;
  // The API lists threads newest first; a conversation reads oldest first.
  for (const thread of chronological(embedded.threads, (t) => (isObject(t) ? t.createdAt : undefined))) {
    if (!isObject(thread) || (thread.state !== undefined && thread.state !== 'published')) continue;
    const body = messageText(thread, [], 'body')?.trim();
    if (!body) continue;
    const by = isObject(thread.createdBy) ? thread.createdBy : {};
    // In a chat both sides write 'chat' threads: who created it tells them apart.
    if (thread.type === 'customer' || (thread.type === 'chat' && by.type === 'customer')) customerSaid = body;
    else if (AGENT_TYPES.has(String(thread.type)) && by.type === 'user') {
      rows.push(
        compact({
          id: `${text(conversation.id) ?? '?'}/${text(thread.id) ?? rows.length}`,
          reply: body,
          agent: personName(by),
          team: text(conversation.mailboxId),
          at: text(thread.createdAt),
          inReplyTo: customerSaid,
          channel,
          // The subject is the agent's only when an agent opened the conversation; it goes with that first message.
          subject: agentOpened && rows.length === 0 ? text(conversation.subject) : undefined,
          customerName,
        }),
      );
    }
  }
  return rows;
};
