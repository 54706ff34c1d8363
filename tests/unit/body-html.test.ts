import { BODY_HTML_TAGS, bodyHtmlText, sanitizeBodyHtml } from '../../src/shared/body-html';

/** Every tag name left in the output. */
const tagsOf = (html: string): string[] =>
  Array.from(html.matchAll(/<([a-z0-9]+)/gi), (match) => match[1].toLowerCase());

/** Nothing executable or styled is left: the checks every payload below must pass. */
const expectHarmless = (html: string) => {
  expect(html).not.toMatch(/<script|<svg|<math|<style|<object|<embed|<form|<input|<base|<meta|<link/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:/i);
  expect(html).not.toMatch(/\s(style|class|id|data-[\w-]+)\s*=/i);
  for (const tag of tagsOf(html)) expect(Object.keys(BODY_HTML_TAGS)).toContain(tag);
};

describe('sanitizeBodyHtml: XSS payloads are gone', () => {
  const payloads: [string, string][] = [
    ['script element', '<p>Tin tức</p><script>alert(document.cookie)</script>'],
    [
      'script with odd casing and attributes',
      '<ScRiPt type="text/javascript" src="//evil.example/x.js"></ScRiPt><p>Tin tức</p>',
    ],
    ['svg onload', '<svg onload=alert(1)><p>Tin tức</p></svg>'],
    ['img onerror', '<p>Tin tức<img src=x onerror="alert(1)"></p>'],
    ['body onload', '<body onload="alert(1)"><p>Tin tức</p></body>'],
    ['javascript: href', '<p><a href="javascript:alert(1)">Tin tức</a></p>'],
    [
      'javascript: with entities',
      '<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">Tin tức</a></p>',
    ],
    ['javascript: with a tab entity', '<p><a href="jav&#x09;ascript:alert(1)">Tin tức</a></p>'],
    ['javascript: with newline and spaces', '<p><a href="  java\nscript:alert(1)">Tin tức</a></p>'],
    ['javascript: with &colon;', '<p><a href="javascript&colon;alert(1)">Tin tức</a></p>'],
    ['JAVASCRIPT: upper case', '<p><a href="JAVASCRIPT:alert(1)">Tin tức</a></p>'],
    ['vbscript:', '<p><a href="vbscript:msgbox(1)">Tin tức</a></p>'],
    ['data: href', '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Tin tức</a></p>'],
    ['data: img', '<p>Tin tức<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"></p>'],
    ['iframe to another host', '<p>Tin tức</p><iframe src="https://evil.example/embed/x"></iframe>'],
    ['iframe with javascript:', '<p>Tin tức</p><iframe src="javascript:alert(1)"></iframe>'],
    ['iframe srcdoc', '<p>Tin tức</p><iframe srcdoc="<script>alert(1)</script>"></iframe>'],
    [
      'style expression',
      '<p style="width: expression(alert(1))">Tin tức</p><style>p{background:url(javascript:alert(1))}</style>',
    ],
    ['object and embed', '<p>Tin tức</p><object data="evil.swf"><embed src="evil.swf"></object>'],
    [
      'form and input',
      '<form action="https://evil.example"><input name="x" onfocus="alert(1)" autofocus><p>Tin tức</p></form>',
    ],
    [
      'meta refresh and base',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="https://evil.example/"><p>Tin tức</p>',
    ],
    [
      'nested unclosed tags',
      '<div><p><b><i><a href="javascript:alert(1)" onclick=alert(1)>Tin tức<img src=x onerror=alert(1)',
    ],
    ['broken comment', '<p>Tin tức</p><!--><img src=x onerror=alert(1)>-->'],
    ['mXSS noscript', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><p>Tin tức</p>'],
    [
      'math mglyph',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math><p>Tin tức</p>',
    ],
    ['data attributes and classes', '<p class="MsoNormal" id="x" data-x="1" data-bind="alert(1)">Tin tức</p>'],
    [
      'video poster javascript:',
      '<p>Tin tức</p><video src="javascript:alert(1)" poster="javascript:alert(1)" onplay=alert(1)></video>',
    ],
  ];

  it.each(payloads)('%s', (_name, payload) => {
    const html = sanitizeBodyHtml(payload);
    expectHarmless(html);
    expect(html).toContain('Tin tức');
  });
});

describe('sanitizeBodyHtml: legitimate content stays', () => {
  it('keeps the structure of an article and drops Word markup', () => {
    const html = sanitizeBodyHtml(
      '<p class="MsoNormal" style="text-align:justify"><span style="font-size:13pt"><font face="Times New Roman">Phong trào <b>“Dân vận khéo”</b> có <i>3.334</i> mô hình<o:p></o:p></font></span></p>' +
        '<h1>Nhiệm vụ trọng tâm</h1><ol><li>Một là, …</li><li>Hai là, …<ul><li>chi tiết</li></ul></li></ol>' +
        '<blockquote><p>Trích <u>Chỉ thị</u> số 03-CT/TW</p></blockquote><p>H<sub>2</sub>O, m<sup>2</sup>, <s>cũ</s><br>dòng mới</p><hr>'
    );
    expect(html).toBe(
      '<p>Phong trào <b>“Dân vận khéo”</b> có <i>3.334</i> mô hình</p>' +
        '<h2>Nhiệm vụ trọng tâm</h2><ol><li>Một là, …</li><li>Hai là, …<ul><li>chi tiết</li></ul></li></ol>' +
        '<blockquote><p>Trích <u>Chỉ thị</u> số 03-CT/TW</p></blockquote><p>H<sub>2</sub>O, m<sup>2</sup>, <s>cũ</s><br>dòng mới</p><hr>'
    );
  });

  it('keeps a table of figures with colspan, rowspan and scope, without presentational attributes', () => {
    const html = sanitizeBodyHtml(
      '<table border="1" cellpadding="0" width="100%" style="border-collapse:collapse"><caption>Kết quả</caption>' +
        '<thead><tr><th scope="col" width="50%" bgcolor="#ccc">Lĩnh vực</th><th scope="col">Số mô hình</th></tr></thead>' +
        '<tbody><tr><td valign="top">Kinh tế</td><td align="right">1.165</td></tr><tr><td rowspan="2">Văn hóa - xã hội</td><td>1.330</td></tr>' +
        '<tr><td>387</td></tr></tbody><tfoot><tr><td colspan="2">Tổng: 3.145</td></tr></tfoot></table>'
    );
    expect(html).toBe(
      '<table><caption>Kết quả</caption><thead><tr><th scope="col">Lĩnh vực</th><th scope="col">Số mô hình</th></tr></thead>' +
        '<tbody><tr><td>Kinh tế</td><td>1.165</td></tr><tr><td rowspan="2">Văn hóa - xã hội</td><td>1.330</td></tr><tr><td>387</td></tr></tbody>' +
        '<tfoot><tr><td colspan="2">Tổng: 3.145</td></tr></tfoot></table>'
    );
  });

  it('keeps links to web pages, mail, phones and paths; absolute web links get rel="noopener"', () => {
    const html = sanitizeBodyHtml(
      '<p><a href="https://baochinhphu.vn/x" target="_blank" title="Báo">a</a> <a href="mailto:bdv@angiang.gov.vn">b</a> ' +
        '<a href="tel:+842963852000">c</a> <a href="/tin-tuc/123-bai.html">d</a> <a href="index.php?option=com_content&amp;id=1">e</a> <a href="#muc-1">f</a></p>'
    );
    expect(html).toBe(
      '<p><a href="https://baochinhphu.vn/x" title="Báo" rel="noopener">a</a> <a href="mailto:bdv@angiang.gov.vn">b</a> ' +
        '<a href="tel:+842963852000">c</a> <a href="/tin-tuc/123-bai.html">d</a> <a href="index.php?option=com_content&amp;id=1">e</a> <a href="#muc-1">f</a></p>'
    );
  });

  it('keeps pictures with web or path sources, in figures with captions', () => {
    const html = sanitizeBodyHtml(
      '<figure class="image"><img src="/uploads/anh_1.jpg" alt="Hội nghị" width="600" height="400" title="Hội nghị" style="float:left" border="0"><figcaption>Quang cảnh hội nghị</figcaption></figure>' +
        '<p><img src="images/tin tức/ảnh 2.jpg" alt=""><img src="ftp://old/x.jpg" alt="ftp"></p>'
    );
    expect(html).toBe(
      '<figure><img src="/uploads/anh_1.jpg" alt="Hội nghị" width="600" height="400" title="Hội nghị"><figcaption>Quang cảnh hội nghị</figcaption></figure>' +
        '<p><img src="images/tin tức/ảnh 2.jpg" alt=""></p>'
    );
  });

  it('keeps YouTube, youtube-nocookie and Vimeo players only, and videos', () => {
    const html = sanitizeBodyHtml(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315" frameborder="0" allowfullscreen="allowfullscreen" title="Video"></iframe>' +
        '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe><iframe src="https://player.vimeo.com/video/123"></iframe>' +
        '<iframe src="//www.youtube.com/embed/proto"></iframe><iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>' +
        '<iframe src="http://www.youtube.com/embed/plain-http"></iframe><iframe src="https://www.facebook.com/plugins/video.php"></iframe>' +
        '<video src="/uploads/clip.mp4" controls poster="/uploads/p.jpg" autoplay><source src="/uploads/clip.webm" type="video/webm"></video>'
    );
    expect(html).toBe(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315" allowfullscreen="" title="Video"></iframe>' +
        '<iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe><iframe src="https://player.vimeo.com/video/123"></iframe>' +
        '<iframe src="https://www.youtube.com/embed/proto"></iframe>' +
        '<video src="/uploads/clip.mp4" controls="" poster="/uploads/p.jpg"><source src="/uploads/clip.webm" type="video/webm"></video>'
    );
  });

  it('returns an empty string when nothing visible is left', () => {
    expect(sanitizeBodyHtml('')).toBe('');
    expect(sanitizeBodyHtml('   ')).toBe('');
    expect(sanitizeBodyHtml('<p>&nbsp;</p><p><span style="x"> </span></p>')).toBe('');
    expect(sanitizeBodyHtml('<script>alert(1)</script><style>p{}</style>')).toBe('');
    expect(sanitizeBodyHtml('<iframe src="https://evil.example/"></iframe>')).toBe('');
  });

  it('closes unclosed tags and survives deep nesting', () => {
    expect(sanitizeBodyHtml('<div><p>chưa đóng <b>đậm <i>nghiêng')).toBe('<p>chưa đóng <b>đậm <i>nghiêng</i></b></p>');
    const deep = `${'<span>'.repeat(5000)}sâu${'</span>'.repeat(5000)}`;
    expect(sanitizeBodyHtml(deep)).toBe('sâu');
  });
});

describe('bodyHtmlText', () => {
  it('is the visible text, blocks and cells separated, without script or style contents', () => {
    const text = bodyHtmlText(
      '<p>Phong trào <b>Dân vận khéo</b></p><script>var x = "ẩn";</script><style>p{color:red}</style>' +
        '<table><tr><td>Kinh tế</td><td>1.165</td></tr><tr><td>Quốc phòng - an ninh</td><td>387</td></tr></table><p>dòng 1<br>dòng&nbsp;2</p>'
    );
    expect(text).toBe('Phong trào Dân vận khéo\nKinh tế 1.165\nQuốc phòng - an ninh 387\ndòng 1\ndòng 2');
    expect(bodyHtmlText('')).toBe('');
  });
});
