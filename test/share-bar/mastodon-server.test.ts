import { expect } from '@open-wc/testing';
import { serverHost } from '../../src/share-bar/mastodon-server.js';

describe('serverHost', () => {
  it('reads a host name the ways readers write it', () => {
    expect(serverHost('mastodon.social')).to.equal('mastodon.social');
    expect(serverHost('  Mastodon.Social ')).to.equal('mastodon.social');
    expect(serverHost('https://mastodon.social/')).to.equal('mastodon.social');
    expect(serverHost('@someone@fosstodon.org')).to.equal('fosstodon.org');
    expect(serverHost('someone@social.example.co.uk')).to.equal('social.example.co.uk');
  });

  it('turns an international name into its ASCII form', () => {
    expect(serverHost('mastodon.münchen.de')).to.equal('mastodon.xn--mnchen-3ya.de');
  });

  it('refuses what is not a host name', () => {
    for (const input of [
      '',
      'mastodon',
      'not a server',
      'mastodon.social/path',
      'mastodon.social:8080',
      'user:pass@mastodon.social/x',
      'javascript:alert(1)',
      '127.0.0.1',
      '-bad.example',
      'evil.example#@mastodon.social',
      'a..example',
      `${'a'.repeat(64)}.example`,
    ]) {
      expect(serverHost(input), input).to.equal(undefined);
    }
  });
});
