import { describe, expect, it } from 'vitest';
import { areaById, countyCodeOf } from './areaById.ts';
import { COUNTIES, PARKS } from './fixtures.ts';

const geo = { counties: COUNTIES, parks: PARKS };

describe('areaById', () => {
  it('finds a county by its code and a park by its id', () => {
    expect(areaById('510781', geo)).toEqual({ kind: 'county', county: COUNTIES[2] });
    expect(areaById('gaoxin', geo)).toEqual({ kind: 'park', park: PARKS[0] });
  });
  it('a name is not an id: 江油市 and 高新区 are not found, nor is 未定位', () => {
    expect([areaById('江油市', geo), areaById('高新区', geo), areaById('未定位', geo)]).toEqual([undefined, undefined, undefined]);
  });
  it('countyCodeOf: a county is its own, a park gives its county', () => {
    expect([countyCodeOf('510781', geo), countyCodeOf('jingkai', geo), countyCodeOf('nowhere', geo)]).toEqual(['510781', '510703', undefined]);
  });
});
