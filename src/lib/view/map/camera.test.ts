import { describe, expect, it } from 'vitest';
import { cameraFor } from './camera.ts';

describe('cameraFor', () => {
  it('leaves the default fit alone and otherwise centres at county zoom or closer', () => {
    expect(cameraFor([104.75, 31.78], null)).toBeNull();
    expect(cameraFor([104.75, 31.78], [104.6, 31.5, 7])).toEqual([104.75, 31.78, 8]);
    expect(cameraFor([104.75, 31.78], [104.6, 31.5, 10.5])).toEqual([104.75, 31.78, 10.5]);
  });
});
