import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { Finding } from '../schema/report.js';
import { kindOf } from './kind.js';
import { findingOf, SOURCE, toDiagnostic } from './diagnostics.js';
import { ruleDocsLink } from './docs.js';
import { Problems, showError } from './problems.js';
import { unsupportedDiagnostic, unsupportedMessage, UnsupportedNotices } from './unsupported.js';
import { Debouncer } from './debounce.js';
import { DEFAULT_DEBOUNCE_MS, SECTION } from './constants.js';
import type { Settings } from './settings.js';
import { folderOf } from './folders.js';
import { AnalysisThread, Cancelled } from './thread.js';
import type { Analyzed } from './worker.js';

/** An analysis with the rule links that go with it (they depend on the config file's own packs). */
interface Coached extends Analyzed {
  docsLink: (ruleId: string) => string | undefined;
}

/** A handler's unexpected failure: logged with its stack, answered with a message that says what failed. */
function internal(connection: Connection, what: string, e: unknown): ResponseError<void> {
  connection.console.error(`reply-coach: ${what} failed: ${(e as Error)?.stack ?? String(e)}`);
  return new ResponseError(ErrorCodes.InternalError, `reply-coach: internal error while ${what} (details in the server log)`);
}

/** A client that never answers workspace/configuration must not keep drafts from being coached. */
const SETTINGS_TIMEOUT_MS = 2000;

const CONFIG_FILES = '**/{reply-coach.config.json,.reply-coachrc.json,.reply-coachrc.yaml,.reply-coachrc.yml}';

function rootsOf(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
}

