import { campaignProblems, periodProblems } from '../../src/rules/figures';
import { danVanKheo } from '../helpers/fixtures';

describe('campaign figures', () => {
  it('accepts consistent figures (the four fields add up to 3145)', () => {
    expect(campaignProblems(danVanKheo)).toEqual([]);
  });

  it('accepts a campaign without a breakdown', () => {
    expect(campaignProblems({ ...danVanKheo, breakdown: [] })).toEqual([]);
  });

  it('names the mismatch when the breakdown does not add up', () => {
    const problems = campaignProblems({
      ...danVanKheo,
      breakdown: [...danVanKheo.breakdown.slice(0, 3), { name: 'Xây dựng hệ thống chính trị', count: 264 }],
    });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toEqual(['breakdown']);
    expect(problems[0].message).toContain('adds up to 3146');
    expect(problems[0].message).toContain('carried out is 3145');
  });

  it('refuses more carried out than registered', () => {
    const problems = campaignProblems({ ...danVanKheo, registered: 3000, breakdown: [] });
    expect(problems.map((p) => p.path)).toEqual([['carriedOut']]);
    expect(problems[0].message).toMatch(/Carried out \(3145\) is more than registered \(3000\)/);
  });

  it('refuses negative counts, naming the field', () => {
    const problems = campaignProblems({
      fromYear: 2025,
      toYear: null,
      registered: -1,
      carriedOut: 0,
      breakdown: [
        { name: 'Kinh tế', count: -2 },
        { name: 'Khác', count: 2 },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(expect.arrayContaining([['registered'], ['breakdown', 0, 'count']]));
  });
});

describe('periods', () => {
  it('accepts a single year and a range', () => {
    expect(periodProblems({ fromYear: 2026, toYear: null })).toEqual([]);
    expect(periodProblems({ fromYear: 2025, toYear: 2030 })).toEqual([]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(periodProblems({ fromYear: 2030, toYear: 2025 })[0].message).toMatch(
      /ends in 2025, before it starts \(2030\)/
    );
  });
});
