// Prints word-count statistics of the built-in replies and length drafts.
// Usage: node bench/data/stats.mjs
import { BANKS, builtinReplyRecords, countWords, lengthDraft } from './replies.mjs';
import { bankSentences } from './compose.mjs';

const summary = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0]}, median ${s[Math.floor(s.length / 2)]}, max ${s[s.length - 1]}`;
};
for (const lang of Object.keys(BANKS)) {
  const recs = builtinReplyRecords(lang);
  const { good, weak } = bankSentences(BANKS[lang]);
  console.log(
    `${lang}: ${recs.length} replies, words ${summary(recs.map((r) => r.words))}; ` +
      `${recs.filter((r) => r.weak).length} with weak sentences, ${recs.filter((r) => r.style === 'chat').length} chat-style; ` +
      `bank: ${good.length} good + ${weak.length} weak body sentences`,
  );
}
for (const w of [50, 200, 1000, 10000]) {
  const d = lengthDraft(w);
  console.log(`lengthDraft(${w}): ${countWords(d)} words, ${d.split('\n\n').length} paragraphs`);
}
