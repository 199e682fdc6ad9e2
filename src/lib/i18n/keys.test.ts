// Every key of the dictionaries, walked in both languages: worded in each, every {parameter} it declares used when
// it is filled, and no parameter left over. The messages the data modules emit (notes.*.ts) are held to more: the
// Chinese says no English word, and the English no Chinese beyond the data it quotes (绵阳市 in the city note). And
// every key is used: named whole somewhere in src, or built from a value in one of the allow-listed families.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ZH_FIRST, type Key } from './strings.ts';
import { ZH_LATER } from './later.zh.ts';
import { EN } from './en.ts';
import { ZH_NOTES } from './notes.zh.ts';
import { loadLang, placeholders, translate } from './index.ts';

/** Every Chinese string: the first paint's and the panels' (loaded later in the page). */
const ZH: Record<Key, string> = { ...ZH_FIRST, ...ZH_LATER };

const keys = Object.keys(ZH) as Key[];
beforeAll(() => loadLang('en'));

describe('every key in both languages', () => {
  it.each(['zh', 'en'] as const)('%s words every key, each parameter used and filled', (lang) => {
    const wrong: string[] = [];
    for (const k of keys) {
      const names = placeholders(ZH[k]);
      const params = Object.fromEntries(names.map((n) => [n, `⟦${n}⟧`]));
      const s = translate(lang, k, params);
      if (!s.trim()) wrong.push(`${k}: empty`);
      for (const n of names) if (!s.includes(`⟦${n}⟧`)) wrong.push(`${k}: {${n}} not used`);
      if (/\{\w+\}/.test(s)) wrong.push(`${k}: a parameter left unfilled in "${s}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('English is not the Chinese text under another name', () => {
    const same = keys.filter((k) => placeholders(ZH[k]).length === 0 && EN[k] === ZH[k] && /\p{Script=Han}/u.test(ZH[k]));
    expect(same).toEqual([]);
  });
});

describe('the data modules’ messages (notes.*.ts)', () => {
  const notes = Object.keys(ZH_NOTES) as (keyof typeof ZH_NOTES)[];
  /** What the words around the parameters say, with the parameters taken out (they carry data as printed). */
  const words = (s: string) => s.replace(/\{\w+\}/g, ' ');

  it('the Chinese has no English word (file formats and units aside)', () => {
    const allowed = /^(NUL|Excel|xlsx?|CSV|UTF|JSON|null)$/;
    const english = notes.flatMap((k) =>
      [...words(ZH_NOTES[k]).matchAll(/[A-Za-z]{3,}/g)]
        .map((m) => m[0])
        .filter((w) => !allowed.test(w))
        .map((w) => `${k}: ${w}`),
    );
    expect(english).toEqual([]);
  });

  it('the English has no Chinese but the city’s printed name', () => {
    const han = notes.flatMap((k) =>
      [...words(EN[k]).matchAll(/\p{Script=Han}+/gu)]
        .map((m) => m[0])
        .filter((w) => w !== '绵阳市')
        .map((w) => `${k}: ${w}`),
    );
    expect(han).toEqual([]);
  });
});

describe('every key is used', () => {
  const SRC = join(import.meta.dirname, '../..');
  /** The dictionaries themselves: a key written there is not a use of it. */
  const DICTIONARY = /^lib\/i18n\/(\w+\.(zh|en)\.ts|strings\.ts|en\.ts)$/;
  const code = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts') && !DICTIONARY.test(relative(SRC, join(SRC, f))))
    .map((f) => readFileSync(join(SRC, f), 'utf8'))
    .join('\n');
  /**
   * Families of keys whose name is built from a value, never written whole: each entry is the template's fixed head
   * as it appears in the code (checked below, so the list cannot outlive the code that builds them).
   */
  const DYNAMIC = [
    'layer.${', // Controls.svelte: the layer toggles, by LAYER key
    'method.${', // Controls.svelte and classify/index.ts: the classification methods
    'scheme.${', // Controls.svelte: the colour schemes
    'drawer.tab.${', // InsightDrawer.svelte: the analysis tabs, by tab id
    'map.warn.${', // classify/index.ts: the classification warnings, by kind
    'map.field.${', // link/viewLink.ts: the link field a bad value was found in
    'storyEdit.${', // story/StepEditor.svelte: the step's text fields
  ];

  it('the built families are still built where the allow-list says', () => {
    expect(DYNAMIC.filter((head) => !code.includes('`' + head))).toEqual([]);
  });

  it('no key is left that no code names (whole, in quotes) or builds (an allow-listed family)', () => {
    const built = (k: string) => DYNAMIC.some((head) => k.startsWith(head.slice(0, -2)) && !k.slice(head.length - 2).includes('.'));
    const unused = keys.filter((k) => !built(k) && !["'", '"', '`'].some((q) => code.includes(`${q}${k}${q}`)));
    expect(unused).toEqual([]);
  });
});
