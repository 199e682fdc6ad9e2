// A story as a deck: one PNG per slide (the PNG export's layout, titled and captioned with the step's texts in the UI
// language, classes locked across the slides as on stage), stored in one zip named after the story.
import type { MapModel } from '../state/model.svelte.ts';
import type { MapBridge } from '../state/mapBridge.svelte.ts';
import type { StoryState } from '../state/story.svelte.ts';
import type { LayerToggles } from '../state/view.svelte.ts';
import { i18n } from '../state/i18n.svelte.ts';
import { renderPng } from './exportPng.ts';
import { stepCallouts } from './drawCallouts.ts';
import { saveBlob } from './downloadCsv.ts';
import { storyText, type StoryStep } from '../../lib/story/format.ts';
import { fileStem } from '../../lib/present/fileName.ts';
import { zipStore, type StoredFile } from '../../lib/present/zipStore.ts';

export interface DeckOptions {
  /** The story's title in the UI language: the zip's name. */
  title: string;
  steps: readonly StoryStep[];
  /** 1 for 1920×1080, 2 for 3840×2160. */
  scale: number;
  /** Called before each slide is drawn (1-based), for a progress line. */
  progress?: (i: number, n: number) => void;
}

/** `01_<slide title>.png`: the files sort in the story's order. */
export const slideName = (i: number, title: string) => `${String(i + 1).padStart(2, '0')}_${fileStem(title, 'slide')}.png`;

export async function exportDeck(story: StoryState, model: MapModel, bridge: MapBridge, layers: () => LayerToggles, o: DeckOptions): Promise<string> {
  const files: StoredFile[] = [];
  await story.eachSlide(o.steps, async (step, i) => {
    o.progress?.(i + 1, o.steps.length);
    const text = storyText(step, i18n.lang);
    const { blob } = await renderPng(model, bridge, {
      width: 1920,
      height: 1080,
      scale: o.scale,
      layers: layers(),
      title: text.title,
      caption: text.caption,
      callouts: stepCallouts(step.callouts, model.areas?.areas ?? []).callouts,
    });
    files.push({ name: slideName(i, text.title), data: new Uint8Array(await blob.arrayBuffer()) });
  });
  const date = new Date().toISOString().slice(0, 10);
  const name = `${fileStem(o.title, 'story')}_${date}_${1920 * o.scale}x${1080 * o.scale}.zip`;
  saveBlob(new Blob([zipStore(files)], { type: 'application/zip' }), name);
  return name;
}
