import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

/**
 * The reader page's renderer of an imported body (public/js/body-html.js), run in a browser-like
 * window: a hostile string comes out as text and the allowed elements only, tables come wrapped
 * for phones and named for screen readers.
 */
type Renderer = { renderBodyHtml(html: string): DocumentFragment; safeAddress(value: string | null): string | null };

const SOURCE = fs.readFileSync(path.resolve(__dirname, '../../public/js/body-html.js'), 'utf8');

/** The module's exports, evaluated in a fresh window (the module imports nothing). */
const load = () => {
  const dom = new JSDOM('<!DOCTYPE html><body></body>', {
    url: 'https://cong.test/bai-viet/x',
    runScripts: 'outside-only',
  });
  const body = SOURCE.replace(/^export const /gm, 'const ');
  const renderer = dom.window.eval(`(() => { ${body}\n return { renderBodyHtml, safeAddress }; })()`) as Renderer;
  const render = (html: string) => {
    const host = dom.window.document.createElement('div');
    host.append(renderer.renderBodyHtml(html));
    dom.window.document.body.append(host);
    return host;
  };
  return { dom, renderer, render };
};

describe('reader page: an imported body (bodyHtml) rebuilt through an allowlist', () => {
  const { dom, renderer, render } = load();

  it('keeps a table with its caption, headers and figures, in a region that scrolls on a phone', () => {
    const host = render(
      '<table class="MsoTableGrid" style="width:600px"><caption>Mô hình theo lĩnh vực</caption>' +
        '<thead><tr><th>Lĩnh vực</th><th>Số mô hình</th></tr></thead>' +
        '<tbody><tr><th>Kinh tế</th><td colspan="1" style="color:red">1.165</td></tr>' +
        '<tr><td>Văn hóa - xã hội</td><td rowspan="abc">1.330</td></tr></tbody></table>'
    );
    const region = host.querySelector('.body-table')!;
    expect(region.getAttribute('role')).toBe('region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-label')).toBe('Mô hình theo lĩnh vực');
    const table = region.querySelector('table')!;
    expect(table.getAttribute('class')).toBeNull();
    expect(table.getAttribute('style')).toBeNull();
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).toBe('row');
    expect(table.querySelector('td[colspan="1"]')!.textContent).toBe('1.165');
    expect(table.querySelector('td[rowspan]')).toBeNull();
    expect(table.textContent).toContain('1.330');
  });

  it('runs nothing a hostile string carries and keeps only safe addresses', () => {
    const window = dom.window as unknown as { hacked?: boolean };
    const host = render(
      [
        '<p onclick="window.hacked = true">Đoạn <b>đậm</b></p>',
        '<script>window.hacked = true</script>',
        '<img src="x" onerror="window.hacked = true">',
        '<img src="/uploads/anh.jpg" alt="Ảnh hội nghị" onload="window.hacked = true">',
        '<a href="javascript:window.hacked=true">a</a>',
        '<a href=" java\tscript:alert(1)">b</a>',
        '<a href="//evil.example/x">c</a>',
        '<a href="https://baochinhphu.vn/">d</a>',
        '<iframe src="https://evil.example/"></iframe>',
        '<iframe src="https://www.youtube.com/embed/abc123" allowfullscreen onload="x()"></iframe>',
        '<svg><script>window.hacked = true</script></svg>',
        '<style>body { display: none }</style>',
        '<form action="/x"><input name="a"><button>Gửi</button></form>',
        '<h1>Tiêu đề cũ</h1>',
        '<video src="/uploads/clip.mp4" onplay="x()"><source src="data:video/mp4;base64,AAAA" type="video/mp4"></video>',
      ].join('')
    );
    const html = host.innerHTML;
    expect(window.hacked).toBeUndefined();
    for (const bad of [
      '<script',
      'onerror',
      'onclick',
      'onload',
      'onplay',
      'javascript',
      'evil.example',
      'style',
      'form',
      'input',
      'data:',
    ]) {
      expect({ bad, found: html.includes(bad) }).toEqual({ bad, found: false });
    }
    expect(host.querySelector('p')!.textContent).toBe('Đoạn đậm');
    expect(host.querySelectorAll('img')).toHaveLength(1);
    expect(host.querySelector('img')!.getAttribute('src')).toBe('/uploads/anh.jpg');
    expect(host.querySelector('img')!.getAttribute('alt')).toBe('Ảnh hội nghị');
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      null,
      null,
      null,
      'https://baochinhphu.vn/',
    ]);
    expect(host.querySelector('a[href]')!.getAttribute('rel')).toBe('noopener');
    const frames = host.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0].getAttribute('src')).toBe('https://www.youtube.com/embed/abc123');
    expect(frames[0].getAttribute('title')).toBe('Video');
    expect(frames[0].getAttribute('sandbox')).toContain('allow-scripts');
    expect(host.querySelector('h1')).toBeNull();
    expect(host.querySelector('h2')!.textContent).toBe('Tiêu đề cũ');
    expect(host.querySelector('video')!.hasAttribute('controls')).toBe(true);
    expect(host.querySelector('source')!.getAttribute('src')).toBeNull();
  });

  it('survives absurd nesting', () => {
    const deep = `${'<div>'.repeat(300)}sâu${'</div>'.repeat(300)}`;
    expect(render(deep).textContent).toBe('sâu');
  });

  it.each([
    ['https://example.vn/a', 'https://example.vn/a'],
    ['/uploads/a.jpg', '/uploads/a.jpg'],
    ['#muc-1', '#muc-1'],
    ['//evil.example/a', null],
    ['/\\evil.example', null],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,x', null],
    ['vbscript:x', null],
    ['relative/path.html', null],
  ])('safeAddress(%j) is %j', (value, expected) => {
    expect(renderer.safeAddress(value)).toBe(expected);
  });
});
