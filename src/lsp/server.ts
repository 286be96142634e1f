import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import type { Finding } from '../index.js';
import { codeActions } from './actions.js';
import { analyzeDocument, kindOf, type Analysis } from './analysis.js';
import { findingOf, SOURCE, toDiagnostic } from './diagnostics.js';
import { ruleDocsLink } from './docs.js';
import { analyzeOptions } from './options.js';
import { Problems, showError } from './problems.js';
import { Debouncer } from './debounce.js';
import { DEFAULT_DEBOUNCE_MS, parseSettings, SECTION, type Settings } from './settings.js';
import { folderOf, WorkspaceConfigs } from './workspace.js';

/** An analysis with the rule links that go with it (they depend on the config file's own packs). */
interface Coached extends Analysis {
  docsLink: (ruleId: string) => string | undefined;
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
  const configs = new WorkspaceConfigs((folder, message) => problems.set(`config:${folder}`, message && `reply-coach: ${message}`));
  // initializationOptions are the base; settings the client pushes or is asked for go on top.
  let initial: Settings = {};
  let settings: Settings = {};
  let client: ClientCapabilities = {};
  let roots: string[] = [];
  // Until the first settings are in, analyses wait, so a draft is not first coached with the wrong options.
  let settingsReady = true;
  const waiting = new Set<string>();

  /** Takes a `replyCoach` section; a bad one is reported, naming the field, and the last good settings stay. */
  const applySettings = (raw: unknown, base = initial): Settings | undefined => {
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
      return raw !== 'timeout' && applySettings(raw) !== undefined;
    } catch (e) {
      connection.console.error(`reply-coach: workspace/configuration failed: ${(e as Error).message}`);
      return false;
    }
  };

  const analyze = (document: TextDocument): Coached | undefined => {
    const folder = folderOf(document.uri, roots);
    const workspace = configs.get(folder);
    try {
      const options = analyzeOptions(workspace.config, settings);
      const analysis = analyzeDocument(workspace.coach, options, kindOf(document.languageId), document.getText(), document.version);
      problems.set(`analysis:${folder}`, undefined);
      const docsBaseUrl = settings.docsBaseUrl;
      return { ...analysis, docsLink: (ruleId) => ruleDocsLink(ruleId, docsBaseUrl, workspace.ownRules) };
    } catch (e) {
      // Options the coach refuses (a rule id no pack has, say): the message names the field.
      problems.set(`analysis:${folder}`, `reply-coach: ${workspace.file ?? 'settings'}: ${(e as Error).message}`);
      return undefined;
    }
  };

  const publish = (document: TextDocument, analysis: Coached): void => {
    const diagnostics = analysis.report.findings.map((f) => toDiagnostic(f, document, analysis.version, analysis.docsLink(f.ruleId)));
    void connection.sendDiagnostics({ uri: document.uri, version: analysis.version, diagnostics });
  };

  /** Analyzes the document as it is now and publishes, unless it was closed meanwhile. */
  const run = (uri: string): void => {
    if (!settingsReady) {
      waiting.add(uri);
      return;
    }
    const document = documents.get(uri);
    if (!document) return;
    try {
      const analysis = analyze(document);
      if (!analysis) return;
      analyses.set(uri, analysis);
      publish(document, analysis);
    } catch (e) {
      connection.console.error(`reply-coach: ${uri}: ${(e as Error).stack ?? String(e)}`);
    }
  };

  /** The analysis of the document's current version: the published one, else made now (a code action cannot wait for the timer). */
  const current = (document: TextDocument): Coached | undefined => {
    const cached = analyses.get(document.uri);
    if (cached?.version === document.version) return cached;
    debouncer.cancel(document.uri);
    run(document.uri);
    const fresh = analyses.get(document.uri);
    return fresh?.version === document.version ? fresh : undefined;
  };

  const reanalyzeAll = (): void => {
    for (const document of documents.all()) debouncer.schedule(document.uri, 0, () => run(document.uri));
  };

  const settingsArrived = (): void => {
    settingsReady = true;
    for (const uri of waiting) debouncer.schedule(uri, 0, () => run(uri));
    waiting.clear();
  };

  connection.onInitialize((params): InitializeResult => {
    client = params.capabilities;
    roots = rootsOf(params);
    const init = (params.initializationOptions as Record<string, unknown> | null | undefined)?.[SECTION];
    if (init !== undefined) initial = applySettings(init, {}) ?? {};
    if (client.workspace?.configuration) settingsReady = false;
    return {
      capabilities: {
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
    if (!settingsReady) void pullSettings().finally(settingsArrived);
  });

  connection.onDidChangeConfiguration(async ({ settings: pushed }) => {
    // Clients that push the section send it here; the others (VS Code's pull model) send null and are asked.
    const raw = (pushed as Record<string, unknown> | null | undefined)?.[SECTION];
    if (raw !== undefined) {
      if (!applySettings(raw)) return;
    } else if (client.workspace?.configuration) {
      if (!(await pullSettings())) return;
    }
    configs.clear();
    reanalyzeAll();
  });

  connection.onDidChangeWatchedFiles(() => {
    configs.clear();
    reanalyzeAll();
  });

  documents.onDidChangeContent(({ document }) => {
    // A document just opened is coached at once; edits wait for a pause in typing.
    const delay = analyses.has(document.uri) ? (settings.debounceMs ?? DEFAULT_DEBOUNCE_MS) : 0;
    debouncer.schedule(document.uri, delay, () => run(document.uri));
  });

  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    waiting.delete(document.uri);
    analyses.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onCodeAction(({ textDocument, range, context }) => {
    const document = documents.get(textDocument.uri);
    const analysis = document && current(document);
    if (!document || !analysis) return [];
    // The findings the client showed at the cursor travel in their diagnostics; if any is from an older version, look them up by range instead.
    const ours = context.diagnostics.filter((d) => d.source?.startsWith(SOURCE));
    const echoed = ours.map((d) => findingOf(d, document.version));
    let findings: Finding[];
    if (ours.length > 0 && echoed.every((f) => f !== undefined)) {
      findings = echoed as Finding[];
    } else {
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      findings = analysis.report.findings.filter((f) => f.start <= to && f.end >= from);
    }
    return codeActions({
      document,
      analysis,
      findings,
      only: context.only,
      versioned: client.workspace?.workspaceEdit?.documentChanges === true,
      docsLink: analysis.docsLink,
    });
  });

  connection.onShutdown(() => {
    debouncer.cancelAll();
  });

  documents.listen(connection);
  connection.listen();
}
