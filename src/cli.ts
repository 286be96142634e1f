// The `reply-coach` command. Only what every command needs is loaded here; each command
// loads its own modules when run, so `--help`, `--version` and `lsp --stdio` start fast.
import { existsSync } from 'node:fs';
import pkg from '../package.json' with { type: 'json' };
import { closest } from './cli/suggest.js';
import { AUDIENCE_HELP } from './cli/help.js';
import { loadQueueModule } from './cli/queue-packages.js';

const HELP = `Usage: reply-coach [options] [files... | -]
       reply-coach check [globs... | -] [options]   check templates, for CI (reply-coach check --help)
       reply-coach rules [--json]                    list every rule
       reply-coach explain <rule-id>                 a rule's message, description and examples
       reply-coach init                              write a config file
       reply-coach test <pack files...>              run the examples of your own rule packs
       reply-coach lsp --stdio                       language server (reply-coach lsp --help)
       reply-coach audit <exports...>                score every past reply (reply-coach audit --help)
       reply-coach worker --queue redis://…          score queued audit jobs (reply-coach worker --help)

Coaches support reply drafts (.txt, .md, .html, .eml, or standard input with -) and prints each
finding, the scores and the rewritten draft. With no file, analyzes a built-in example.
The config file of \`check\` applies too.

Options:
  --language <code>     draft language (en, pl, cs, sk, uz); detected when absent
  --channel <name>      email | chat | social | sms | voice (default email)
${AUDIENCE_HELP}
  --in-reply-to <file>  the customer's message this draft answers
  --config <file>       config file (default: searched from the working directory upward)
  --json                print the report as JSON
  --no-color            no colors (also NO_COLOR=1)
  -v, --version         print the version
  -h, --help            show this help`;

const COMMANDS = ['check', 'rules', 'explain', 'init', 'test', 'lsp', 'audit', 'worker'] as const;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
  version: string;
  color: boolean;
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check':
      return (await import('./cli/check.js')).runCheck(rest, io);
    case 'rules':
      return (await import('./cli/rules.js')).runRules(rest, io);
    case 'explain':
      return (await import('./cli/rules.js')).runExplain(rest, io);
    case 'init':
      return (await import('./cli/rules.js')).runInit(rest, io);
    case 'test':
      return (await import('./cli/pack-test.js')).runPackTest(rest, io);
    case 'lsp':
      return (await import('./lsp/command.js')).runLsp(rest, io);
    case 'audit':
      return (await import('./cli/audit.js')).runAudit(rest, io);
    case 'worker':
      return (await loadQueueModule(() => import('./cli/worker.js'))).runWorker(rest, io);
    case '-v':
    case '--version':
      io.out(pkg.version);
      return 0;
    case '-h':
    case '--help':
      io.out(HELP);
      return 0;
  }
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(HELP);
    return 0;
  }
  // A word that is no file but close to a command name is a mistyped command, not a draft.
  if (command !== undefined && /^[a-z-]+$/.test(command) && !existsSync(command)) {
    const near = closest(command, COMMANDS);
    if (near) return usage(`unknown command "${command}"; did you mean ${near}?`, io);
  }
  return (await import('./cli/coach.js')).runCoach(argv, io);
}

function usage(message: string, io: Io): number {
  io.err(`reply-coach: ${message}`);
  return 2;
}

/** Errors the user can act on are one line and exit 2; anything else is an internal error, one line too, unless debugging. */
async function main(): Promise<void> {
  const color = !process.argv.includes('--no-color') && !process.env.NO_COLOR && (process.stdout.isTTY || Boolean(process.env.FORCE_COLOR));
  const io: Io = { out: (s) => console.log(s), err: (s) => console.error(s), cwd: process.cwd(), version: pkg.version, color };
  try {
    process.exitCode = await dispatch(process.argv.slice(2), io);
  } catch (e) {
    const error = e as Error & { code?: string };
    const known = ['UsageError', 'ConfigError', 'SourceError', 'OptionsError', 'RulePackError', 'ProfileError'].includes(error?.name) || error?.code?.startsWith('ERR_PARSE_ARGS');
    const message = String(error?.message ?? e).split('\n').join('; ').replaceAll(`${io.cwd}/`, '');
    if (known) io.err(`reply-coach: ${message}`);
    else {
      io.err(`reply-coach: internal error: ${message}${process.env.REPLY_COACH_DEBUG ? `\n${error?.stack}` : ' (REPLY_COACH_DEBUG=1 shows the stack; please report it)'}`);
    }
    process.exitCode = 2;
  }
}

void main();
