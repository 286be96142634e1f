import { format, parseArgs } from 'node:util';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { FrameChecker } from './framing.js';
import { UsageError } from '../documents/errors.js';
import { DEFAULT_DEBOUNCE_MS } from './constants.js';
import { startServer } from './server.js';

export const LSP_HELP = `Usage: reply-coach lsp --stdio

Runs the reply-coach language server, speaking LSP over standard input and output.
Editors start it themselves; see "Editor integration" in the README.

Documents: plaintext (any other languageId is read as plain text), markdown and html.
Settings (section "replyCoach", from initializationOptions, workspace/configuration or
didChangeConfiguration; clients that send neither, such as Neovim 0.7, pass them as init_options):
  language, audience { locale, name, title, formality }, channel, inReplyTo, template,
  debounceMs (default ${DEFAULT_DEBOUNCE_MS}), docsBaseUrl
The config file of \`reply-coach check\` (reply-coach.config.json, .reply-coachrc.json,
.reply-coachrc.yaml), searched from each document's folder upward, applies as well;
the editor's settings win where both set a field.

Options:
  --stdio               talk LSP over stdin/stdout (required)
  -h, --help            show this help`;

interface Io {
  out: (s: string) => void;
  version: string;
}

/** Runs `reply-coach lsp`; the server keeps the process alive until the client sends exit (or stdin closes). */
export function runLsp(argv: string[], io: Io): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      stdio: { type: 'boolean' },
      // Added by some clients (vscode-languageclient); the server library reads it from process.argv itself.
      clientProcessId: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(LSP_HELP);
    return 0;
  }
  if (!values.stdio) throw new UsageError('lsp: only --stdio is supported (reply-coach lsp --stdio)');
  // Frames are checked on the way in: after a malformed one the stream cannot be trusted, so the server says why on
  // stderr and exits with 1 (clients restart a server that exits), rather than live on answering nothing.
  const frames = process.stdin.pipe(new FrameChecker());
  frames.on('error', (e) => {
    process.stderr.write(`reply-coach lsp: ${e.message}; exiting\n`);
    process.exit(1);
  });
  const connection = createConnection(new StreamMessageReader(frames), new StreamMessageWriter(process.stdout));
  // stdout carries the protocol: stray console output must not corrupt it, and no error may take the server down.
  for (const level of ['log', 'info', 'warn', 'debug'] as const) console[level] = (...args: unknown[]) => connection.console.log(format(...args));
  const report = (e: unknown) => connection.console.error(`reply-coach: ${(e as Error)?.stack ?? String(e)}`);
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
  startServer(connection, io.version);
  return 0;
}
