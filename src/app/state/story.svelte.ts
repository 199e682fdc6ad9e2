// The story: the one being shown full screen (the player) and the presenter's own steps ("我的故事", the editor's
// list). Showing a slide applies its view through the view store; classes are locked across the slides there.
import { asOfText, countingRule, parseSelection, selectionTitle } from '../../lib/view/lists.ts';
import { MAX_STEPS, type StoryStep } from '../../lib/story/format.ts';
import { lockedBreaks } from '../../lib/story/lockedBreaks.ts';
import { stepProblem } from '../../lib/story/saved.ts';
import type { ViewState } from '../../lib/link/viewState.ts';
import { buildAreaModel } from '../../lib/view/areas.ts';
import { isLoaded, translator, type Translate } from '../../lib/i18n/index.ts';
import { dataState } from './data.svelte.ts';
import { view } from './view.svelte.ts';
import { notices } from './notices.svelte.ts';
import { catalogueOf, countsFor, mapModel } from './model.svelte.ts';

export interface PlayingStory {
  title: string;
  titleEn?: string;
  steps: StoryStep[];
  index: number;
  /** The view to restore on exit. */
  saved: ViewState;
}

export class StoryState {
  /** The story being shown (full screen); null when none is. */
  playing = $state<PlayingStory | null>(null);
  /** Views added with "添加此视图", in order; kept in localStorage by src/app/story/MyStory.svelte. */
  userSteps = $state<StoryStep[]>([]);

  start(title: string, steps: StoryStep[], titleEn?: string): void {
    const d = dataState.data;
    if (!d || steps.length === 0) return;
    // Every step's area values, counted the way that step counts, classified together: one legend for the story.
    const values = steps.map((s) => {
      const v = { selection: parseSelection(s.view.sel), by: s.view.by, distinct: s.view.distinct };
      return buildAreaModel(countsFor(d, v), d, { by: v.by }).areas.map((a) => a.count);
    });
    this.playing = { title, ...(titleEn ? { titleEn } : {}), steps, index: 0, saved: view.toLink() };
    view.lockedBreaks = lockedBreaks(values);
    view.onStage = true;
    this.show(0);
  }

  show(i: number): void {
    const st = this.playing;
    if (!st) return;
    st.index = Math.max(0, Math.min(st.steps.length - 1, i));
    view.apply(st.steps[st.index]!.view);
  }

  exit(): void {
    const saved = this.playing?.saved;
    this.playing = null;
    view.lockedBreaks = null;
    view.onStage = false;
    if (saved) view.apply(saved);
  }

  /** "添加此视图": the current view as a step, titled in Chinese (and English once it has loaded). */
  addCurrentView(): void {
    const v = view.toLink();
    const catalogue = dataState.data ? catalogueOf(dataState.data.lists, view.selection) : [];
    const text = (t: Translate) => ({
      title: selectionTitle(catalogue, view.selection, t),
      caption: t('map.story.caption', { rule: countingRule({ distinct: view.distinct, by: view.by }, t), asOf: asOfText(mapModel.lists, t) }),
    });
    const zh = text(translator('zh'));
    const en = isLoaded('en') ? text(translator('en')) : null;
    const step: StoryStep = { ...zh, ...(en ? { titleEn: en.title, captionEn: en.caption } : {}), view: v };
    if (this.userSteps.length >= MAX_STEPS) {
      notices.add({ key: 'mystory.full', params: { n: MAX_STEPS } });
      return;
    }
    // A step that could not be read back would make the whole saved story unreadable: refuse it, saying why.
    const problem = stepProblem(step);
    if (problem) notices.add({ key: 'mystory.unsaveable', params: { error: problem } });
    else this.userSteps = [...this.userSteps, step];
  }

  /** Replace the user's story (read from storage or an imported file). */
  setUserSteps(steps: StoryStep[]): void {
    this.userSteps = steps.slice(0, MAX_STEPS);
  }

  removeStep(i: number): void {
    this.userSteps = this.userSteps.filter((_, j) => j !== i);
  }

  clearSteps(): void {
    this.userSteps = [];
  }
}

export const story = new StoryState();
