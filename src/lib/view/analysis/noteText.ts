// Why a row is borrowed or not placed, in the UI language. The registry (src/lib/registry) writes its notes as
// Chinese sentences from a few fixed templates; this reads them back into their parts and words them with `t`,
// keeping the names, places and row ids inside as printed. A note that fits no template is returned unchanged, and
// noteText.test.ts checks that every note the seed lists produce is understood (so a new template shows up there).
import type { Translate } from '../../i18n/index.ts';

type Part = { key: Parameters<Translate>[0]; params?: Record<string, string | Part> };

const WHY = /^(本表无属地列|属地“(.*?)”无法定位)/s;

function why(m: RegExpMatchArray): Part {
  return m[1] === '本表无属地列' ? { key: 'drawer.note.noColumn' } : { key: 'drawer.note.unplaceable', params: { text: m[2]! } };
}

/** The shared location of the same enterprise (the registry's `borrowable` notes). */
function borrow(s: string): Part | undefined {
  let m = s.match(/^同一企业属地冲突，不借用：(.+)$/s);
  if (m) return { key: 'drawer.note.conflict', params: { places: m[1]! } };
  m = s.match(/^同一企业印有不同园区（(.+)），只借用共同所在的(.+)$/s);
  if (m) return { key: 'drawer.note.parks', params: { places: m[1]!, county: m[2]! } };
  m = s.match(/^借用同一企业在(.+?)印的属地(.+)$/s);
  if (m) return { key: 'drawer.note.borrowed', params: { from: m[1]!, unit: m[2]! } };
  return undefined;
}

function parse(note: string): Part | undefined {
  const m = note.match(WHY);
  if (!m) return borrow(note);
  const w = why(m);
  const rest = note.slice(m[0].length);
  if (rest === '') return w;
  if (rest === '，同一企业在其他名单也无属地') return { key: 'drawer.note.nowhere', params: { why: w } };
  const joint = rest.match(/^；一行列出多个单位（(.+)），不借用$/s);
  if (joint) return { key: 'drawer.note.joint', params: { why: w, name: joint[1]! } };
  const b = rest.startsWith('；') ? borrow(rest.slice(1)) : undefined;
  return b ? { key: 'drawer.note.then', params: { why: w, borrow: b } } : undefined;
}

function say(p: Part, t: Translate): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.params ?? {})) params[k] = typeof v === 'string' ? v : say(v, t);
  return t(p.key, params);
}

/** A registry note in the language of `t`; in Chinese it reads exactly as the registry wrote it. */
export function noteText(note: string, t: Translate): string {
  const p = parse(note);
  return p ? say(p, t) : note;
}
