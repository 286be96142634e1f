/** How a document's text is read: as `reply-coach check` reads a .txt, .md or .html file. */
export type Kind = 'plaintext' | 'markdown' | 'html';

/** Any other languageId (Neovim's `text` or `mail`, say) is coached as plain text: the client chose to send it. */
export function kindOf(languageId: string): Kind {
  return languageId === 'markdown' || languageId === 'html' ? languageId : 'plaintext';
}
