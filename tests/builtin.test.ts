import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtinPacks } from '../src/packs.js';
import { supportedLocaleLanguages } from '../src/locales.js';

const root = join(import.meta.dirname, '..');

it('bundles every pack in rules/ and every locale in locales/', () => {
  const onDisk = readdirSync(join(root, 'rules'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\\/g, '/').replace(/\.json$/, ''))
    .sort();
  expect(builtinPacks().map((p) => `${p.language}/${p.category}`).sort()).toEqual(onDisk);
  const locales = readdirSync(join(root, 'locales')).filter((f) => /^[a-z]{2,3}\.json$/.test(f)).map((f) => f.slice(0, -5));
  expect(supportedLocaleLanguages().sort()).toEqual(locales.sort());
});

it('has no rule id twice across packs', () => {
  const ids = builtinPacks().flatMap((p) => p.rules.map((r) => r.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});
