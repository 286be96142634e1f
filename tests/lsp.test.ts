import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';

/**
 * `reply-coach lsp --stdio`, the built server, driven over JSON-RPC as an
 * editor would drive it (CI builds dist/ first; locally, run `npm run build`).
 */
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(import.meta.dirname, 'fixtures', 'check');

/** A minimal editor: keeps its documents, records what the server sends, answers its requests. */
class Client {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly docs = new Map<string, TextDocument>();
  /** What workspace/configuration answers for the `replyCoach` section. */
  settings: unknown = { language: 'en', debounceMs: 0 };
  private wake: (() => void)[] = [];

  constructor(readonly connection: MessageConnection) {
    const notify = () => this.wake.splice(0).forEach((w) => w());
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => (this.published.push(p), notify()));
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => (this.messages.push(p), notify()));
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section === 'replyCoach' ? this.settings : null)));
    connection.onRequest('client/registerCapability', () => null);
  }

  /** Resolves with the first value `find` gives, looking again after each notification. */
  async until<T>(find: () => T | undefined, what: string, ms = 20_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.wake.push(() => (clearTimeout(timer), resolve()));
      });
    }
  }

  /** The diagnostics published for this version of the document. */
  diagnostics(uri: string, version = this.docs.get(uri)!.version, after = 0): Promise<Diagnostic[]> {
    return this.until(() => this.published.slice(after).find((p) => p.uri === uri && p.version === version)?.diagnostics, `diagnostics of ${uri} v${version}`);
  }

  open(uri: string, languageId: string, text: string): TextDocument {
    const doc = TextDocument.create(uri, languageId, 1, text);
    this.docs.set(uri, doc);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return doc;
  }

  /** Sends incremental changes (ranges in the current text, applied in order) as the next version. */
  change(uri: string, changes: { range: Range; text: string }[]): TextDocument {
    const doc = this.docs.get(uri)!;
    TextDocument.update(doc, changes, doc.version + 1);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: doc.version }, contentChanges: changes });
    return doc;
  }

  /** Applies a code action's workspace edit here and sends it to the server, as an editor does. */
  apply(uri: string, action: CodeAction): string {
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    const doc = this.docs.get(uri)!;
    expect(change.textDocument).toEqual({ uri, version: doc.version });
    const edits = change.edits as TextEdit[];
    const text = TextDocument.applyEdits(doc, edits);
    // Edits of one WorkspaceEdit refer to the text before any of them; as didChange events, apply them back to front.
    const ordered = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
    this.change(uri, ordered.map((e) => ({ range: e.range, text: e.newText })));
    expect(doc.getText()).toBe(text);
    return text;
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }
}

const byCode = (diagnostics: Diagnostic[], code: string) => diagnostics.find((d) => d.code === code);

/** Each diagnostic of these rules covers exactly this text of the document. */
function expectRanges(doc: TextDocument, diagnostics: Diagnostic[], excerpts: Record<string, string>) {
  for (const [code, excerpt] of Object.entries(excerpts)) {
    const d = byCode(diagnostics, code);
    expect(d, `a diagnostic of ${code}`).toBeDefined();
    expect(doc.getText(d!.range)).toBe(excerpt);
  }
}

const DRAFT = [
  'Hi Anna,',
  '',
  "Thanks for waiting 🙂 Unfortunately we can't refund discounted products, as per our policy. Your ticket was escalated to tier 2.",
  '',
  'Best regards,',
  'Sam',
].join('\n');

