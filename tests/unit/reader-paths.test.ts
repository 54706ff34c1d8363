import { isReaderPath, readerTarget } from '../../src/plugins/reader/server/src/constants';

describe('the reader page answers its own addresses, and only those', () => {
  test.each([
    '/',
    '/bai-viet/mot-so-ket-qua-2025',
    '/chuyen-muc/tin-trong-tinh',
    '/tac-gia/dinh-xuan-khiem',
    '/don-vi/ban-dan-van-tinh-uy',
    '/tim-kiem',
    '/tim-kiem/',
    '/bai-viet/a-1/',
  ])('%s is a reader view', (path) => expect(isReaderPath(path)).toBe(true));

  test.each([
    '/admin',
    '/api/portal/home',
    '/bai-viet/',
    '/bai-viet/Hoa-Binh',
    '/bai-viet/a--b',
    '/bai-viet/a/b',
    '/uploads/x.jpg',
    '/css/site.css',
    '/tim-kiem-x',
  ])('%s is left to the rest of the app', (path) => expect(isReaderPath(path)).toBe(false));
});

describe('a reader path names what it shows', () => {
  test.each([
    ['/bai-viet/mot-so-ket-qua-2025', { kind: 'article', slug: 'mot-so-ket-qua-2025' }],
    ['/chuyen-muc/tin-trong-tinh/', { kind: 'section', slug: 'tin-trong-tinh' }],
    ['/tac-gia/dinh-xuan-khiem', { kind: 'author', slug: 'dinh-xuan-khiem' }],
    ['/don-vi/ban-dan-van-tinh-uy', { kind: 'department', slug: 'ban-dan-van-tinh-uy' }],
    ['/', null],
    ['/tim-kiem', null],
    ['/bai-viet/Hoa-Binh', null],
  ])('%s', (path, target) => expect(readerTarget(path)).toEqual(target));
});
