import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashToken, macMatches } from './crypto.ts';

describe('macMatches', () => {
  const key = randomBytes(32);

  it('accepts the MAC of the message and nothing else', () => {
    const mac = hashToken(key, 'device:a.b');
    expect(macMatches(key, 'device:a.b', mac)).toBe(true);
    expect(macMatches(key, 'device:a.c', mac)).toBe(false);
    expect(macMatches(randomBytes(32), 'device:a.b', mac)).toBe(false);
  });

  it('refuses any changed, cut, lengthened or malformed MAC without throwing', () => {
    const mac = hashToken(key, 'device:a.b');
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (given) => {
        fc.pre(given !== mac);
        expect(macMatches(key, 'device:a.b', given)).toBe(false);
      }),
    );
    for (const given of [mac.slice(0, -1), `${mac}A`, mac.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), '', '%%%', mac.toUpperCase() === mac ? mac.toLowerCase() : mac.toUpperCase()]) {
      expect(macMatches(key, 'device:a.b', given)).toBe(false);
    }
  });
});
