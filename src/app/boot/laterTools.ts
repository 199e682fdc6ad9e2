// The panel's tools that the first map does not need: search, PNG export, print, the offline map, the story and its
// player. App.svelte loads them in one chunk once the first choropleth is drawn (mapBridge.firstMap), as it does the
// table view and the import panel, so the initial bundle is the map, its controls and its legend (initial JS:
// `npm run bench bundle`). The banner of a handed-over map is not among them: it says at once that the page writes
// nothing to this browser yet.
export { default as Search } from '../search/EnterpriseSearch.svelte';
export { default as ExportButtons } from '../export/ExportButtons.svelte';
export { default as PrintMap } from '../export/PrintMap.svelte';
export { default as OfflineMapExport } from '../export/OfflineMapExport.svelte';
export { default as StoryControls } from '../story/StoryControls.svelte';
export { default as StoryMode } from '../story/StoryMode.svelte';

// The story's step validator (zod, through the story file format) comes with the story tools that add and edit steps.
import { stepProblem } from '../../lib/story/saved.ts';
import { story } from '../state/story.svelte.ts';
story.checkStep = stepProblem;
