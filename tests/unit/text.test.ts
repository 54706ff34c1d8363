import { blocksToText, foldAligned, foldWords, highlight, searchForm, snippet } from '../../src/utils/text';

describe('Vietnamese search folding', () => {
  it('drops tone marks and case, đ becomes d', () => {
    expect(foldWords('Dân vận khéo')).toEqual(['dan', 'van', 'kheo']);
    expect(foldWords('ĐẢNG bộ Tỉnh')).toEqual(['dang', 'bo', 'tinh']);
    expect(foldWords('Ủy ban MTTQ, “Ngày hội” 2025!')).toEqual(['uy', 'ban', 'mttq', 'ngay', 'hoi', '2025']);
    expect(foldWords('Dân vận'.normalize('NFD'))).toEqual(['dan', 'van']);
  });

  it('folds a character the same way however often it is seen', () => {
    const text = 'Đảng bộ ĐẢNG BỘ đảng bộ';
    expect(foldWords(text)).toEqual(['dang', 'bo', 'dang', 'bo', 'dang', 'bo']);
    expect(foldWords(text)).toEqual(foldWords(text.normalize('NFD')));
    expect(foldAligned('Ấp 3, xã Pắc Ma')).toBe('ap 3  xa pac ma');
  });

  it('keeps one folded character per original character', () => {
    const text = 'Phong trào “Dân vận khéo”';
    expect(foldAligned(text)).toHaveLength(Array.from(text).length);
  });

  it('pads the searchable form so a word matches whole', () => {
    expect(searchForm('Đảng bộ')).toBe(' dang bo ');
    expect(searchForm('Đảng bộ').includes(' dan ')).toBe(false);
    expect(searchForm('!!!')).toBe('');
  });

  it('highlights whole words whatever their accents, escaping HTML', () => {
    expect(highlight('Phong trào Dân vận khéo <2025>', ['dan', 'van'])).toBe(
      'Phong trào <mark>Dân</mark> <mark>vận</mark> khéo &lt;2025&gt;'
    );
    expect(highlight('Đảng bộ và dân', ['dan'])).toBe('Đảng bộ và <mark>dân</mark>');
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'Mở đầu dài dòng. '.repeat(30)}Kết quả phong trào Dân vận khéo năm 2025 rất đáng ghi nhận.`;
    const cut = snippet(text, ['kheo'], 80);
    expect(cut.startsWith('… ')).toBe(true);
    expect(cut).toContain('<mark>khéo</mark>');
    expect(cut.length).toBeLessThan(140);
  });

  it('reads the plain text of blocks', () => {
    const blocks = [
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Một là, ' },
          { type: 'text', text: 'đổi mới.' },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'A' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'B' }] },
        ],
      },
    ];
    expect(blocksToText(blocks)).toBe('Một là, đổi mới.\nA\nB');
    expect(blocksToText(null)).toBe('');
  });
});
