// "我的故事": the views a presenter added with "添加此视图", kept between visits (the app stores the text in
// localStorage) and exchanged as a file. One format for all three — the shipped data/story.json, the saved story
// and an imported file — so one validator (parseStory) reads them all.
import { encodeView } from '../link/encodeView.ts';
import { parseStory, type StoryFile, type StoryStep } from './format.ts';
import { isStoryError, summarise } from './problems.ts';
import type { Msg } from '../i18n/index.ts';

/** The localStorage key of the saved story. */
export const USER_STORY_KEY = 'mianyang-policy-map:my-story';

/** Steps as a story file: views become link hashes (as in data/story.json); English texts only where there are some. */
export function storyFile(steps: readonly StoryStep[], title: string, titleEn?: string): StoryFile {
  return {
    title,
    ...(titleEn ? { titleEn } : {}),
    steps: steps.map((s) => ({
      title: s.title,
      ...(s.titleEn ? { titleEn: s.titleEn } : {}),
      caption: s.caption,
      ...(s.captionEn ? { captionEn: s.captionEn } : {}),
      view: encodeView(s.view),
      ...(s.callouts?.length ? { callouts: s.callouts } : {}),
    })),
  };
}

/**
 * The text to save or export: JSON indented like data/story.json, with a final newline. Null when there are no steps:
 * a story needs at least one, and an empty story is nothing to keep.
 */
export function serializeStory(steps: readonly StoryStep[], title: string, titleEn?: string): string | null {
  return steps.length ? JSON.stringify(storyFile(steps, title, titleEn), null, 2) + '\n' : null;
}

/**
 * Read a saved or imported story. Nothing saved (null or blank) is no steps and no error; text that is not JSON or not
 * a valid story is no steps and the reason, as a message naming the field and the limit — never a throw, so a corrupt
 * entry cannot take the page down.
 */
export function readStory(text: string | null): { steps: StoryStep[]; error: Msg | null } {
  if (text === null || text.trim() === '') return { steps: [], error: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { steps: [], error: { key: 'story.error.json', params: { error: e instanceof Error ? e.message : String(e) } } };
  }
  try {
    return { steps: parseStory(json).steps, error: null };
  } catch (e) {
    if (isStoryError(e)) return { steps: [], error: summarise(e.problems) };
    throw e;
  }
}

/**
 * Why a step could not be saved, or null. A view is kept as its link, and a link can say less than the map can show
 * (zoomed in past 16, say): such a step would make the whole saved story unreadable on the next visit.
 */
export function stepProblem(step: StoryStep): Msg | null {
  return readStory(serializeStory([step], '-')).error;
}
