// A story printed as a deck: every slide drawn as the PNG export draws it (title, caption, map, detail view, keys,
// source line) and laid out one per page of a print-only block (app.css: break-after: page), so "Save as PDF" in the
// print dialog gives a multi-page PDF of the story. Built outside Svelte on purpose: the block must sit beside the
// app's root, not in the panel whose printed parts become cells of page 1 (app.css).
import type { MapModel } from '../state/model.svelte.ts';
import type { MapBridge } from '../state/mapBridge.svelte.ts';
import type { StoryState } from '../state/story.svelte.ts';
import type { LayerToggles } from '../state/view.svelte.ts';
import { i18n } from '../state/i18n.svelte.ts';
import { renderPng } from './exportPng.ts';
import { stepCallouts } from './drawCallouts.ts';
import { storyText, type StoryStep } from '../../lib/story/format.ts';

export interface PrintDeckOptions {
  steps: readonly StoryStep[];
  /** Called before each slide is drawn (1-based), for a progress line. */
  progress?: (i: number, n: number) => void;
}

/** Draws every slide, then opens the print dialog on them; the pages go when printing ends. Returns the page count. */
export async function printDeck(story: StoryState, model: MapModel, bridge: MapBridge, layers: () => LayerToggles, o: PrintDeckOptions): Promise<number> {
  const pages: { alt: string; url: string; callouts: string; labels: string }[] = [];
  await story.eachSlide(o.steps, async (step, i) => {
    o.progress?.(i + 1, o.steps.length);
    const text = storyText(step, i18n.lang);
    // 1920×1080 at 1×: a 277 mm wide page prints it at about 176 dpi.
    const { blob, layout } = await renderPng(model, bridge, {
      width: 1920,
      height: 1080,
      scale: 1,
      layers: layers(),
      title: text.title,
      caption: text.caption,
      callouts: stepCallouts(step.callouts, model.areas?.areas ?? []).callouts,
    });
    pages.push({
      alt: text.caption ? `${text.title}\n${text.caption}` : text.title,
      // A data: URL, as the printed map's picture: the page's Content-Security-Policy lets nothing fetch a blob:.
      url: await dataUrl(blob),
      // Where the callouts were drawn (boxes and leader lines, CSS px of the slide): the e2e test reads their pixels.
      callouts: JSON.stringify(layout.callouts.map((c) => ({ box: c.box, line: c.line }))),
      // And the map labels where the picture drew them: the test holds the callouts clear of these.
      labels: JSON.stringify(layout.labels),
    });
  });
  document.querySelector('.print-deck')?.remove();
  const host = document.createElement('div');
  host.className = 'print-deck';
  host.dataset.testid = 'print-deck';
  const images = pages.map((p) => {
    const page = document.createElement('section');
    page.className = 'deck-page';
    const img = new Image();
    img.src = p.url;
    img.alt = p.alt;
    img.dataset.callouts = p.callouts;
    img.dataset.labels = p.labels;
    page.append(img);
    host.append(page);
    return img;
  });
  document.body.append(host);
  // The dialog snapshots the page: every slide decoded first.
  await Promise.all(images.map((img) => img.decode()));
  window.addEventListener('afterprint', () => host.remove(), { once: true });
  window.print();
  return pages.length;
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((ok, fail) => {
    const r = new FileReader();
    r.onload = () => ok(r.result as string);
    r.onerror = () => fail(r.error ?? new Error('FileReader failed'));
    r.readAsDataURL(blob);
  });
}
