import { expect } from '@open-wc/testing';
import { httpUrl, isExternal, safeUrl } from '../../src/model/url.js';

describe('the URL guard', () => {
  const base = 'https://news.example/world/story';

  it('keeps http, https and mailto URLs', () => {
    expect(safeUrl('https://a.example/x?y=1#z')).to.equal('https://a.example/x?y=1#z');
    expect(safeUrl('http://a.example/')).to.equal('http://a.example/');
    expect(safeUrl('mailto:desk@news.example')).to.equal('mailto:desk@news.example');
  });

  it('resolves relative URLs against the article URL', () => {
    expect(safeUrl('/people/ada', base)).to.equal('https://news.example/people/ada');
    expect(safeUrl('next', base)).to.equal('https://news.example/world/next');
    expect(safeUrl('?page=2', base)).to.equal('https://news.example/world/story?page=2');
  });

  it('refuses relative URLs without a usable base, rather than resolve them against the page', () => {
    expect(safeUrl('/x')).to.equal(undefined);
    expect(safeUrl('/x', 'javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('/x', '/relative/base')).to.equal(undefined);
  });

  for (const url of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'blob:https://a.example/1',
    'file:///etc/passwd',
    'ftp://a.example/',
  ]) {
    it(`drops ${JSON.stringify(url)}`, () => {
      expect(safeUrl(url, base)).to.equal(undefined);
    });
  }

  it('drops what is not a string, and blanks', () => {
    for (const value of [undefined, null, 42, {}, [], '', '   ']) expect(safeUrl(value)).to.equal(undefined);
  });

  it('keeps only absolute http(s) URLs for what is shared or loaded', () => {
    expect(httpUrl('next', base)).to.equal('https://news.example/world/next');
    expect(httpUrl('https://a.example/')).to.equal('https://a.example/');
    expect(httpUrl('mailto:desk@news.example')).to.equal(undefined);
    expect(httpUrl('next')).to.equal(undefined);
    expect(httpUrl('next', 'mailto:desk@news.example')).to.equal(undefined);
  });

  it('tells links that leave the page from links that stay', () => {
    expect(isExternal('https://elsewhere.example/')).to.equal(true);
    expect(isExternal(new URL('/here', location.href).href)).to.equal(false);
    expect(isExternal('mailto:a@b.example')).to.equal(false);
  });
});
