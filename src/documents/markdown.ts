// Markdown as the coach reads it: parsed with micromark (mdast-util-from-markdown,
// front matter extension), and everything that is not prose blanked to spaces.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { frontmatter } from 'micromark-extension-frontmatter';

interface Node {
  type: string;
  url?: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Our inline directives stay readable in Markdown's HTML comments. */
const DIRECTIVE = /^<!--\s*reply-coach-/;

const SYNTAX = { extensions: [frontmatter(['yaml', 'toml'])], mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml'])] };

const startOf = (n: Node) => n.position?.start.offset ?? 0;
const endOf = (n: Node) => n.position?.end.offset ?? 0;

/** A link whose text is its address (`<https://…>`, `<a@b.c>`): nothing in it is prose. */
function isAutolink(node: Node): boolean {
  const only = node.children?.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text' || node.url === undefined) return false;
  return node.url === only.value || node.url === `mailto:${only.value}`;
}

/**
 * The text of a Markdown file with its non-prose parts blanked (spaces, line
 * breaks kept): front matter (YAML `---` or TOML `+++`, any line ending), code
 * blocks (fenced and indented), inline code, HTML (comments and tags; our
 * directive comments stay), link and image addresses, autolinks, images and
 * link definitions. The text keeps the file's length and lines, so offsets need
 * no map. One pass over the tree and one over the text: linear in the file.
 */
export function markdownText(source: string): string {
  const tree = fromMarkdown(source, SYNTAX) as Node;
  const hidden = new Uint8Array(source.length + 1);
  const hide = (from: number, to: number) => {
    for (let i = from; i < to; i++) hidden[i] = 1;
  };
  const show = (from: number, to: number) => {
    for (let i = from; i < to; i++) hidden[i] = 0;
  };
  const walk = (node: Node): void => {
    switch (node.type) {
      case 'yaml':
      case 'toml':
      case 'code':
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'definition':
        hide(startOf(node), endOf(node));
        return;
      case 'html':
        if (!DIRECTIVE.test(node.value ?? '')) hide(startOf(node), endOf(node));
        return;
      case 'link':
        // The brackets and the address go; the link text stays, unless it is the address itself.
        hide(startOf(node), endOf(node));
        if (isAutolink(node)) return;
        for (const child of node.children ?? []) {
          show(startOf(child), endOf(child));
          walk(child);
        }
        return;
      default:
        for (const child of node.children ?? []) walk(child);
    }
  };
  walk(tree);
  let out = '';
  let run = 0;
  // Built in slices (not a character at a time) so a large file stays cheap.
  for (let i = 0; i <= source.length; i++) {
    if (i < source.length && hidden[i] === hidden[run]) continue;
    const piece = source.slice(run, i);
    out += hidden[run] ? piece.replace(/[^\r\n]/g, ' ') : piece;
    run = i;
  }
  return out;
}
