// A dictionary and t(): small on purpose (the initial bundle has a budget, so English is fetched on first use).
// Pure: Node tests and the browser.
import { ZH_FIRST, type Key } from './strings.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type { Key };

type Dict = Readonly<Partial<Record<Key, string>>>;

/** Chinese: the first paint's strings at once, the panels' (later.zh.ts) added by loadLang('zh'). English: all or none. */
const ZH: Partial<Record<Key, string>> = { ...ZH_FIRST };
const DICTS: Partial<Record<Lang, Dict>> = {};
const loading: Partial<Record<Lang, Promise<void>>> = {};
const arrived = new Set<() => void>();

/** Fetch a language's strings once; resolves when translate() can use all of them. */
export function loadLang(lang: Lang): Promise<void> {
  loading[lang] ??= (
    lang === 'en'
      ? import('./en.ts').then((m) => void (DICTS.en = m.EN))
      : import('./later.zh.ts').then((m) => {
          Object.assign(ZH, m.ZH_LATER);
          DICTS.zh = ZH;
        })
  ).then(() => arrived.forEach((f) => f()));
  return loading[lang];
}

export const isLoaded = (lang: Lang): boolean => DICTS[lang] !== undefined;

/** Calls `f` each time a language's strings arrive (the page's i18n state re-reads its texts). Returns the unsubscribe. */
export function onStringsLoaded(f: () => void): () => void {
  arrived.add(f);
  return () => arrived.delete(f);
}

/** Names of the "{x}" parameters in a string, in order of appearance. */
export function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/**
 * The string for `key` in `lang` (Chinese until that language is loaded), parameters filled in. A missing parameter
 * stays visible as "{name}" rather than printing "undefined", so a wrong call shows up on screen and in tests.
 */
export function translate(lang: Lang, key: Key, params: Readonly<Record<string, string | number>> = {}): string {
  const s = DICTS[lang]?.[key] ?? ZH[key] ?? pending(key);
  return s.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * A key whose Chinese string has not arrived yet (a panel's, asked for before the page's loadLang('zh') resolved): its
 * strings are fetched, and the text is empty meanwhile rather than the raw key; onStringsLoaded lets the page fill it
 * in. Once everything has arrived, an unknown key shows as itself, so a wrong key is visible.
 */
function pending(key: Key): string {
  if (DICTS.zh) return key;
  void loadLang('zh');
  return '';
}

/** A t()-like function: what pure code that builds UI text takes, so it never reaches for the app's state. */
export type Translate = (key: Key, params?: Readonly<Record<string, string | number>>) => string;

/** translate() bound to one language. */
export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    translate(lang, key, params);

/**
 * UI text kept as a key and its parameters, translated where it is shown, so it follows the language toggle (a link's
 * notices are made before its lang= has loaded English). A parameter may itself be a message, e.g. a field's name,
 * or a list of them, joined with the language's 'msg.list' separator. Plain JSON: messages cross the worker
 * boundary, go into IndexedDB and into data files written at build time.
 */
export interface Msg {
  key: Key;
  params?: Readonly<Record<string, MsgParam>>;
}

export type MsgParam = string | number | Msg | readonly (string | Msg)[];

/** A message (or an already final string: text stored before it had a key) in `lang`. */
export const translateMsg = (lang: Lang, m: Msg | string): string => msgText(translator(lang), m);

/** A message worded by a t(): pure code that builds UI text takes a t, so it can word messages too. */
export function msgText(t: Translate, m: Msg | string): string {
  if (typeof m === 'string') return m;
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params ?? {})) params[k] = paramText(t, v);
  return t(m.key, params);
}

function paramText(t: Translate, v: MsgParam): string | number {
  if (typeof v !== 'object') return v;
  if (Array.isArray(v)) return (v as readonly (string | Msg)[]).map((x) => msgText(t, x)).join(t('msg.list'));
  return msgText(t, v as Msg);
}

/** Several messages as one: "a；b；c" / "a; b; c" (a row's reader problems in one note). */
export function joinMsgs(parts: readonly Msg[]): Msg {
  return parts.slice(1).reduce<Msg>((a, b) => ({ key: 'msg.then', params: { a, b } }), parts[0] ?? { key: 'msg.empty' });
}

/** translateMsg() bound to one language: what pure code that words stored messages takes. */
export type SayMsg = (m: Msg | string) => string;
export const sayer =
  (lang: Lang): SayMsg =>
  (m) =>
    translateMsg(lang, m);

/**
 * Syllables (from pinyin-pro, with tone marks) → one capitalised word, as place names are romanised on maps:
 * ['fú','chéng','qū'] → "Fúchéngqū". Non-Han characters pass through pinyin-pro unchanged and are kept.
 */
export function romanise(syllables: readonly string[]): string {
  const s = syllables.join('').replace(/\s+/g, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

let romaniser: Promise<(name: string) => string> | undefined;

/** Place name → pinyin ("Fúchéngqū"). pinyin-pro is large: fetched once, on the first English use. */
export function loadRomaniser(): Promise<(name: string) => string> {
  romaniser ??= import('pinyin-pro').then((m) => (name: string) => romanise(m.pinyin(name, { type: 'array' })));
  return romaniser;
}
