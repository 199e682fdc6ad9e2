// The story file format: an ordered set of views with a title and caption each (data/story.json, a saved "我的故事"
// or an imported file), and the one validator that reads them all.
import { z } from 'zod/mini';
import { decodeView } from '../link/viewLink.ts';
import type { ViewState } from '../link/viewState.ts';
import { translateMsg, type Lang, type Msg } from '../i18n/index.ts';
import { issueMessages, StoryError, summarise } from './problems.ts';
import { MAX_CALLOUT_TEXT, MAX_CALLOUTS, MAX_ENTERPRISE_KEY, MAX_STEPS } from './limits.ts';

export { MAX_CALLOUT_TEXT, MAX_CALLOUTS, MAX_STEPS };

// Titles and captions are content, written in Chinese; titleEn/captionEn are optional English versions shown when
// the UI is in English (a story without them shows the Chinese text in both languages).
const title = z.string().check(z.minLength(1), z.maxLength(120));
const caption = z.string().check(z.maxLength(600));

const calloutString = z.string().check(z.minLength(1), z.maxLength(MAX_CALLOUT_TEXT));
/**
 * A short text pinned to a county (its code), a park (its id) or an enterprise (its registry key, the normalised name
 * data/placed.json keys it by: 长虹模塑科技), drawn with a leader line to it. Exactly one of `at` and `enterprise`.
 */
const CalloutSchema = z
  .object({
    at: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
    enterprise: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_ENTERPRISE_KEY))),
    text: calloutString,
    textEn: z.optional(calloutString),
  })
  .check(z.refine((c) => (c.at === undefined) !== (c.enterprise === undefined), { params: { key: 'present.error.calloutTarget' } }));
export type Callout = z.infer<typeof CalloutSchema>;

export const StorySchema = z.object({
  title,
  titleEn: z.optional(title),
  steps: z
    .array(
      z.object({
        title,
        titleEn: z.optional(title),
        caption,
        captionEn: z.optional(caption),
        view: z.string().check(z.maxLength(600)),
        callouts: z.optional(z.array(CalloutSchema).check(z.maxLength(MAX_CALLOUTS))),
      }),
    )
    .check(z.minLength(1), z.maxLength(MAX_STEPS)),
});

export type StoryFile = z.infer<typeof StorySchema>;

export interface StoryStep {
  title: string;
  caption: string;
  /** English title and caption, when the story has them. */
  titleEn?: string;
  captionEn?: string;
  view: ViewState;
  /** Notes pinned to places on the slide, when it has some. */
  callouts?: Callout[];
}

export interface Story {
  title: string;
  titleEn?: string;
  steps: StoryStep[];
}

/**
 * Validate a story. A problem is a StoryError whose messages name the field and the limit ("最多 30 步；文件中有
 * 10,000 步"); a step whose view string has an invalid field is an error naming the step, not a silent default.
 */
export function parseStory(json: unknown): Story {
  const r = StorySchema.safeParse(json);
  if (!r.success) throw storyError(issueMessages(r.error.issues, json));
  const steps = r.data.steps.map((s, i): StoryStep => {
    const { view, notices } = decodeView(s.view);
    if (notices.length) throw storyError(notices.map((problem) => ({ key: 'story.error.stepView', params: { i: i + 1, title: s.title, problem } })));
    return {
      title: s.title,
      caption: s.caption,
      ...(s.titleEn ? { titleEn: s.titleEn } : {}),
      ...(s.captionEn ? { captionEn: s.captionEn } : {}),
      view,
      ...(s.callouts?.length ? { callouts: s.callouts.map(readCallout) } : {}),
    };
  });
  return { title: r.data.title, ...(r.data.titleEn ? { titleEn: r.data.titleEn } : {}), steps };
}

/** A callout as read, with only the fields it has (a file's `"textEn": ""` is no English text). */
const readCallout = (c: Callout): Callout => ({
  ...(c.at !== undefined ? { at: c.at } : {}),
  ...(c.enterprise !== undefined ? { enterprise: c.enterprise } : {}),
  text: c.text,
  ...(c.textEn ? { textEn: c.textEn } : {}),
});

const storyError = (problems: Msg[]) => new StoryError(problems, translateMsg('zh', summarise(problems)));

/** A story's or a step's title and caption in the UI language: the English version where there is one. */
export function storyText<T extends { title: string; titleEn?: string; caption?: string; captionEn?: string }>(
  s: T,
  lang: Lang,
): { title: string; caption: string } {
  const en = lang === 'en';
  return { title: (en && s.titleEn) || s.title, caption: (en && s.captionEn) || (s.caption ?? '') };
}

/** A callout's text in the UI language: the English version where there is one. */
export const calloutText = (c: Callout, lang: Lang): string => (lang === 'en' && c.textEn) || c.text;
