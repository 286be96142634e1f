/**
 * Zendesk Support tickets with their comments: the account's full JSON export (one ticket
 * per line) or API pages of tickets with comments merged in, with `users` and `groups`
 * side-loaded or not. Field names as Zendesk documents them:
 * - tickets (id, subject, raw_subject, requester_id, submitter_id, group_id, via.channel):
 *   https://developer.zendesk.com/api-reference/ticketing/tickets/tickets/
 * - comments (id, author_id, body, plain_body, html_body, public, created_at, via):
 *   https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/
 * - side-loading users (id, name, role: end-user | agent | admin, locale) and groups (id, name):
 *   https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/side_loading/
 * - the full JSON export: https://support.zendesk.com/hc/en-us/articles/4408886165402
 * Public agent comments are the replies; private (internal) notes are left out, and the
 * end user's comment before a reply is the message it answers.
 */
import type { Channel } from '../../schema/common.js';
import type { AuditRow } from '../schema.js';
import { asObject, chronological, compact, isObject, messageText, RecordError, text, type RecordMapper } from './types.js';

/** A ticket's or comment's via.channel as the coach's channels (other channels: the coach's default). */
const CHANNELS: Record<string, Channel> = {
  email: 'email',
  web: 'email',
  chat: 'chat',
  native_messaging: 'chat',
  voice: 'voice',
  sms: 'sms',
  twitter: 'social',
  facebook: 'social',
  instagram_dm: 'social',
  whatsapp: 'chat',
};

export const zendeskMapper: RecordMapper = (record, _where, side) => {
  let ticket = asObject(record, 'a Zendesk ticket');
  if (isObject(ticket.ticket)) ticket = ticket.ticket; // the Show Ticket response wraps it
  if (!Array.isArray(ticket.comments)) throw new RecordError(`ticket ${text(ticket.id) ?? '(no id)'}: no "comments" array (export tickets with their comments)`);
  const requester = text(ticket.requester_id);
  const user = (id: string | undefined) => (id === undefined ? undefined : side.users.get(id));
  const isAgent = (author: string | undefined): boolean => {
    const role = user(author)?.role;
    // With users side-loaded, their role says; without, anyone but the requester answers for the team.
    return role !== undefined ? role !== 'end-user' : author !== undefined && author !== requester;
  };
  const groupId = text(ticket.group_id);
  const viaChannel = (via: unknown) => (isObject(via) ? CHANNELS[String(via.channel)] : undefined);
  // The subject is scored only where an agent wrote it: on the first reply of a ticket an agent opened.
  const agentOpened = isAgent(text(ticket.submitter_id));
  const rows: AuditRow[] = [];
  let customerSaid: string | undefined;
  for (const raw of chronological(ticket.comments, (c) => (isObject(c) ? c.created_at : undefined))) {
    if (!isObject(raw)) continue;
    const author = text(raw.author_id);
    const body = messageText(raw, ['body', 'plain_body'], 'html_body');
    if (body === undefined) continue;
    if (!isAgent(author)) {
      customerSaid = body;
      continue;
    }
    if (raw.public === false) continue; // an internal note: the customer never saw it
    rows.push(
      compact({
        id: `${text(ticket.id) ?? '?'}/${text(raw.id) ?? rows.length}`,
        reply: body,
        agent: user(author)?.name ?? author,
        team: (groupId && side.groups.get(groupId)) || groupId,
        at: text(raw.created_at),
        inReplyTo: customerSaid,
        locale: user(requester)?.locale,
        channel: viaChannel(raw.via) ?? viaChannel(ticket.via),
        subject: agentOpened && rows.length === 0 ? (text(ticket.subject) ?? text(ticket.raw_subject)) : undefined,
        customerName: user(requester)?.name,
      }),
    );
  }
  return rows;
};
