// The UI language: the one source of `lang` and of the words said in it. Components import `i18n` directly, as
// they would an i18n library: every component speaks, so threading `t` through props would only add noise.
import { onStringsLoaded, translate, translateMsg, type Key, type Lang, type Msg } from '../../lib/i18n/index.ts';

export class I18nState {
  /** UI chrome language (data stays as printed); in the URL as lang=en. */
  lang = $state<Lang>('zh');
  /** Bumped when a language's strings arrive (English on first use, the panels' Chinese after the first map), so t() is read again. */
  loads = $state(0);
  constructor() {
    onStringsLoaded(() => this.loads++);
  }
  /** Place name → pinyin, once loaded (LangToggle loads it on the first English use). */
  romaniser = $state.raw<((name: string) => string) | null>(null);
  /** A place name's pinyin in English ("Fúchéngqū"); '' in Chinese or before pinyin-pro has arrived. */
  pinyin = (name: string): string => (this.lang === 'en' && this.romaniser ? this.romaniser(name) : '');
  /** UI string in the current language (src/lib/i18n). */
  t = (key: Key, params?: Readonly<Record<string, string | number>>): string => (this.loads, translate(this.lang, key, params));
  /** A kept message (notice, error) in the current language. */
  say = (m: Msg | string): string => (this.loads, translateMsg(this.lang, m));
}

export const i18n = new I18nState();
