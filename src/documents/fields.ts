import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Source } from './sources.js';

/**
 * Macro exports (JSON or YAML) keep each canned response in a field:
 * `--field comment_value`, or a path through lists such as `actions[].value`.
 * Every string found there is a draft; `map` places its text in the file
 * (exactly for plain and simply quoted strings; at the string's start where
 * escapes make the source longer than the text).
 */
export function fieldSources(file: string, original: string, path: string, subjectPath?: string): (Source & { subject?: string })[] {
  const doc = parseDocument(original, { keepSourceTokens: false });
  const found = stringsAt(doc.contents, path);
  return found.map(({ node, record }) => {
    const text = (node as { value: string }).value;
    const [start, end] = node.range ?? [0, 0];
    // The subject is looked up in the record that holds the draft (a macro's own title or subject field).
    const subject = subjectPath && record ? stringsAt(record, subjectPath)[0] : undefined;
    const source = { file, original, text, map: offsets(original.slice(start, end), start, text) };
    return subject ? { ...source, subject: (subject.node as { value: string }).value } : source;
  });
}

/** The strings at a dotted path (`a.b`, `list[].value`), each with the innermost record (map) it was found in. */
function stringsAt(root: unknown, path: string): { node: Node; record?: Node }[] {
  const steps = path.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
  const found: { node: Node; record?: Node }[] = [];
  const walk = (node: unknown, i: number, record: Node | undefined): void => {
    if (i === steps.length) {
      if (isScalar(node) && typeof node.value === 'string') found.push({ node, ...(record ? { record } : {}) });
      return;
    }
    const step = steps[i]!;
    if (step === '[]') {
      if (isSeq(node)) for (const item of node.items) walk(item, i + 1, record);
      return;
    }
    // A key at any depth of a list of records: "comment_value" also finds [{comment_value: ...}].
    if (isSeq(node)) for (const item of node.items) walk(item, i, record);
    else if (isMap(node)) walk(node.get(step, true), i + 1, node);
  };
  walk(root, 0, undefined);
  return found;
}

/** Source offset of each UTF-16 unit of a string's value (and of its end), reading its escapes; at the string's start when it cannot tell. */
export function offsets(raw: string, start: number, text: string): number[] {
  const map: number[] = [];
  if (raw.startsWith('"')) {
    for (let i = 1; i < raw.length - 1; ) {
      if (raw[i] !== '\\') {
        map.push(start + i);
        i++;
        continue;
      }
      const kind = raw[i + 1];
      const hex = kind === 'u' ? 4 : kind === 'x' ? 2 : kind === 'U' ? 8 : 0;
      const units = hex ? String.fromCodePoint(parseInt(raw.slice(i + 2, i + 2 + hex), 16) || 32).length : 1;
      for (let k = 0; k < units; k++) map.push(start + i);
      i += 2 + hex;
    }
  } else if (raw.startsWith("'")) {
    for (let i = 1; i < raw.length - 1; i++) {
      map.push(start + i);
      if (raw[i] === "'" && raw[i + 1] === "'") i++;
    }
  } else if (raw.startsWith(text)) {
    for (let k = 0; k < text.length; k++) map.push(start + k);
  }
  if (map.length !== text.length) return Array.from({ length: text.length + 1 }, () => start);
  map.push(start + raw.length - (/^["']/.test(raw) ? 1 : 0));
  return map;
}
