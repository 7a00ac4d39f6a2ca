import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  LINKS,
  clip,
  graphemes,
  mastodonLink,
  measure,
  withCampaign,
  xWeight,
} from '../../src/share-bar/networks.js';

describe('share-bar networks', () => {
  describe('clip', () => {
    it('leaves text that fits as it is', () => {
      expect(clip('Short text', 10)).to.equal('Short text');
    });

    it('cuts longer text and ends it with an ellipsis, within the limit', () => {
      expect(clip('abcdefghij', 5)).to.equal('abcd…');
    });

    it('does not leave a space before the ellipsis', () => {
      expect(clip('one two three', 5)).to.equal('one…');
    });

    it('never splits a grapheme: flags, families and accented letters stay whole', () => {
      expect(clip('🇫🇷🇩🇪🇪🇸🇯🇵', 3)).to.equal('🇫🇷🇩🇪…');
      expect(clip('👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 2)).to.equal('👩‍👩‍👧‍👦…');
      expect(clip('e\u0301e\u0301e\u0301', 2)).to.equal('e\u0301…');
    });

    it('gives nothing when not even the ellipsis fits', () => {
      expect(clip('abc', 0)).to.equal('');
    });

    it('counts with the weight it is given', () => {
      expect(clip('ab日本語', 6, xWeight)).to.equal('ab日…');
    });
  });

  describe('graphemes', () => {
    it('counts what a reader sees as one character as one', () => {
      expect(graphemes('a👍🏽é🇯🇵')).to.have.length(4);
    });
  });

  describe('measure and clip, on any text', () => {
    // ASCII, emoji, accents, CJK, Arabic and line breaks, mixed.
    const text = fc
      .array(fc.constantFrom('a', 'Z', ' ', '~', '\r\n', 'é', 'e\u0301', '日', 'م', '👍🏽', '🇫🇷', '…'), {
        maxLength: 200,
      })
      .map((parts) => parts.join(''));
    const weights = fc.constantFrom(undefined, xWeight);
    const slowMeasure = (value: string, weigh = (_: string) => 1) =>
      graphemes(value).reduce((sum, grapheme) => sum + weigh(grapheme), 0);

    it('measures as adding up every grapheme does', () => {
      fc.assert(
        fc.property(text, weights, (value, weigh) => measure(value, weigh) === slowMeasure(value, weigh)),
      );
    });

    it('keeps a text that fits and cuts one that does not to fit', () => {
      fc.assert(
        fc.property(text, fc.nat(400), weights, (value, max, weigh) => {
          const cut = clip(value, max, weigh);
          if (slowMeasure(value, weigh) <= max) return cut === value;
          return cut !== value && slowMeasure(cut, weigh) <= max;
        }),
      );
    });
  });

  describe('xWeight', () => {
    it('counts Latin, Arabic and Cyrillic letters as 1, CJK and emoji as 2', () => {
      expect(measure('abc', xWeight)).to.equal(3);
      expect(measure('مرحبا', xWeight)).to.equal(5);
      expect(measure('привет', xWeight)).to.equal(6);
      expect(measure('日本語', xWeight)).to.equal(6);
      expect(measure('👍🏽', xWeight)).to.equal(2);
      expect(measure('👩‍👩‍👧‍👦', xWeight)).to.equal(2);
    });

    it('counts typographic quotes as 1 and the ellipsis as 2', () => {
      expect(measure('“a”', xWeight)).to.equal(3);
      expect(measure('…', xWeight)).to.equal(2);
    });
  });

  describe('withCampaign', () => {
    it('adds the UTM parameters after the existing query, before the hash', () => {
      expect(withCampaign('https://news.example/a?b=c%20d#e', 'reddit', 'launch & co')).to.equal(
        'https://news.example/a?b=c%20d&utm_source=reddit&utm_medium=social&utm_campaign=launch%20%26%20co#e',
      );
    });

    it('starts the query when there is none', () => {
      expect(withCampaign('https://news.example/a', 'x', 'c')).to.equal(
        'https://news.example/a?utm_source=x&utm_medium=social&utm_campaign=c',
      );
    });

    it('leaves the URL alone without a campaign', () => {
      expect(withCampaign('https://news.example/a?b=1', 'x')).to.equal('https://news.example/a?b=1');
    });
  });

  describe('links', () => {
    it('give X the text in the composed form it counts', () => {
      expect(LINKS.x!({ url: 'https://news.example/a', text: 'Cafe\u0301', hashtags: [] })).to.equal(
        'https://x.com/intent/tweet?text=Caf%C3%A9&url=https%3A%2F%2Fnews.example%2Fa',
      );
    });

    it('encode broken UTF-16 as the replacement character instead of throwing', () => {
      expect(LINKS.telegram!({ url: 'https://news.example/a', text: 'a\uD800b', hashtags: [] })).to.equal(
        'https://t.me/share/url?url=https%3A%2F%2Fnews.example%2Fa&text=a%EF%BF%BDb',
      );
    });
  });

  describe('mastodonLink', () => {
    it('shares text and URL on the reader’s server', () => {
      expect(
        mastodonLink('social.example', { url: 'https://news.example/a', text: 'Hi & bye', hashtags: [] }),
      ).to.equal('https://social.example/share?text=Hi%20%26%20bye%20https%3A%2F%2Fnews.example%2Fa');
    });
  });
});
