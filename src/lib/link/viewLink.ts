// The view in the URL (hash), so a copied link reopens the same map. Each field is validated on its own with zod:
// a tampered or outdated field falls back to its default and says so, the rest of the link still applies.
// zod/mini: the same validation with a tree-shakable API, so the first paint's bundle carries only what is used.
import { z } from 'zod/mini';
import type { Msg } from '../i18n/index.ts';
import { DEFAULT_VIEW, DRAWER_TABS, LAYER_KEYS, type ViewState } from './viewState.ts';
// Writing a link needs no validation: encodeView lives in its own zod-free module, which the first paint loads.
export { encodeView } from './encodeView.ts';
import { CLASS_COUNT, METHODS, SCHEMES } from '../classify/index.ts';
import { COUNT_UNITS } from '../aggregate/types.ts';
import { LANGS } from '../i18n/index.ts';

const bool = z.pipe(
  z.enum(['0', '1']),
  z.transform((s) => s === '1'),
);

/** One schema per URL parameter; the value is the raw string from the hash. */
const FIELD_SCHEMAS = {
  sel: z.string().check(z.regex(/^(all|plan:[a-z0-9-]+|list:[a-z0-9-]+)$/)),
  by: z.enum(COUNT_UNITS),
  distinct: bool,
  method: z.enum(METHODS),
  // The picker's range: a link cannot ask for a class count the picker would not offer.
  k: z.pipe(z.pipe(z.string().check(z.regex(/^\d{1,2}$/)), z.transform(Number)), z.number().check(z.gte(CLASS_COUNT.min), z.lte(CLASS_COUNT.max))),
  scheme: z.enum(SCHEMES),
  custom: z.string().check(z.maxLength(80), z.regex(/^[\d.,，\s]*$/)),
  layers: z.pipe(
    z.string().check(z.regex(new RegExp(`^[01]{${LAYER_KEYS.length}}$`))),
    z.transform((s) => Object.fromEntries(LAYER_KEYS.map((k, i) => [k, s[i] === '1'])) as ViewState['layers']),
  ),
  area: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  compare: z.pipe(
    z.string().check(z.regex(/^[a-z0-9-]{1,40}(,[a-z0-9-]{1,40}){0,3}$/)),
    z.transform((s) => s.split(',')),
  ),
  tab: z.enum(DRAWER_TABS),
  cam: z.pipe(
    z.pipe(
      z.string(),
      z.transform((s) => s.split(',').map(Number)),
    ),
    z.tuple([z.number().check(z.gte(100), z.lte(110)), z.number().check(z.gte(28), z.lte(35)), z.number().check(z.gte(4), z.lte(16))]),
  ),
  lang: z.enum(LANGS),
  // A registry key is a name with its whitespace removed (src/lib/registry/normalize.ts): any other character may be
  // in it (brackets, Latin letters, 、), so only length, whitespace and control characters are refused here; whether
  // the enterprise exists is for the data to say (ViewStore.apply).
  ent: z.string().check(z.regex(/^[^\s\p{Cc}\p{Cf}]{1,100}$/u)),
} satisfies Record<keyof ViewState, z.ZodMiniType>;

// A Map, not the object: `key in FIELD_SCHEMAS` also matched inherited names (#constructor=1, #__proto__=1, #toString=1),
// which then threw "….safeParse is not a function" and stopped the URL from following the view.
const FIELDS: ReadonlyMap<string, z.ZodMiniType> = new Map(Object.entries(FIELD_SCHEMAS));

/**
 * Parse a hash (with or without "#"). Unknown parameters are ignored with a notice; a bad value keeps the default
 * and names the parameter and the value, e.g. `链接参数“分级方法”的值 "foo" 无效，已使用默认值`. Notices are
 * messages, not text: the link's own lang= decides their language, and English may not have loaded yet. All notices
 * are returned; the page shows the first few (capNotices in ./notices.ts).
 */
export function decodeView(hash: string): { view: ViewState; notices: Msg[] } {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const view: ViewState = structuredClone(DEFAULT_VIEW);
  const notices: Msg[] = [];
  for (const [key, raw] of p) {
    const schema = FIELDS.get(key);
    if (!schema) {
      notices.push({ key: 'map.notice.unknownParam', params: { key: key.slice(0, 40) } });
      continue;
    }
    const k = key as keyof ViewState;
    const r = schema.safeParse(raw);
    if (r.success) (view as unknown as Record<string, unknown>)[k] = r.data;
    else notices.push({ key: 'map.notice.badValue', params: { field: { key: `map.field.${k}` }, value: raw.slice(0, 40) } });
  }
  return { view, notices };
}