/** Wires the language server onto a connection; `connection.listen()` is called here. */
export function startServer(connection: Connection, version: string): void {
  const documents = new TextDocuments(TextDocument);
  const debouncer = new Debouncer();
  const analyses = new Map<string, Coached>();
  const problems = new Problems((message) => showError(connection, message));
  const notices = new UnsupportedNotices(connection);
  // Rules, config files and analyses live in a thread of their own: this one only speaks the protocol.
  const thread = new AnalysisThread(
    (key, message) => problems.set(key, message),
    (message) => connection.console.error(message),
  );
  const inflight = new Map<string, { version: number; generation: number; promise: Promise<Coached | undefined> }>();
  /** Bumped when settings or config files change: an analysis in flight for the same version is then out of date too. */
  let generation = 0;
  // initializationOptions are the base; settings the client pushes or is asked for go on top.
  let initial: Settings = {};
  let settings: Settings = {};
  let client: ClientCapabilities = {};
  let roots: string[] = [];
  // Until the first settings are in, analyses wait, so a draft is not first coached with the wrong options.
  let settingsReady = true;
  let initApplied: Promise<void> = Promise.resolve();
  const waiting = new Set<string>();

  /** Takes a `replyCoach` section; a bad one is reported, naming the field, and the last good settings stay. */
  const applySettings = async (raw: unknown, base = initial): Promise<Settings | undefined> => {
    // The settings schema (zod) loads when settings first arrive, not before initialize is answered.
    const { parseSettings } = await import('./settings.js');
    const parsed = parseSettings(raw);
    if (!parsed.ok) {
      showError(connection, `reply-coach: invalid settings: ${parsed.message}`);
      return undefined;
    }
    settings = { ...base, ...parsed.settings };
    return settings;
  };

  const pullSettings = async (): Promise<boolean> => {
    try {
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), SETTINGS_TIMEOUT_MS).unref());
      const raw: unknown = await Promise.race([connection.workspace.getConfiguration(SECTION), timeout]);
      return raw !== 'timeout' && (await applySettings(raw)) !== undefined;
    } catch (e) {
      connection.console.error(`reply-coach: workspace/configuration failed: ${(e as Error).message}`);
      return false;
    }
  };

  const publish = (document: TextDocument, analysis: Coached): void => {
    const { report } = analysis;
    const notChecked = unsupportedMessage(report);
    if (notChecked) notices.show(document.uri, report.language.code, notChecked);
    const diagnostics = notChecked
      ? [unsupportedDiagnostic(notChecked, document)]
      : report.findings.map((f) => toDiagnostic(f, document, analysis.version, analysis.docsLink(f.ruleId)));
    void connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics });
  };

  /**
   * Analyzes the document as it is now (in the analysis thread) and publishes,
   * unless it was closed or changed meanwhile; resolves with the analysis.
   */
  const run = (uri: string): Promise<Coached | undefined> => {
    if (!settingsReady) {
      waiting.add(uri);
      return Promise.resolve(undefined);
    }
    const document = documents.get(uri);
    if (!document) return Promise.resolve(undefined);
    const version = document.version;
    const running = inflight.get(uri);
    if (running?.version === version && running.generation === generation) return running.promise;
    thread.cancel(uri, version);
    const folder = folderOf(uri, roots);
    const docsBaseUrl = settings.docsBaseUrl;
    const promise = thread
      .analyze({ type: 'analyze', uri, folder, kind: kindOf(document.languageId), text: document.getText(), version, settings })
      .then((analyzed) => {
        const now = documents.get(uri);
        if (!analyzed || !now || now.version !== analyzed.version) return undefined;
        const ownRules = new Set(analyzed.ownRules);
        const coached: Coached = { ...analyzed, docsLink: (ruleId) => ruleDocsLink(ruleId, docsBaseUrl, ownRules) };
        analyses.set(uri, coached);
        publish(now, coached);
        return coached;
      })
      .catch((e: unknown) => {
        if (!(e instanceof Cancelled)) connection.console.error(`reply-coach: ${uri}: ${(e as Error).stack ?? String(e)}`);
        return undefined;
      })
      .finally(() => {
        if (inflight.get(uri)?.promise === promise) inflight.delete(uri);
      });
    inflight.set(uri, { version, generation, promise });
    return promise;
  };

  /** The analysis of the document's current version: the published one, else made now (a code action cannot wait for the timer). */
  const current = async (document: TextDocument): Promise<Coached | undefined> => {
    const cached = analyses.get(document.uri);
    if (cached?.version === document.version) return cached;
    debouncer.cancel(document.uri);
    const fresh = await run(document.uri);
    return fresh?.version === document.version ? fresh : undefined;
  };

  const reanalyzeAll = (): void => {
    generation++;
    for (const document of documents.all()) debouncer.schedule(document.uri, 0, () => void run(document.uri));
  };

  const settingsArrived = (): void => {
    settingsReady = true;
    for (const uri of waiting) debouncer.schedule(uri, 0, () => void run(uri));
    waiting.clear();
  };

  connection.onInitialize((params): InitializeResult => {
    client = params.capabilities;
    roots = rootsOf(params);
    const init = (params.initializationOptions as Record<string, unknown> | null | undefined)?.[SECTION];
    if (init !== undefined || client.workspace?.configuration) settingsReady = false;
    // initializationOptions are read after the answer; documents wait for them (and for the client's settings).
    initApplied = init === undefined ? Promise.resolve() : applySettings(init, {}).then((s) => void (initial = s ?? {}));
    thread.start();
    return {
      capabilities: {
        // Ranges count UTF-16 code units, LSP's default and the only encoding every client supports.
        positionEncoding: 'utf-16',
        // Incremental sync, and no willSave/willSaveWaitUntil: a save never waits on the coach.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, willSave: false, willSaveWaitUntil: false, save: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll], resolveProvider: false },
      },
      serverInfo: { name: 'reply-coach', version },
    };
  });

  connection.onInitialized(() => {
    if (client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILES }] }).catch(() => undefined);
    }
    if (!settingsReady) {
      void initApplied
        .then(() => (client.workspace?.configuration ? pullSettings() : undefined))
        .catch((e: unknown) => connection.console.error(`reply-coach: settings: ${(e as Error).message}`))
        .finally(settingsArrived);
    }
  });

  connection.onDidChangeConfiguration(async ({ settings: pushed }) => {
    // Clients that push the section send it here; the others (VS Code's pull model) send null and are asked.
    const raw = (pushed as Record<string, unknown> | null | undefined)?.[SECTION];
    if (raw !== undefined) {
      if (!(await applySettings(raw))) return;
    } else if (client.workspace?.configuration) {
      if (!(await pullSettings())) return;
    }
    thread.forget({ configs: true });
    reanalyzeAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    thread.forget({ configs: true });
    reanalyzeAll();
  });

  documents.onDidChangeContent(({ document }) => {
    // A document just opened is coached at once; edits wait for a pause in typing.
    const delay = analyses.has(document.uri) ? (settings.debounceMs ?? DEFAULT_DEBOUNCE_MS) : 0;
    // An analysis of an older version that has run long is stopped now, not when the pause ends.
    thread.cancel(document.uri, document.version);
    debouncer.schedule(document.uri, delay, () => void run(document.uri));
  });

  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    waiting.delete(document.uri);
    analyses.delete(document.uri);
    notices.forget(document.uri);
    thread.forget({ uri: document.uri });
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(async ({ textDocument, range, context }) => {
    try {
      const document = documents.get(textDocument.uri);
      const analysis = document && (await current(document));
      if (!document || !analysis) return [];
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      const overlaps = (f: { start: number; end: number }) => f.start <= to && f.end >= from;
      // The findings the client showed at the cursor travel in their diagnostics; some clients (Neovim 0.7) send a whole
      // line's, so only those that overlap the requested range count. If any is from an older version, look them up by range.
      const ours = context.diagnostics.filter((d) => d.source?.startsWith(SOURCE));
      const echoed = ours.map((d) => findingOf(d, document.version));
      let findings: Finding[];
      if (ours.length > 0 && echoed.every((f) => f !== undefined)) {
        findings = (echoed as Finding[]).filter(overlaps);
      } else {
        findings = analysis.report.findings.filter(overlaps);
      }
      const { codeActions, wantsFixAll } = await import('./actions.js');
      const fixAll = wantsFixAll(analysis, findings, context.only) ? await thread.fixAll(document.uri, analysis.version) : undefined;
      return codeActions({
        document,
        analysis,
        findings,
        only: context.only,
        versioned: client.workspace?.workspaceEdit?.documentChanges === true,
        docsLink: analysis.docsLink,
        fixAll,
      });
    } catch (e) {
      return internal(connection, 'making code actions', e);
    }
  });

  connection.onShutdown(() => {
    debouncer.cancelAll();
    thread.stop();
  });

  documents.listen(connection);
  connection.listen();
}
