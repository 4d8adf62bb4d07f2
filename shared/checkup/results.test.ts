import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instrument } from './instrument.ts';
import { loadInstruments } from './load.ts';
import { pairHistory, rebase } from './results.ts';
import { scoreCheckup } from './scoring.ts';
import { answersFor } from './testing.ts';

const checkup = loadInstruments().find((i) => i.id === 'connection-checkup')!;
const scored = scoreCheckup(checkup, answersFor(checkup, () => 3));

describe('rebase', () => {
  it('leaves a result of the same version as it is, and refuses another instrument', () => {
    expect(rebase(checkup, scored)).toBe(scored);
    expect(rebase({ ...checkup, id: 'another' }, scored)).toBeUndefined();
  });

  it('keeps the scores and takes the bands of the file as loaded now', () => {
    const key = checkup.dimensions[0]!.key;
    const one = (outlook: string) => [{ ...checkup.bands[key]![0]!, key: 'everything', min: 0, max: 100, outlook }];
    const next = { ...checkup, version: checkup.version + 1, bands: { ...checkup.bands, [key]: one('steady') } } as Instrument;
    const read = rebase(next, scored)!;
    expect(read.instrumentVersion).toBe(next.version);
    expect(read.dimensions.map((d) => d.score)).toEqual(scored.dimensions.map((d) => d.score));
    expect(read.dimensions[0]).toMatchObject({ key, band: 'everything', outlook: 'steady' });
    expect(read.overall.score).toBe(scored.overall.score);
  });

  it('cannot compare a result that lacks a dimension the instrument has now', () => {
    const next = { ...checkup, version: checkup.version + 1, dimensions: [...checkup.dimensions, { ...checkup.dimensions[0]!, key: 'newOne' }] } as Instrument;
    expect(rebase(next, scored)).toBeUndefined();
  });
});

describe('pairHistory', () => {
  const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T10:00:00.000Z`;
  const submittedAt = (r: { at: string }) => r.at;

  it('makes a point each time either partner submitted, once both had a result', () => {
    const mine = [{ id: 'm1', at: at(2) }, { id: 'm2', at: at(5) }];
    const theirs = [{ id: 't1', at: at(3) }, { id: 't2', at: at(5) }];
    expect(pairHistory(mine, theirs, submittedAt).map((p) => [p.at, p.mine.id, p.partner.id])).toEqual([
      [at(3), 'm1', 't1'],
      [at(5), 'm2', 't2'],
    ]);
  });

  it("is symmetric: the partner's history has the same points with the sides swapped", () => {
    const results = (prefix: string) => fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { maxLength: 6 }).map((days) => days.sort((a, b) => a - b).map((d) => ({ id: `${prefix}${d}`, at: at(d) })));
    fc.assert(
      fc.property(results('m'), results('t'), (mine, theirs) => {
        const forward = pairHistory(mine, theirs, submittedAt);
        const back = pairHistory(theirs, mine, submittedAt);
        expect(back).toEqual(forward.map((p) => ({ at: p.at, mine: p.partner, partner: p.mine })));
      }),
    );
  });
});
