// Every tool the benchmark times: reply-coach first, then the peers (bench/peers).
// A tool is `{ name, version, setup }`; setup() resolves to lint(text) → number of problems.
import { readFileSync } from 'node:fs';
import { PEER_DEFS, loadPeers } from './peers/index.mjs';

const DIST = new URL('../dist/index.js', import.meta.url).href;
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** reply-coach as an editor uses it: one coach, reused, all English packs, language given. */
export const REPLY_COACH = {
  name: 'reply-coach',
  setup: async () => {
    const { createCoach } = await import(DIST);
    const coach = createCoach({ language: 'en' });
    return (text) => coach.analyze(text).findings.length;
  },
};

export async function loadTools() {
  return [{ ...REPLY_COACH, version }, ...(await loadPeers())];
}

export const TOOL_DEFS = [REPLY_COACH, ...PEER_DEFS];
