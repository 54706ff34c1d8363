import { numberTasks, taskOrdinal, vietnameseOrdinal } from '../../src/utils/ordinal';

describe('Vietnamese ordinals for key tasks', () => {
  it.each([
    [1, 'Một'],
    [2, 'Hai'],
    [3, 'Ba'],
    [4, 'Bốn'],
    [5, 'Năm'],
    [6, 'Sáu'],
    [7, 'Bảy'],
    [8, 'Tám'],
    [9, 'Chín'],
    [10, 'Mười'],
    [11, 'Mười một'],
    [14, 'Mười bốn'],
    [15, 'Mười lăm'],
    [20, 'Hai mươi'],
    [21, 'Hai mươi mốt'],
    [24, 'Hai mươi tư'],
    [25, 'Hai mươi lăm'],
    [99, 'Chín mươi chín'],
  ])('%i → %s', (position, words) => {
    expect(vietnameseOrdinal(position)).toBe(words);
  });

  it('introduces a task as "… là"', () => {
    expect(taskOrdinal(1)).toBe('Một là');
    expect(taskOrdinal(5)).toBe('Năm là');
  });

  it.each([0, -1, 1.5, 100])('refuses position %s', (position) => {
    expect(() => vietnameseOrdinal(position)).toThrow(RangeError);
  });

  it('numbers populated tasks in order and leaves the rest of the list alone', () => {
    const list = { title: 'Nhiệm vụ 2026', tasks: [{ heading: 'A' }, { heading: 'B' }] };
    expect(numberTasks(list)).toEqual({
      title: 'Nhiệm vụ 2026',
      tasks: [
        { heading: 'A', ordinal: 'Một là' },
        { heading: 'B', ordinal: 'Hai là' },
      ],
    });
    expect(numberTasks({ title: 'no tasks populated' })).toEqual({ title: 'no tasks populated' });
  });
});