describe('reply-coach lsp --stdio', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'rc-lsp-'));
  const uriOf = (...parts: string[]) => pathToFileURL(join(workspace, ...parts)).href;
  const draftUri = uriOf('draft.txt');
  let server: ChildProcess;
  let client: Client;
  let stderr = '';
  let exited: Promise<number | null>;

  beforeAll(async () => {
    server = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    client = new Client(connection);
    connection.listen();
    const init = await connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'ws' }],
      capabilities: {
        workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
        textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } } },
      },
    });
    expect(init.capabilities.textDocumentSync).toMatchObject({ change: 2, openClose: true, willSaveWaitUntil: false });
    void connection.sendNotification('initialized', {});
  });

  afterAll(() => {
    if (server.exitCode === null) server.kill();
  });

  it('publishes diagnostics on open, each range on its excerpt (UTF-16, after an emoji)', async () => {
    const doc = client.open(draftUri, 'plaintext', DRAFT);
    const diagnostics = await client.diagnostics(draftUri, 1);
    expectRanges(doc, diagnostics, {
      'en.positive-language.we-cant': "we can't",
      'en.positive-language.as-per-policy': 'as per our policy',
      'en.jargon.ticket': 'Your ticket',
      'en.jargon.internal-process': 'to tier 2',
    });
    const weCant = byCode(diagnostics, 'en.positive-language.we-cant')!;
    expect(weCant).toMatchObject({ severity: 2, source: 'reply-coach(positive-language)', data: { version: 1, finding: { ruleId: 'en.positive-language.we-cant' } } });
    expect(byCode(diagnostics, 'en.jargon.ticket')).toMatchObject({ severity: 3, source: 'reply-coach(jargon)' });
    // The link goes to the rule's section of docs/RULES.md, under the anchor its heading gets.
    const href = weCant.codeDescription!.href;
    expect(href).toBe(`${pathToFileURL(join(root, 'docs', 'RULES.md')).href}#en--positive-language`);
    expect(readFileSync(join(root, 'docs', 'RULES.md'), 'utf8')).toContain('\n## en / positive-language\n');
  });

  it('publishes new diagnostics, for the new version, after an incremental change', async () => {
    const doc = client.docs.get(draftUri)!;
    const start = doc.getText().indexOf("we can't refund");
    client.change(draftUri, [{ range: { start: doc.positionAt(start), end: doc.positionAt(start + "we can't refund".length) }, text: 'we can offer store credit for' }]);
    const diagnostics = await client.diagnostics(draftUri, 2);
    expect(byCode(diagnostics, 'en.positive-language.we-cant')).toBeUndefined();
    expectRanges(doc, diagnostics, { 'en.jargon.ticket': 'Your ticket', 'en.positive-language.as-per-policy': 'as per our policy' });
  });

  it('offers a quick fix per suggestion that edits this version of the document', async () => {
    const doc = client.docs.get(draftUri)!;
    const ticket = byCode(await client.diagnostics(draftUri), 'en.jargon.ticket')!;
    const actions = await client.codeActions(draftUri, ticket.range, [ticket]);
    const fix = actions.find((a) => a.title === 'Replace with “Your request”');
    expect(fix).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(actions.map((a) => a.title)).toContain('Disable en.jargon.ticket here');
    expect(actions.map((a) => a.title)).toContain('Apply all safe fixes');
    const before = doc.getText();
    const change = fix!.edit!.documentChanges![0] as TextDocumentEdit;
    expect(change.textDocument.version).toBe(doc.version);
    expect(TextDocument.applyEdits(doc, change.edits as TextEdit[])).toBe(before.replace('Your ticket', 'Your request'));
  });

  it('applies all safe fixes (source.fixAll) as the report rewrite does', async () => {
    const doc = client.docs.get(draftUri)!;
    const actions = await client.codeActions(draftUri, { start: doc.positionAt(0), end: doc.positionAt(0) }, [], ['source.fixAll']);
    expect(actions.map((a) => [a.title, a.kind])).toEqual([['Apply all safe fixes', 'source.fixAll']]);
    const change = actions[0]!.edit!.documentChanges![0] as TextDocumentEdit;
    const { analyze } = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as typeof import('../src/index.js');
    const expected = analyze(doc.getText(), { language: 'en', template: true }).rewrite;
    expect(expected).not.toBe(doc.getText());
    expect(TextDocument.applyEdits(doc, change.edits as TextEdit[])).toBe(expected);
  });

  it('"Disable <rule> here" inserts a directive line, and the diagnostic goes away', async () => {
    const diagnostics = await client.diagnostics(draftUri);
    const policy = byCode(diagnostics, 'en.positive-language.as-per-policy')!;
    const actions = await client.codeActions(draftUri, policy.range, [policy]);
    const disable = actions.find((a) => a.title === 'Disable en.positive-language.as-per-policy here')!;
    expect(disable.kind).toBe('quickfix');
    const text = client.apply(draftUri, disable);
    expect(text).toContain('\n\nreply-coach-disable-next-line en.positive-language.as-per-policy\nThanks for waiting');
    const after = await client.diagnostics(draftUri);
    expect(byCode(after, 'en.positive-language.as-per-policy')).toBeUndefined();
    expectRanges(client.docs.get(draftUri)!, after, { 'en.jargon.ticket': 'Your ticket' });
  });

  it('reads Markdown as `check` does: front matter skipped, ranges in the source, directives as HTML comments', async () => {
    const uri = uriOf('refund.md');
    const doc = client.open(uri, 'markdown', readFileSync(join(fixtures, 'mixed', 'refund.md'), 'utf8'));
    const diagnostics = await client.diagnostics(uri, 1);
    expectRanges(doc, diagnostics, { 'en.positive-language.we-cant': "we can't", 'en.jargon.internal-process': 'to tier 2' });
    expect(byCode(diagnostics, 'en.positive-language.we-cant')!.range.start).toEqual({ line: 6, character: 14 });
    // Nothing in the front matter ("Refund declined (discounted item)") is coached.
    expect(diagnostics.every((d) => d.range.start.line > 2)).toBe(true);
    const weCant = byCode(diagnostics, 'en.positive-language.we-cant')!;
    const disable = (await client.codeActions(uri, weCant.range, [weCant])).find((a) => a.title === 'Disable en.positive-language.we-cant here')!;
    expect(client.apply(uri, disable)).toContain('\n<!-- reply-coach-disable-next-line en.positive-language.we-cant -->\nUnfortunately');
    expect(byCode(await client.diagnostics(uri), 'en.positive-language.we-cant')).toBeUndefined();
  });

  it('reads HTML as `check` does: text only, entities decoded, ranges in the source', async () => {
    const uri = uriOf('reply.html');
    const doc = client.open(uri, 'html', readFileSync(join(fixtures, 'mixed', 'reply.html'), 'utf8'));
    const diagnostics = await client.diagnostics(uri, 1);
    expectRanges(doc, diagnostics, { 'en.positive-language.we-cant': 'we can&apos;t', 'en.positive-language.unfortunately': 'Unfortunately' });
    // "latency" sits in an HTML comment, which is not text.
    expect(diagnostics.some((d) => doc.getText(d.range).includes('latency'))).toBe(false);
    // A suggestion's edits, made on the decoded text, land on the source.
    const unfortunately = byCode(diagnostics, 'en.positive-language.unfortunately')!;
    const fix = (await client.codeActions(uri, unfortunately.range, [unfortunately])).find((a) => a.title === 'Remove “Unfortunately”')!;
    expect(client.apply(uri, fix)).toContain('<p>We can&apos;t refund <b>discounted</b> products.</p>');
  });

  it('debounces changes: a newer change replaces the pending analysis of an older one', async () => {
    const seen = client.published.length;
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { replyCoach: { language: 'en', debounceMs: 300 } } });
    // New settings re-coach open documents.
    await client.until(() => client.published.slice(seen).find((p) => p.uri === draftUri), 're-published diagnostics');
    const doc = client.docs.get(draftUri)!;
    const from = client.published.length;
    const end = doc.positionAt(doc.getText().length);
    client.change(draftUri, [{ range: { start: end, end }, text: '\nOne' }]);
    client.change(draftUri, [{ range: { start: doc.positionAt(doc.getText().length), end: doc.positionAt(doc.getText().length) }, text: ' more line.' }]);
    const sent = Date.now();
    await client.diagnostics(draftUri, doc.version, from);
    expect(Date.now() - sent).toBeGreaterThanOrEqual(250);
    expect(client.published.slice(from).some((p) => p.uri === draftUri && p.version === doc.version - 1)).toBe(false);
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { replyCoach: { language: 'en', debounceMs: 0 } } });
  });

  it('reports bad settings with window/showMessage naming the field, and keeps working', async () => {
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { replyCoach: { channel: 42 } } });
    const message = await client.until(() => client.messages.find((m) => m.message.includes('replyCoach.channel')), 'a showMessage');
    expect(message.type).toBe(1);
    // The last good settings (debounce 0, English) still apply.
    const doc = client.docs.get(draftUri)!;
    const end = doc.positionAt(doc.getText().length);
    client.change(draftUri, [{ range: { start: end, end }, text: '\nThanks again.' }]);
    expectRanges(doc, await client.diagnostics(draftUri), { 'en.jargon.ticket': 'Your ticket' });
  });

  it('applies the workspace config file found from the document folder; a broken one is reported', async () => {
    mkdirSync(join(workspace, 'quiet'));
    writeFileSync(join(workspace, 'quiet', '.reply-coachrc.json'), JSON.stringify({ rules: { 'en.jargon.ticket': 'off' } }));
    const quiet = uriOf('quiet', 'draft.txt');
    client.open(quiet, 'plaintext', DRAFT);
    const codes = (await client.diagnostics(quiet, 1)).map((d) => d.code);
    expect(codes).toContain('en.positive-language.we-cant');
    expect(codes).not.toContain('en.jargon.ticket');

    mkdirSync(join(workspace, 'broken'));
    writeFileSync(join(workspace, 'broken', 'reply-coach.config.json'), JSON.stringify({ channel: 'fax' }));
    const broken = uriOf('broken', 'draft.txt');
    client.open(broken, 'plaintext', DRAFT);
    const message = await client.until(() => client.messages.find((m) => m.message.includes('reply-coach.config.json: channel:')), 'a showMessage');
    expect(message.type).toBe(1);
    expect((await client.diagnostics(broken, 1)).map((d) => d.code)).toContain('en.jargon.ticket');
  });

  /** The latest diagnostics published (from `after` on) for the document's current version that `ready` accepts. */
  const publishedWhen = (uri: string, ready: (d: Diagnostic[]) => boolean, after = 0) =>
    client.until(
      () =>
        client.published
          .slice(after)
          .filter((p) => p.uri === uri && p.version === client.docs.get(uri)!.version)
          .map((p) => p.diagnostics)
          .findLast(ready),
      `diagnostics of ${uri}`,
    );
  const fieldOf = (d: Diagnostic) => (d.data as { finding?: { field?: string } } | undefined)?.finding?.field;

  /** Pushes `replyCoach` settings and waits until the document is coached with them (settings apply asynchronously). */
  async function settle(replyCoach: Record<string, unknown>, uri: string, ready: (d: Diagnostic[]) => boolean) {
    const seen = client.published.length;
    void client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { replyCoach } });
    return publishedWhen(uri, ready, seen);
  }
  const coached = (d: Diagnostic[]) => d.some((x) => x.code === 'en.jargon.ticket') && !d.some(fieldOf);

  it('says once per document and language that a draft in a language without rules is not checked', async () => {
    await settle({ debounceMs: 0 }, draftUri, coached);
    const uri = uriOf('german.txt');
    const german = 'Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Leider können wir die Bestellung nicht mehr stornieren, da sie bereits versandt wurde.\n\nMit freundlichen Grüßen\nSam\n';
    const doc = client.open(uri, 'plaintext', german);
    const notice = await publishedWhen(uri, (d) => d.length === 1 && d[0]!.code === 'unsupported-language');
    expect(notice[0]).toMatchObject({ severity: 3, code: 'unsupported-language', source: 'reply-coach', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 'Sehr geehrte Frau Müller,'.length } } });
    expect(notice[0]!.message).toMatch(/^reply-coach has no rules for German \(de\); this document is not checked\./);
    const shown = () => client.messages.filter((m) => m.message.includes('german.txt'));
    await client.until(() => (shown().length ? true : undefined), 'a showMessage about german.txt');
    expect(shown()).toEqual([{ type: 3, message: `german.txt: ${notice[0]!.message}` }]);
    // Typing does not repeat the message; the notice stays.
    for (const text of [' Danke.', ' Bis bald.']) {
      const end = doc.positionAt(doc.getText().length);
      client.change(uri, [{ range: { start: end, end }, text }]);
      expect((await client.diagnostics(uri)).map((d) => d.code)).toEqual(['unsupported-language']);
    }
    expect(shown()).toHaveLength(1);
    // A language the settings name and no pack has: the English draft is not checked either, and says so.
    const named = await settle({ language: 'xx', debounceMs: 0 }, draftUri, (d) => !d.some((x) => x.code === 'en.jargon.ticket'));
    expect(named.map((d) => [d.code, d.message])).toEqual([['unsupported-language', 'reply-coach has no rules for "xx"; this document is not checked.']]);
    await client.until(() => client.messages.find((m) => m.message.startsWith('draft.txt: reply-coach has no rules for "xx"')), 'a showMessage about xx');
    await settle({ language: 'en', debounceMs: 0 }, draftUri, coached);
  });

  it('coaches the subject: from the settings at the start of the document, from front matter and mail headers on the subject line', async () => {
    const withSubject = await settle({ language: 'en', debounceMs: 0, subject: 'Re: Re: Fwd: UPDATE' }, draftUri, (d) => d.some(fieldOf));
    const fromSettings = withSubject.filter(fieldOf);
    expect(fromSettings.map((d) => d.code).sort()).toEqual(['en.personalization.subject-generic', 'en.personalization.subject-reply-chain']);
    for (const d of fromSettings) {
      expect(d.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      expect(d.message).toMatch(/^Subject “Re: Re: Fwd: UPDATE”: /);
      // Its fixes would edit the setting, not the document: none is offered as a document edit.
      expect((await client.codeActions(draftUri, d.range, [d])).filter((a) => a.title !== 'Apply all safe fixes' && !a.title.startsWith('Disable'))).toEqual([]);
    }

    // The document's own subject wins over the setting, and its findings sit on it.
    const mdUri = uriOf('subject.md');
    const md = client.open(mdUri, 'markdown', '---\ntitle: Refund\nsubject: "Re: Re: Update"\n---\n\nHi Anna,\n\nYour refund for order 4821 is on its way.\n\nBest regards,\nSam\n');
    const onSubject = (await client.diagnostics(mdUri, 1)).filter((d) => d.code?.toString().includes('subject'));
    expectRanges(md, onSubject, { 'en.personalization.subject-generic': 'Update', 'en.personalization.subject-reply-chain': 'Re: Re: ' });
    expect(onSubject.every((d) => d.range.start.line === 2)).toBe(true);
    const generic = byCode(onSubject, 'en.personalization.subject-generic')!;
    const actions = await client.codeActions(mdUri, generic.range, [generic]);
    // No directive line inside the front matter: it would break it, and directives do not reach the subject.
    expect(actions.filter((a) => a.title.startsWith('Disable'))).toEqual([]);
    const rename = actions.find((a) => a.title.includes(':'));
    expect(rename, 'a suggestion with ": " in it').toBeDefined();
    const after = client.apply(mdUri, rename!);
    // Written as YAML that reads back as the suggested subject: quoted, since the suggestion holds ": ".
    const { parse } = await import('yaml');
    expect(parse(after.split('---')[1]!).subject).toBe(`Re: Re: ${rename!.title}`);
    expect(after.startsWith('---\ntitle: Refund\nsubject: "')).toBe(true);

    // An email's headers are not its reply; its Subject header is its subject.
    const mailUri = uriOf('reply.eml');
    const mail = client.open(mailUri, 'mail', 'From: Sam <sam@example.com>\nTo: anna@example.com\nSubject: YOUR REFUND IS ON ITS WAY\n\nHi Anna,\n\nYour refund for order 4821 is on its way.\n\nBest regards,\nSam\n');
    const mailDiagnostics = await client.diagnostics(mailUri, 1);
    const capitals = mailDiagnostics.filter(fieldOf);
    expect(capitals.length).toBeGreaterThan(0);
    for (const d of capitals) expect(mail.getText(d.range)).toBe('YOUR REFUND IS ON ITS WAY'.slice(0, mail.getText(d.range).length));
    expect(capitals.every((d) => d.range.start.line === 2)).toBe(true);
    // Nothing is found in the other headers (no greeting missing before "From:").
    expect(mailDiagnostics.filter((d) => d.range.start.line < 2)).toEqual([]);
    await settle({ language: 'en', debounceMs: 0 }, draftUri, coached);
  });

  it('prints its usage with --help', () => {
    const r = spawnSync(process.execPath, [cli, 'lsp', '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: reply-coach lsp --stdio/);
  });

  it('shuts down and exits with code 0', async () => {
    await client.connection.sendRequest('shutdown');
    void client.connection.sendNotification('exit');
    expect(await exited, stderr).toBe(0);
  });
});
