/** How a document's text is read: as `reply-coach check` reads a .txt, .md or .html file; an email's headers are not its reply. */
export type Kind = 'plaintext' | 'markdown' | 'html' | 'mail';

/** Any other languageId (Neovim's `text`, say) is coached as plain text: the client chose to send it. */
export function kindOf(languageId: string): Kind {
  if (languageId === 'mail' || languageId === 'email') return 'mail';
  return languageId === 'markdown' || languageId === 'html' ? languageId : 'plaintext';
}
