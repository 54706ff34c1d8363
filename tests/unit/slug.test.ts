import { firstFreeSlug, GENERATED_SLUG_LENGTH, slugProblem, toSlug } from '../../src/utils/slug';

describe('toSlug: Vietnamese titles become ASCII slugs', () => {
  it.each([
    ['Công tác dân vận - mặt trận - đoàn thể', 'cong-tac-dan-van-mat-tran-doan-the'],
    ['Đảng', 'dang'],
    ['ĐẢNG BỘ TỈNH', 'dang-bo-tinh'],
    ['Tiến tới đại hội đảng', 'tien-toi-dai-hoi-dang'],
    ['Giải phóng miền Nam', 'giai-phong-mien-nam'],
    [
      'Một số kết quả công tác Dân vận năm 2014, nhiệm vụ trọng tâm năm 2015',
      'mot-so-ket-qua-cong-tac-dan-van-nam-2014-nhiem-vu-trong-tam-nam-2015',
    ],
    ['Hội Liên hiệp Phụ nữ – “Dân vận khéo”', 'hoi-lien-hiep-phu-nu-dan-van-kheo'],
    ['ươ ưở ỡ ự ỳ', 'uo-uo-o-u-y'],
    ['  nhiều   khoảng  trắng -- và gạch  ', 'nhieu-khoang-trang-va-gach'],
  ])('%s → %s', (title, slug) => {
    expect(toSlug(title)).toBe(slug);
  });

  it('treats decomposed (NFD) text like composed text', () => {
    expect(toSlug('Đảng viên'.normalize('NFD'))).toBe('dang-vien');
  });

  it('returns an empty string for text without letters or digits', () => {
    expect(toSlug('!!! … ???')).toBe('');
  });

  it('cuts long titles at a word boundary', () => {
    const full = 'nghi-quyet-'.repeat(30).slice(0, -1);
    const slug = toSlug('Nghị quyết '.repeat(30));
    expect(slug.length).toBeLessThanOrEqual(GENERATED_SLUG_LENGTH);
    expect(slug.length).toBeGreaterThan(GENERATED_SLUG_LENGTH - 10);
    // A prefix of the whole slug that ends where a word (syllable) ends.
    expect(full.startsWith(slug)).toBe(true);
    expect(full[slug.length]).toBe('-');
  });
});

describe('slugProblem: what an editor may type', () => {
  it.each(['dang', 'tin-tuc-2025', 'a1-b2-c3'])('accepts %s', (slug) => {
    expect(slugProblem(slug)).toBeNull();
  });

  it.each(['Dang', 'đảng', 'two--hyphens', '-leading', 'trailing-', 'with space', 'under_score', 'dấu'])(
    'refuses %s',
    (slug) => {
      expect(slugProblem(slug)).toMatch(/lowercase ASCII/);
    }
  );

  it('refuses an over-long slug', () => {
    expect(slugProblem('a'.repeat(201))).toMatch(/keep it to 200/);
  });
});

describe('firstFreeSlug', () => {
  it('keeps a free slug and numbers a taken one from 2', () => {
    expect(firstFreeSlug('dang', new Set())).toBe('dang');
    expect(firstFreeSlug('dang', new Set(['dang']))).toBe('dang-2');
    expect(firstFreeSlug('dang', new Set(['dang', 'dang-2', 'dang-3']))).toBe('dang-4');
    expect(firstFreeSlug('dang', new Set(['dang', 'dang-3']))).toBe('dang-2');
  });
});
