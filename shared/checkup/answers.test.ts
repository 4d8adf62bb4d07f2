import { describe, expect, it } from 'vitest';
import { answerFieldProblems, usableAnswers } from './answers.ts';
import { loadInstruments } from './load.ts';

const checkup = loadInstruments().find((i) => i.id === 'connection-checkup')!;
const [first, second, third] = checkup.items;
const scale = checkup.scales[first!.scale]!;

describe('answers while a check-up is taken', () => {
  it('names each field of an autosave that cannot be stored, by its place in the list', () => {
    expect(answerFieldProblems(checkup, [{ itemId: first!.id, value: scale.min }])).toEqual({});
    expect(
      answerFieldProblems(checkup, [
        { itemId: first!.id, value: scale.max },
        { itemId: 'no-such-item', value: scale.min },
        { itemId: first!.id, value: scale.max + 1 },
        { itemId: second!.id, value: scale.min - 1 },
      ]),
    ).toEqual({
      'answers.1.itemId': 'errors.unknownItem',
      'answers.2.itemId': 'errors.answeredTwice',
      'answers.2.value': 'errors.answerOutOfRange',
      'answers.3.value': 'errors.answerOutOfRange',
    });
  });

  it('keeps the stored answers that still fit the instrument, in its order', () => {
    const stored = [
      { itemId: third!.id, value: scale.min },
      { itemId: 'an-item-since-removed', value: scale.min },
      { itemId: first!.id, value: scale.max },
      { itemId: second!.id, value: scale.max + 1 },
      { itemId: second!.id, value: 2.5 },
    ];
    expect(usableAnswers(checkup, stored)).toEqual([
      { itemId: first!.id, value: scale.max },
      { itemId: third!.id, value: scale.min },
    ]);
  });
});
