// Story mode: an ordered set of views with a title and caption each (data/story.json, or built in the app with
// "添加此视图"). Class breaks are locked across the steps so a colour means the same count on every slide.
import { z } from 'zod/mini';
import { classify, type Method } from '../classify/index.ts';
import { decodeView, type ViewState } from './url.ts';

export const StorySchema = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(120)),
  steps: z
    .array(
      z.object({
        title: z.string().check(z.minLength(1), z.maxLength(120)),
        caption: z.string().check(z.maxLength(600)),
        view: z.string().check(z.maxLength(600)),
      }),
    )
    .check(z.minLength(1), z.maxLength(30)),
});

export type StoryFile = z.infer<typeof StorySchema>;

export interface StoryStep {
  title: string;
  caption: string;
  view: ViewState;
}

/** Validate a story; a step whose view string has an invalid field is an error naming the step, not a silent default. */
export function parseStory(json: unknown): { title: string; steps: StoryStep[] } {
  const r = StorySchema.safeParse(json);
  if (!r.success) throw new Error(`invalid story: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const steps = r.data.steps.map((s, i) => {
    const { view, notices } = decodeView(s.view);
    if (notices.length) throw new Error(`invalid story step ${i + 1} (${s.title}): ${notices.join('; ')}`);
    return { title: s.title, caption: s.caption, view };
  });
  return { title: r.data.title, steps };
}

/**
 * One set of breaks for every step: classify all steps' area values together (zeros and no-data excluded by the
 * classifier) and return the lower bounds, to be applied as method 'custom' on each slide.
 */
export function lockedBreaks(valuesPerStep: readonly (readonly (number | undefined)[])[], method: Method = 'nice', k = 4): number[] {
  return classify(valuesPerStep.flat(), { method, k }).thresholds;
}
