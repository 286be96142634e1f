// Kept free of imports: `reply-coach --help` prints it without loading the engine.
/** Help lines for the customer, team and subject flags, shared by the default command and `check`. */
export const AUDIENCE_HELP = `  --name <name>         the customer's name
  --locale <bcp47>      the customer's locale, e.g. en-GB
  --formality <f>       formal | informal
  --time-zone <zone>    the customer's IANA time zone, e.g. Asia/Tokyo
  --team-locale <bcp47> your team's locale (reads numeric dates in its day-month order)
  --team-time-zone <zone>  your team's IANA time zone (a promised time with no zone is
                        flagged when the customer's differs)
  --subject <text>      the email's subject line, checked too; without it, a file's own
                        (front matter subject:, an email's Subject: header) is checked
  --spelling            spell-check the drafts (en, pl, cs, sk) with the installed Hunspell
                        dictionary packages (dictionary-en, -pl, -cs, -sk)`;
