// The story: the one being shown full screen (the player) and the presenter's own steps ("我的故事", the editor's
// list). Showing a slide applies its view through the view store; classes are locked across the slides there.
import { asOfText, countingRule, parseSelection, selectionTitle } from '../../lib/view/lists.ts';
import type { StoryStep } from '../../lib/story/format.ts';
import { MAX_STEPS } from '../../lib/story/limits.ts';
import { lockedBreaks } from '../../lib/story/lockedBreaks.ts';
import type { ViewState } from '../../lib/link/viewState.ts';
import { tick } from 'svelte';
import { buildAreaModel } from '../../lib/view/areas.ts';
import { isLoaded, translator, type Lang, type Msg, type Translate } from '../../lib/i18n/index.ts';
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

/** The texts of a step the editor changes. */
export type StepText = Partial<Pick<StoryStep, 'title' | 'titleEn' | 'caption' | 'captionEn' | 'callouts'>>;

/** Why a step could not be saved, or null (src/lib/story/saved.ts stepProblem). */
export type StepCheck = (step: StoryStep) => Msg | null;

export class StoryState {
  /**
   * The story file's validator (zod) arrives with the story tools (src/app/boot/laterTools.ts sets it), after the first
   * map: nothing that adds or edits a step can be used before those tools are on the page.
   */
  checkStep: StepCheck = () => {
    throw new Error('story tools not loaded: checkStep is set by boot/laterTools.ts');
  };
  /** The story being shown (full screen); null when none is. */
  playing = $state<PlayingStory | null>(null);
  /** Views added with "添加此视图", in order; kept in localStorage by src/app/story/MyStory.svelte. */
  userSteps = $state<StoryStep[]>([]);

  /** Play `steps` full screen, from step `from` (the editor's preview starts at the step it was asked for). */
  start(title: string, steps: StoryStep[], titleEn?: string, from = 0): void {
    const locked = storyBreaks(steps);
    if (!locked) return;
    this.playing = { title, ...(titleEn ? { titleEn } : {}), steps, index: 0, saved: view.toLink() };
    view.lockedBreaks = locked;
    view.onStage = true;
    this.show(from);
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
    // The language goes with t: the English title carries the list's English gloss beside the printed name.
    const text = (t: Translate, lang: Lang) => ({
      title: selectionTitle(catalogue, view.selection, t, lang),
      caption: t('map.story.caption', { rule: countingRule({ distinct: view.distinct, by: view.by }, t), asOf: asOfText(mapModel.lists, t) }),
    });
    const zh = text(translator('zh'), 'zh');
    const en = isLoaded('en') ? text(translator('en'), 'en') : null;
    const step: StoryStep = { ...zh, ...(en ? { titleEn: en.title, captionEn: en.caption } : {}), view: v };
    if (this.userSteps.length >= MAX_STEPS) {
      notices.add({ key: 'mystory.full', params: { n: MAX_STEPS } });
      return;
    }
    // A step that could not be read back would make the whole saved story unreadable: refuse it, saying why.
    const problem = this.checkStep(step);
    if (problem) notices.add({ key: 'mystory.unsaveable', params: { error: problem } });
    else this.userSteps = [...this.userSteps, step];
  }

  /**
   * Shows each slide on the map in turn, classes locked as in the player, and calls `draw` once the map has the
   * slide's colours, layers and camera (the deck export pictures it); then puts the view back, also on failure.
   */
  async eachSlide(steps: readonly StoryStep[], draw: (step: StoryStep, i: number) => Promise<void>): Promise<void> {
    const locked = storyBreaks(steps);
    if (!locked || this.playing) return;
    const saved = view.toLink();
    view.lockedBreaks = locked;
    // Keeps the UI language through the slides' views, as the player does.
    view.onStage = true;
    try {
      for (const [i, step] of steps.entries()) {
        view.apply(step.view);
        // The map's effects (colours, layers, camera) run in this flush.
        await tick();
        await draw(step, i);
      }
    } finally {
      view.lockedBreaks = null;
      view.onStage = false;
      view.apply(saved);
    }
  }

  /** Replace the user's story (read from storage or an imported file). */
  setUserSteps(steps: StoryStep[]): void {
    this.userSteps = steps.slice(0, MAX_STEPS);
  }

  removeStep(i: number): void {
    this.userSteps = this.userSteps.filter((_, j) => j !== i);
  }

  /**
   * Change a step's title or caption (either language). An edit the story file could not hold (an empty title, a
   * caption past 600 characters) is not applied: the reason comes back, naming the field and the limit.
   */
  editStep(i: number, patch: StepText): Msg | null {
    const old = this.userSteps[i];
    if (!old) return null;
    const next: StoryStep = { ...old, ...patch };
    // An emptied English text means "none": the Chinese one is shown in English too.
    for (const k of ['titleEn', 'captionEn'] as const) if (next[k] === '') delete next[k];
    if (next.callouts?.length === 0) delete next.callouts;
    const problem = this.checkStep(next);
    if (problem) return problem;
    this.userSteps = this.userSteps.map((s, j) => (j === i ? next : s));
    return null;
  }

  /** Move step `from` to position `to` (drag and drop, Alt+↑/↓, the arrow buttons). */
  moveStep(from: number, to: number): void {
    const n = this.userSteps.length;
    if (from < 0 || from >= n || to < 0 || to >= n || from === to) return;
    const steps = [...this.userSteps];
    const [s] = steps.splice(from, 1);
    steps.splice(to, 0, s!);
    this.userSteps = steps;
  }

  /** A copy of step `i` right after it, to vary (another caption, another camera). */
  duplicateStep(i: number): void {
    const s = this.userSteps[i];
    if (!s) return;
    if (this.userSteps.length >= MAX_STEPS) return notices.add({ key: 'mystory.full', params: { n: MAX_STEPS } });
    this.userSteps = [...this.userSteps.slice(0, i + 1), structuredClone($state.snapshot(s)) as StoryStep, ...this.userSteps.slice(i + 1)];
  }

  /** The shipped story's steps appended to 我的故事, where they can be edited (as many as fit in MAX_STEPS). */
  copySteps(steps: readonly StoryStep[]): number {
    const room = MAX_STEPS - this.userSteps.length;
    const taken = steps.slice(0, Math.max(0, room)).map((s) => structuredClone(s));
    this.userSteps = [...this.userSteps, ...taken];
    if (taken.length < steps.length) notices.add({ key: 'mystory.full', params: { n: MAX_STEPS } });
    return taken.length;
  }

  clearSteps(): void {
    this.userSteps = [];
  }
}

/** Every step's area values, counted the way that step counts, classified together: one legend for the story. */
function storyBreaks(steps: readonly StoryStep[]): number[] | null {
  const d = dataState.data;
  if (!d || steps.length === 0) return null;
  const values = steps.map((s) => {
    const v = { selection: parseSelection(s.view.sel), by: s.view.by, distinct: s.view.distinct };
    return buildAreaModel(countsFor(d, v), d, { by: v.by }).areas.map((a) => a.count);
  });
  return lockedBreaks(values);
}

export const story = new StoryState();
