import enClarity from '../rules/en/clarity.json' with { type: 'json' };
import enEmpathy from '../rules/en/empathy.json' with { type: 'json' };
import enFormality from '../rules/en/formality.json' with { type: 'json' };
import enJargon from '../rules/en/jargon.json' with { type: 'json' };
import enOwnership from '../rules/en/ownership.json' with { type: 'json' };
import enPersonalization from '../rules/en/personalization.json' with { type: 'json' };
import enPositiveLanguage from '../rules/en/positive-language.json' with { type: 'json' };

/** The packs shipped in rules/, bundled so the library runs offline and in the browser. Validated on first use. */
export const BUILTIN_PACK_DATA: readonly unknown[] = [
  enPositiveLanguage,
  enEmpathy,
  enJargon,
  enClarity,
  enFormality,
  enOwnership,
  enPersonalization,
];
