import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash32, prng } from './seeded-random.ts';

describe('seeded randomness', () => {
  it('hashes with FNV-1a (the published test vectors)', () => {
    expect(hash32('')).toBe(0x811c9dc5);
    expect(hash32('a')).toBe(0xe40c292c);
    expect(hash32('foobar')).toBe(0xbf9cf968);
  });

  it('gives the same sequence in [0, 1) for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (seed) => {
        const a = prng(seed);
        const b = prng(seed);
        for (let i = 0; i < 5; i++) {
          const x = a();
          expect(x).toBe(b());
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });
});
