import path from 'node:path';
import {
  analyseBody,
  convertBody,
  repairText,
  type Block,
  type ConvertOptions,
  type StoredFile,
} from '../../src/plugins/legacy/server/src/body';

// Strapi's own validator of blocks, as the entity service runs it on save (not in the package's exports map).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { blocksValidator } = require(
  path.join(process.cwd(), 'node_modules/@strapi/core/dist/services/entity-validator/blocks-validator.js')
) as { blocksValidator: () => { validateSync: (value: unknown) => unknown } };

const OLD_HOSTS = ['bandanvan.angiang.org.vn'];

/** An upload file as the importer stores it. */
const stored = (name: string, overrides: Partial<StoredFile> = {}): StoredFile => ({
  id: 1,
  name,
  alternativeText: null,
  caption: null,
  width: 1024,
  height: 768,
  formats: null,
  hash: name.replace(/\W+/g, '_'),
  ext: path.extname(name),
  mime: name.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg',
  size: 120.5,
  url: `/uploads/${name.replace(/\s+/g, '_')}`,
  previewUrl: null,
  provider: 'local',
  provider_metadata: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

const options = (overrides: Partial<ConvertOptions> = {}): ConvertOptions => ({
  oldHosts: OLD_HOSTS,
  media: new Map(),
  galleries: new Map(),
  links: new Map(),
  ...overrides,
});

const expectValidBlocks = (blocks: Block[]) => {
  expect(() => blocksValidator().validateSync(blocks)).not.toThrow();
};

/** The text of every block, one a line (list items and captions included). */
const textOf = (blocks: Block[]): string =>
  blocks
    .map((block): string => {
      if (block.type === 'image') return `[image ${block.image.url}]`;
      if (block.type === 'list') return textOf(block.children as unknown as Block[]);
      return (block.children as { type: string; text?: string; children?: { text: string }[] }[])
        .map((child) => (child.type === 'link' ? child.children?.map((c) => c.text).join('') : child.text))
        .join('');
    })
    .join('\n');

const expectHarmless = (html: string | null) => {
  expect(html).not.toBeNull();
  expect(html).not.toMatch(/<script|<style|<font|<o:p|<span|<div|<object|<embed|MsoNormal/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=|\sstyle\s*=|\sclass\s*=/i);
  expect(html).not.toMatch(/javascript:|data:/i);
};

/** A body as Word pasted it into Joomla's editor years ago. */
const WORD_BODY = `<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal {margin:0cm; font-family:"Times New Roman";}</style>
<p class="MsoNormal" style="text-align: justify; line-height: 150%;"><span style="font-size: 13pt; font-family: 'Times New Roman';"><font face="Times New Roman">Năm 2014, phong trào thi đua <b>“Dân vận khéo”</b> tiếp tục được triển khai sâu rộng; toàn tỉnh có <i>3.334</i> mô hình đăng ký, <u>3.145</u> mô hình thực hiện<o:p></o:p></font></span></p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><span lang="VI" style="mso-ansi-language: VI;">&nbsp;<o:p></o:p></span></p>
<h3 style="color:#1f497d"><span>Kết quả theo lĩnh vực</span></h3>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse: collapse; mso-yfti-tbllook: 1184;">
 <tbody>
  <tr style="mso-yfti-irow: 0;"><td width="307" valign="top" style="width: 230pt;"><p class="MsoNormal"><b><span>Lĩnh vực</span></b></p></td><td width="307"><p class="MsoNormal"><b>Số mô hình</b></p></td></tr>
  <tr><td><p class="MsoNormal">Kinh tế</p></td><td><p class="MsoNormal" align="right">1.165</p></td></tr>
  <tr><td><p class="MsoNormal">Văn hóa - xã hội</p></td><td><p class="MsoNormal">1.330</p></td></tr>
  <tr><td><p class="MsoNormal">Quốc phòng - an ninh</p></td><td><p>387</p></td></tr>
  <tr><td><p>Xây dựng hệ thống chính trị</p></td><td><p>263</p></td></tr>
 </tbody>
</table>
<p class="MsoNormal"><span style="font-size:13pt">Nhiệm vụ trọng tâm năm 2015:</span></p>
<ol><li><span style="font-size:13pt">Một là, tiếp tục quán triệt Chỉ thị số 03-CT/TW;</span><ul><li>rà soát mô hình</li><li>biểu dương điển hình</li></ul></li><li>Hai là, đẩy mạnh phong trào;</li></ol>
<ul><li><i>Ba là</i>, nâng cao chất lượng</li></ul>
<blockquote><p>“Dân vận khéo thì việc gì cũng thành công.”</p></blockquote>
<p style="text-align:right"><b><span style="font-size:13pt">Nguyễn Thành Lượm</span></b><br><i>UVBTV, Trưởng ban Dân vận Tỉnh ủy</i></p>`;

describe('repairText', () => {
  it('repairs UTF-8 that was decoded as Windows-1252 and stored again', () => {
    expect(repairText('CÃ´ng tÃ¡c DÃ¢n váº­n')).toEqual({
      text: 'Công tác Dân vận',
      repairs: ['double-encoded UTF-8'],
    });
    expect(repairText('Ä\u0090áº£ng bá»™ tá»‰nh An Giang').text).toBe('Đảng bộ tỉnh An Giang');
    expect(repairText('Má»™t sá»‘ káº¿t quáº£ cÃ´ng tÃ¡c DÃ¢n váº­n nÄƒm 2014').text).toBe(
      'Một số kết quả công tác Dân vận năm 2014'
    );
    expect(repairText('â€œDÃ¢n váº­n khÃ©oâ€\u009d').text).toBe('“Dân vận khéo”');
  });

  it('repairs text encoded three times, and strings broken only in part', () => {
    expect(repairText('CÃƒÂ´ng tÃƒÂ¡c').text).toBe('Công tác');
    const mixed = repairText('Công tác dân vận – CÃ´ng tÃ¡c máº·t tráº­n');
    expect(mixed.text).toBe('Công tác dân vận – Công tác mặt trận');
    expect(repairText('tÃ\u00a0i liá»‡u').text).toBe('tài liệu');
  });

  it('never damages correct Vietnamese text', () => {
    for (const text of [
      'Công tác Dân vận - Mặt trận - Đoàn thể',
      'XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Ủy ban MTTQ, “Ngày hội Đại đoàn kết” – 2025',
      'Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025',
      'Tiếng Việt: à á ả ã ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ đ ê ề ế ể ễ ệ ô ồ ố ổ ỗ ộ ơ ờ ớ ở ỡ ợ ư ừ ứ ử ữ ự',
      'Ông Â Ã Ê © ® ° ± × ÷ « » € 50%',
    ]) {
      expect(repairText(text)).toEqual({ text, repairs: [] });
    }
    expect(repairText('XÃ\u00a0HỘI').text).toBe('XÃ HỘI');
  });

  it('decodes entities, even escaped twice, normalises to NFC and collapses odd spaces', () => {
    expect(repairText('C&ocirc;ng t&aacute;c D&acirc;n v&#7853;n &amp; M&#x1EB7;t tr&#7853;n')).toEqual({
      text: 'Công tác Dân vận & Mặt trận',
      repairs: ['entities'],
    });
    expect(repairText('Tin &amp;quot;nóng&amp;quot;').text).toBe('Tin "nóng"');
    const decomposed = repairText('Dân vận khéo'.normalize('NFD'));
    expect(decomposed.text).toBe('Dân vận khéo'.normalize('NFC'));
    expect(decomposed.repairs).toEqual(['NFC']);
    const spaced = repairText('\u00a0Dân\u00a0\u00a0vận\u200b khéo\ufeff\t\n');
    expect(spaced.text).toBe('Dân vận khéo');
    expect(spaced.repairs).toEqual(['odd whitespace']);
    expect(repairText('AT&T, Q&A, 5 < 6').text).toBe('AT&T, Q&A, 5 < 6');
  });
});

describe('analyseBody', () => {
  const body = `<p><img src="images/tin%20t%E1%BB%A9c/%E1%BA%A3nh%201.jpg" alt="Hội nghị" class="caption" title="Quang cảnh hội nghị">
    <img src="http://bandanvan.angiang.org.vn/images/2014/hoi-nghi.JPG"><img src="https://www.bandanvan.angiang.org.vn/images/a&amp;b.png">
    <img src="https://baochinhphu.vn/anh.jpg" alt="Ảnh báo"><img src="data:image/png;base64,AAAA"></p>
    <figure><img src="/images/tin tức/ảnh 2.jpg" alt=""><figcaption>Ảnh: Minh Anh</figcaption></figure>
    <p><a href="images/van-ban/KH%2068-KH-TU.pdf">Kế hoạch 68</a> <a href="http://bandanvan.angiang.org.vn/images/files/bao-cao.docx">báo cáo</a>
    <a href="/images/bang.xlsx">bảng</a> <a href="images/anh-lon.jpg"><img src="images/anh-nho.jpg"></a></p>
    <p><a href="index.php?option=com_content&amp;view=article&amp;id=123:ket-qua&amp;catid=4&amp;Itemid=101">a</a>
    <a href="/index.php?Itemid=101&amp;id=45&amp;option=com_content&amp;view=article">b</a>
    <a href="http://bandanvan.angiang.org.vn/index.php?option=com_content&amp;amp;view=article&amp;amp;id=7:bai&amp;amp;catid=2">c</a>
    <a href="/tin-tuc/456-mot-so-ket-qua.html">d</a> <a href="http://bandanvan.angiang.org.vn/cong-tac-dan-van/789-hoi-nghi">e</a>
    <a href="/component/content/article/321-bai-viet?Itemid=5">f</a> <a href="index.php?option=com_content&task=view&id=99&Itemid=1">g</a>
    <a href="https://baochinhphu.vn/tin-tuc/555-khac.html">foreign</a> <a href="index.php?option=com_content&view=category&id=4">category</a>
    <a href="/images/2014/10-anh.jpg">not an article</a></p>
    <p>{loadposition user1} {gallery}2014/hoi-nghi{/gallery} {mospagebreak} <b>{</b>không phải{/b}</p>
    <table><tr><td>1</td></tr></table><script>function f(){return 1}</script>`;

  it('finds every picture and file, with site paths percent-decoded', () => {
    const { refs } = analyseBody(body, { oldHosts: OLD_HOSTS });
    expect(refs).toEqual([
      {
        kind: 'image',
        src: 'images/tin%20t%E1%BB%A9c/%E1%BA%A3nh%201.jpg',
        path: 'images/tin tức/ảnh 1.jpg',
        alt: 'Hội nghị',
        caption: 'Quang cảnh hội nghị',
      },
      {
        kind: 'image',
        src: 'http://bandanvan.angiang.org.vn/images/2014/hoi-nghi.JPG',
        path: 'images/2014/hoi-nghi.JPG',
        alt: null,
        caption: null,
      },
      {
        kind: 'image',
        src: 'https://www.bandanvan.angiang.org.vn/images/a&b.png',
        path: 'images/a&b.png',
        alt: null,
        caption: null,
      },
      { kind: 'image', src: 'https://baochinhphu.vn/anh.jpg', path: null, alt: 'Ảnh báo', caption: null },
      {
        kind: 'image',
        src: '/images/tin tức/ảnh 2.jpg',
        path: 'images/tin tức/ảnh 2.jpg',
        alt: null,
        caption: 'Ảnh: Minh Anh',
      },
      {
        kind: 'file',
        src: 'images/van-ban/KH%2068-KH-TU.pdf',
        path: 'images/van-ban/KH 68-KH-TU.pdf',
        alt: null,
        caption: null,
      },
      {
        kind: 'file',
        src: 'http://bandanvan.angiang.org.vn/images/files/bao-cao.docx',
        path: 'images/files/bao-cao.docx',
        alt: null,
        caption: null,
      },
      { kind: 'file', src: '/images/bang.xlsx', path: 'images/bang.xlsx', alt: null, caption: null },
      { kind: 'image', src: 'images/anh-lon.jpg', path: 'images/anh-lon.jpg', alt: null, caption: null },
      { kind: 'image', src: 'images/anh-nho.jpg', path: 'images/anh-nho.jpg', alt: null, caption: null },
      { kind: 'image', src: '/images/2014/10-anh.jpg', path: 'images/2014/10-anh.jpg', alt: null, caption: null },
    ]);
  });

  it('finds links to old articles in every form Joomla wrote them', () => {
    const { articleLinks } = analyseBody(body, { oldHosts: OLD_HOSTS });
    expect(articleLinks.map(({ oldId, alias }) => [oldId, alias])).toEqual([
      [123, 'ket-qua'],
      [45, null],
      [7, 'bai'],
      [456, 'mot-so-ket-qua'],
      [789, 'hoi-nghi'],
      [321, 'bai-viet'],
      [99, null],
    ]);
    expect(articleLinks[0].href).toBe('index.php?option=com_content&view=article&id=123:ket-qua&catid=4&Itemid=101');
  });

  it('lists shortcodes and galleries, and says when the body needs the HTML form', () => {
    const analysis = analyseBody(body, { oldHosts: OLD_HOSTS });
    expect(analysis.galleries).toEqual(['2014/hoi-nghi']);
    expect(analysis.shortcodes).toEqual([
      { name: 'loadposition', raw: '{loadposition user1}' },
      { name: 'gallery', raw: '{gallery}2014/hoi-nghi{/gallery}' },
      { name: 'mospagebreak', raw: '{mospagebreak}' },
      { name: 'b', raw: '{/b}' },
    ]);
    expect(analysis.hasRich).toBe(true);
    expect(analyseBody('<p>Chỉ có chữ</p>', { oldHosts: OLD_HOSTS }).hasRich).toBe(false);
    expect(
      analyseBody('<p><iframe src="https://www.youtube.com/embed/x"></iframe></p>', { oldHosts: OLD_HOSTS }).hasRich
    ).toBe(true);
    expect(
      analyseBody('<object data="https://www.youtube.com/v/abcdefgh"></object>', { oldHosts: OLD_HOSTS }).hasRich
    ).toBe(true);
  });

  it('adds the pictures of the images column', () => {
    const { refs } = analyseBody('<p>x</p>', {
      oldHosts: OLD_HOSTS,
      images: JSON.stringify({
        image_intro: 'images/intro.jpg',
        image_intro_alt: 'Giới thiệu',
        image_fulltext: 'images/full.jpg#joomlaImage://local-images/full.jpg?width=800&height=600',
        image_fulltext_caption: 'Chú thích',
      }),
    });
    expect(refs).toEqual([
      { kind: 'image', src: 'images/intro.jpg', path: 'images/intro.jpg', alt: 'Giới thiệu', caption: null },
      { kind: 'image', src: 'images/full.jpg', path: 'images/full.jpg', alt: null, caption: 'Chú thích' },
    ]);
  });
});

describe('convertBody', () => {
  it('turns a Word-pasted body into valid blocks, keeping every figure of its table, and signs it', () => {
    const result = convertBody(WORD_BODY, options());
    expectValidBlocks(result.blocks);
    const text = textOf(result.blocks);
    expect(text).toBe(
      [
        'Năm 2014, phong trào thi đua “Dân vận khéo” tiếp tục được triển khai sâu rộng; toàn tỉnh có 3.334 mô hình đăng ký, 3.145 mô hình thực hiện',
        'Kết quả theo lĩnh vực',
        'Lĩnh vực | Số mô hình',
        'Kinh tế | 1.165',
        'Văn hóa - xã hội | 1.330',
        'Quốc phòng - an ninh | 387',
        'Xây dựng hệ thống chính trị | 263',
        'Nhiệm vụ trọng tâm năm 2015:',
        'Một là, tiếp tục quán triệt Chỉ thị số 03-CT/TW;\nrà soát mô hình\nbiểu dương điển hình\nHai là, đẩy mạnh phong trào;',
        'Ba là, nâng cao chất lượng',
        '“Dân vận khéo thì việc gì cũng thành công.”',
      ].join('\n')
    );
    expect(result.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'list',
      'list',
      'quote',
    ]);
    expect(result.blocks[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', text: 'Năm 2014, phong trào thi đua ' },
        { type: 'text', text: '“Dân vận khéo”', bold: true },
        { type: 'text', text: ' tiếp tục được triển khai sâu rộng; toàn tỉnh có ' },
        { type: 'text', text: '3.334', italic: true },
        { type: 'text', text: ' mô hình đăng ký, ' },
        { type: 'text', text: '3.145', underline: true },
        { type: 'text', text: ' mô hình thực hiện' },
      ],
    });
    expect(result.blocks[8]).toEqual({
      type: 'list',
      format: 'ordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'Một là, tiếp tục quán triệt Chỉ thị số 03-CT/TW;' }] },
        {
          type: 'list',
          format: 'unordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'rà soát mô hình' }] },
            { type: 'list-item', children: [{ type: 'text', text: 'biểu dương điển hình' }] },
          ],
        },
        { type: 'list-item', children: [{ type: 'text', text: 'Hai là, đẩy mạnh phong trào;' }] },
      ],
    });
    expect(result.signature).toEqual({ name: 'Nguyễn Thành Lượm', titles: ['UVBTV', 'Trưởng ban Dân vận Tỉnh ủy'] });
    expect(text).not.toContain('Nguyễn Thành Lượm');

    // The HTML form: the table with all its figures, nothing of Word, no signature.
    expectHarmless(result.html);
    for (const figure of ['3.334', '1.165', '1.330', '387', '263', 'Lĩnh vực', 'Xây dựng hệ thống chính trị']) {
      expect(result.html).toContain(figure);
    }
    expect(result.html).toContain(
      '<table><tbody><tr><td><p><b>Lĩnh vực</b></p></td><td><p><b>Số mô hình</b></p></td></tr>'
    );
    expect(result.html).not.toContain('Nguyễn Thành Lượm');
    expect(result.html).not.toMatch(/<p>\s*<\/p>/);
  });

  it('repairs mojibake and entities in every text node', () => {
    const result = convertBody(
      '<p>CÃ´ng tÃ¡c <b>DÃ¢n váº­n</b> &amp;ocirc; n&#259;m <span>2014</span></p><h2>Má»™t sá»‘ káº¿t quáº£</h2>',
      options()
    );
    expectValidBlocks(result.blocks);
    expect(textOf(result.blocks)).toBe('Công tác Dân vận ô năm 2014\nMột số kết quả');
    expect(result.repairs).toEqual(expect.arrayContaining(['double-encoded UTF-8', 'entities']));
    expect(result.html).toBeNull();
  });

  it('keeps text in inline wrappers, drops empty paragraphs, and keeps line breaks', () => {
    const result = convertBody(
      '<p><span><font color="red">Một</font></span> <font>hai <span>ba</span></font><o:p></o:p></p><p>&nbsp;</p><p> <span>&nbsp;</span> </p>' +
        '<p><div>bốn</div>năm</p><p>dòng 1<br>dòng 2<br/><br>dòng 4<br></p><center>sáu</center><p>bảy<sup>2</sup> <s>tám</s> <strike>chín</strike> <code>mười</code></p>',
      options()
    );
    expectValidBlocks(result.blocks);
    expect(textOf(result.blocks)).toBe('Một hai ba\nbốn\nnăm\ndòng 1\ndòng 2\n\ndòng 4\nsáu\nbảy2 tám chín mười');
    const last = result.blocks[result.blocks.length - 1];
    expect(last.type === 'paragraph' && last.children).toEqual([
      { type: 'text', text: 'bảy2 ' },
      { type: 'text', text: 'tám', strikethrough: true },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'chín', strikethrough: true },
      { type: 'text', text: ' ' },
      { type: 'text', text: 'mười', code: true },
    ]);
  });

  it('keeps the paragraphs of a list item on their own lines, and pictures in lists after the list', () => {
    const result = convertBody(
      '<ul><li><p>Một là,</p><p>tiếp tục <b>đổi mới</b></p><img src="images/a.jpg"></li><li></li></ul>',
      options({ media: new Map([['images/a.jpg', stored('a.jpg')]]) })
    );
    expectValidBlocks(result.blocks);
    expect(result.blocks).toEqual([
      {
        type: 'list',
        format: 'unordered',
        children: [
          {
            type: 'list-item',
            children: [
              { type: 'text', text: 'Một là,\ntiếp tục ' },
              { type: 'text', text: 'đổi mới', bold: true },
            ],
          },
        ],
      },
      expect.objectContaining({ type: 'image', image: expect.objectContaining({ url: '/uploads/a.jpg' }) }),
    ]);
  });

  it('makes pictures image blocks with alt and caption, drops missing ones with a warning, and picks the first one', () => {
    const first = stored('ảnh 1.jpg');
    const second = stored('anh-2.jpg', { alternativeText: 'Ảnh lưu', width: null, height: null, ext: null });
    const result = convertBody(
      '<p>Trước <img src="images/tin%20t%E1%BB%A9c/%E1%BA%A3nh%201.jpg" alt="Hội nghị" class="caption" title="Quang cảnh hội nghị" style="float:left" onerror="alert(1)"> sau</p>' +
        '<p><img src="http://bandanvan.angiang.org.vn/images/missing.jpg" alt="Mất"></p>' +
        '<figure><img src="/images/anh-2.jpg"><figcaption>Ảnh: <b>Minh Anh</b></figcaption></figure><p><img src="images/full.jpg"></p>',
      options({
        media: new Map([
          ['images/tin tức/ảnh 1.jpg', first],
          ['images/missing.jpg', null],
          ['/images/anh-2.jpg', second],
          ['images/full.jpg', stored('full.jpg')],
        ]),
        images: {
          image_fulltext: 'images/full.jpg',
          image_fulltext_alt: 'Toàn cảnh',
          image_fulltext_caption: 'Ảnh: TTXVN',
        },
      })
    );
    expectValidBlocks(result.blocks);
    expect(
      result.blocks.map((block) =>
        block.type === 'image'
          ? ['image', block.image.url, block.image.alternativeText, block.image.caption]
          : textOf([block])
      )
    ).toEqual([
      'Trước',
      ['image', '/uploads/ảnh_1.jpg', 'Hội nghị', 'Quang cảnh hội nghị'],
      'sau',
      ['image', '/uploads/anh-2.jpg', 'Ảnh lưu', 'Ảnh: Minh Anh'],
      ['image', '/uploads/full.jpg', 'Toàn cảnh', 'Ảnh: TTXVN'],
    ]);
    expect(result.warnings).toEqual(['missing picture: http://bandanvan.angiang.org.vn/images/missing.jpg']);
    expect(result.firstImage).toBe(first);
    expect(result.html).toBeNull();
  });

  it('rewrites links to old articles and to imported files, and drops javascript: links but keeps their text', () => {
    const result = convertBody(
      '<p><a href="index.php?option=com_content&amp;view=article&amp;id=123:ket-qua&amp;catid=4&amp;Itemid=101">Kết quả</a>, ' +
        '<a href="/tin-tuc/456-bai-cu.html">bài cũ</a>, <a href="images/van-ban/KH%2068.pdf">Kế hoạch 68</a>, <a href="images/mat.pdf">mất</a>, ' +
        '<a href="javascript:alert(1)">nguy hiểm</a>, <a href=" jav&#x09;ascript:alert(1)">tab</a>, <a href="https://baochinhphu.vn/x">báo</a>, ' +
        '<a href="mailto:bdv@angiang.gov.vn">thư</a>, <a href="#top">đầu trang</a>, <a href="/tin-tuc/999-khong-co.html">không có</a></p>',
      options({
        media: new Map<string, StoredFile | null>([
          ['images/van-ban/KH 68.pdf', stored('KH 68.pdf')],
          ['images/mat.pdf', null],
        ]),
        links: new Map([
          ['index.php?option=com_content&view=article&id=123:ket-qua&catid=4&Itemid=101', '/bai-viet/ket-qua'],
        ]),
      })
    );
    expectValidBlocks(result.blocks);
    const paragraph = result.blocks[0];
    expect(
      paragraph.type === 'paragraph' &&
        paragraph.children.filter((child) => child.type === 'link').map((link) => link.type === 'link' && link.url)
    ).toEqual([
      '/bai-viet/ket-qua',
      '/tin-tuc/456-bai-cu.html',
      '/uploads/KH_68.pdf',
      'https://baochinhphu.vn/x',
      'mailto:bdv@angiang.gov.vn',
      '/tin-tuc/999-khong-co.html',
    ]);
    expect(textOf(result.blocks)).toBe(
      'Kết quả, bài cũ, Kế hoạch 68, mất, nguy hiểm, tab, báo, thư, đầu trang, không có'
    );
    expect(result.warnings).toEqual(
      expect.arrayContaining([
        'missing file: images/mat.pdf',
        'link to old article #999 has no new address: /tin-tuc/999-khong-co.html',
      ])
    );
  });

  it('expands galleries, removes and lists other shortcodes, and makes videos links', () => {
    const result = convertBody(
      '<p>Hình ảnh {loadposition user1}</p><p>{gallery}<span>2014/hoi-nghi</span>{/gallery}</p><p>{gallery}khong-co{/gallery}{unknown x=1}</p>' +
        '<p><iframe src="//www.youtube.com/embed/dQw4w9WgXcQ" width="560" title="Đại hội"></iframe></p>{youtube}abcdefgh{/youtube}' +
        '<object data="https://www.youtube.com/v/zyxwvuts"><param name="movie" value="https://www.youtube.com/v/zyxwvuts"></object>' +
        '<iframe src="https://evil.example/x"></iframe>',
      options({ galleries: new Map([['2014/hoi-nghi', [stored('g1.jpg'), stored('g2.jpg')]]]) })
    );
    expectValidBlocks(result.blocks);
    expect(result.blocks.map((block) => (block.type === 'image' ? block.image.url : textOf([block])))).toEqual([
      'Hình ảnh',
      '/uploads/g1.jpg',
      '/uploads/g2.jpg',
      'Video: Đại hội',
      'https://www.youtube.com/watch?v=abcdefgh',
      'https://www.youtube.com/watch?v=zyxwvuts',
      'https://evil.example/x',
    ]);
    expect(result.removedShortcodes).toEqual([
      { name: 'loadposition', raw: '{loadposition user1}' },
      { name: 'unknown', raw: '{unknown x=1}' },
    ]);
    expect(result.warnings).toContain('gallery without imported pictures: khong-co');
    expect(result.firstImage?.url).toBe('/uploads/g1.jpg');
    expectHarmless(result.html);
    expect(result.html).toContain(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" title="Đại hội"></iframe>'
    );
    expect(result.html).toContain('<iframe src="https://www.youtube.com/embed/abcdefgh" allowfullscreen=""></iframe>');
    expect(result.html).toContain('<iframe src="https://www.youtube.com/embed/zyxwvuts" allowfullscreen=""></iframe>');
    expect(result.html).toContain('<img src="/uploads/g1.jpg"><img src="/uploads/g2.jpg">');
    expect(result.html).not.toContain('evil.example');
    expect(result.html).not.toMatch(/\{|loadposition|\ue000/);
  });

  it('rewrites the HTML form to the new files and addresses, and keeps nothing dangerous', () => {
    const result = convertBody(
      '<p onclick="steal()">Bảng <a href="index.php?option=com_content&amp;view=article&amp;id=5">bài 5</a> <a href="javascript:alert(1)">x</a></p>' +
        '<table style="width:100%"><tr><td><img src="images/a.jpg" onerror="alert(1)" alt="A"></td><td><img src="images/mat.jpg"></td><td>3.145</td></tr></table>' +
        '<script>alert(1)</script><svg onload="alert(1)"></svg><p><a href="data:text/html,<script>alert(1)</script>">d</a></p>',
      options({
        media: new Map([
          ['images/a.jpg', stored('a.jpg')],
          ['images/mat.jpg', null],
        ]),
        links: new Map([['index.php?option=com_content&view=article&id=5', '/bai-viet/bai-5']]),
      })
    );
    expectValidBlocks(result.blocks);
    expectHarmless(result.html);
    expect(result.html).toBe(
      '<p>Bảng <a href="/bai-viet/bai-5">bài 5</a> <a>x</a></p><table><tbody><tr><td><img src="/uploads/a.jpg" alt="A"></td><td></td><td>3.145</td></tr></tbody></table><p><a>d</a></p>'
    );
    expect(textOf(result.blocks)).toBe('Bảng bài 5 x\n| | 3.145\n[image /uploads/a.jpg]\nd');
  });

  it('recognises signatures in their usual forms, and nothing that only looks like one', () => {
    const sign = (html: string) => convertBody(`<p>Nội dung bài viết về công tác dân vận.</p>${html}`, options());
    expect(sign('<p>Nguyễn Thành Lượm / UVBTV, Trưởng ban Dân vận Tỉnh ủy</p>').signature).toEqual({
      name: 'Nguyễn Thành Lượm',
      titles: ['UVBTV', 'Trưởng ban Dân vận Tỉnh ủy'],
    });
    const two = sign('<p><strong>TRẦN VĂN HÙNG</strong></p><p><em>Phó Trưởng ban Dân vận Huyện ủy Châu Thành</em></p>');
    expect(two.signature).toEqual({ name: 'TRẦN VĂN HÙNG', titles: ['Phó Trưởng ban Dân vận Huyện ủy Châu Thành'] });
    expect(textOf(two.blocks)).toBe('Nội dung bài viết về công tác dân vận.');
    expect(sign('<p>Lê Thị Mai</p>').signature).toEqual({ name: 'Lê Thị Mai', titles: [] });
    expect(sign('<p>Hà Nội</p>').signature).toEqual({ name: 'Hà Nội', titles: [] });
    expect(sign('<p>Các đồng chí cần thực hiện tốt nhiệm vụ.</p>').signature).toBeNull();
    expect(sign('<p>Dân Vận Khéo</p>').signature).toBeNull();
    expect(sign('<p>Ngày 12/5/2015</p>').signature).toBeNull();
    expect(convertBody('<p>Nguyễn Văn A</p>', options()).signature).toBeNull();
  });

  it('returns a result for any input, quickly, and never throws', () => {
    const junk = Buffer.from(Array.from({ length: 200_000 }, (_, index) => (index * 2654435761) >>> 24)).toString(
      'latin1'
    );
    const inputs = [
      '',
      junk,
      `${'<div><font><b><span>chữ '.repeat(20_000)}`,
      `${'<span>'.repeat(30_000)}sâu${'</span>'.repeat(30_000)}`,
      '<p><b>chưa đóng <i>nghiêng <a href="/x">liên kết <table><tr><td>ô',
      '<<<>>>&&&&#;&#xZZ;{{{}}}{/gallery}{gallery}',
      '\u0000\u0001\ufffd<p>\u0000</p>',
      null as unknown as string,
    ];
    for (const input of inputs) {
      const started = Date.now();
      const result = convertBody(input, options());
      expect(Date.now() - started).toBeLessThan(15_000);
      expectValidBlocks(result.blocks);
      if (result.html !== null) expectHarmless(result.html);
    }
    const deep = convertBody(`${'<span>'.repeat(30_000)}sâu${'</span>'.repeat(30_000)}`, options());
    expect(textOf(deep.blocks)).toBe('sâu');
    const wide = convertBody(`${'<div><font><b><span>chữ '.repeat(20_000)}`, options());
    expect(textOf(wide.blocks).match(/chữ/g)).toHaveLength(20_000);
    expect(analyseBody(junk, { oldHosts: OLD_HOSTS })).toEqual(expect.objectContaining({ hasRich: false }));
  });
});
