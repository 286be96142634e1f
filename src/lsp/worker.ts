// The language server's analysis thread: rules, config files and the coach live here, so the
// protocol thread answers at once (initialize before any rule loads, requests while a long
// draft is analyzed) and a stale analysis can be cancelled by ending this thread.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument, withSafeFixes, type Analysis, type Kind } from './analysis.js';
import { analyzeOptions } from './options.js';
import { withFindings } from '../documents/fixes.js';
import type { Settings } from './settings.js';
import { WorkspaceConfigs } from './workspace.js';
import type { Report } from '../index.js';

export type ToWorker =
  | { type: 'analyze'; id: number; uri: string; folder: string | undefined; kind: Kind; text: string; version: number; settings: Settings }
  | { type: 'fixAll'; id: number; uri: string; version: number }
  | { type: 'forget'; uri?: string; configs?: boolean };

/** A report as plain data (the rewrite is read, not lazy, once sent). */
export interface Analyzed {
  version: number;
  kind: Kind;
  original: string;
  text: string;
  report: Report;
  /** Ids of the rules in the config file's own packs (no link to the shipped docs). */
  ownRules: string[];
}

export type FromWorker =
  | { type: 'analyzed'; id: number; analysis: Analyzed }
  | { type: 'fixed'; id: number; text: string | undefined }
  | { type: 'failed'; id: number; message: string }
  | { type: 'problem'; key: string; message: string | undefined };

const port = parentPort;
if (port) {
  const send = (message: FromWorker) => port.postMessage(message);
  const configs = new WorkspaceConfigs((folder, message) => send({ type: 'problem', key: `config:${folder}`, message: message && `reply-coach: ${message}` }));
  const last = new Map<string, Analysis>();
  // Rules compile on first use: do it for English while the client is still opening its documents.
  setImmediate(() => {
    try {
      configs.get(undefined).coach.analyze('Hello,\n\nthanks.', { language: 'en' });
    } catch {
      // Reported when a document is analyzed.
    }
  });
  port.on('message', (message: ToWorker) => {
    if (message.type === 'forget') {
      if (message.uri) last.delete(message.uri);
      if (message.configs) configs.clear();
      return;
    }
    if (message.type === 'fixAll') {
      const analysis = last.get(message.uri);
      send({ type: 'fixed', id: message.id, text: analysis?.version === message.version ? withSafeFixes(analysis) : undefined });
      return;
    }
    const workspace = configs.get(message.folder, message.settings.spelling);
    try {
      const options = analyzeOptions(workspace.config, message.settings);
      const analysis = analyzeDocument(workspace.coach, options, message.kind, message.text, message.version);
      last.set(message.uri, analysis);
      send({ type: 'problem', key: `analysis:${message.folder}`, message: undefined });
      const { report } = analysis;
      // Without its lazy rewrite (made only when a fix-all asks for it), so it is not made to be sent.
      const plain: Report = withFindings(report, report.findings, () => '');
      send({ type: 'analyzed', id: message.id, analysis: { version: analysis.version, kind: analysis.kind, original: analysis.original, text: analysis.text, report: plain, ownRules: [...workspace.ownRules] } });
    } catch (e) {
      // Options the coach refuses (a rule id no pack has, say): the message names the field.
      const text = `reply-coach: ${workspace.file ?? 'settings'}: ${(e as Error).message}`;
      send({ type: 'problem', key: `analysis:${message.folder}`, message: text });
      send({ type: 'failed', id: message.id, message: text });
    }
  });
}
