import { expect } from '@open-wc/testing';
import { formatDate } from '../../src/internal/dates.js';

describe('formatDate', () => {
  // The test browser may run in any time zone: these two move a day one way or the other for every
  // reader whose zone is not the publisher's.
  for (const iso of [
    '2016-01-01T23:59:59-06:00',
    '2016-01-01T00:30:00+09:00',
    '2016-01-01T23:59:59.999-12:00',
  ]) {
    it(`shows ${iso} on the day the publisher wrote`, () => {
      expect(formatDate(iso, 'en')).to.equal('January 1, 2016');
    });
  }

  it('never moves a date-only value', () => {
    expect(formatDate('2016-01-01', 'en')).to.equal('January 1, 2016');
    expect(formatDate('2016-12-31', 'en')).to.equal('December 31, 2016');
  });

  it('writes the date in the language given', () => {
    expect(formatDate('2016-01-01T23:59:59-06:00', 'fr')).to.equal('1 janvier 2016');
    expect(formatDate('2016-01-01T23:59:59-06:00', 'de')).to.equal('1. Januar 2016');
  });

  it('shows a value that names no date as it is', () => {
    expect(formatDate('soon', 'en')).to.equal('soon');
    expect(formatDate('2016-13-45', 'en')).to.equal('2016-13-45');
  });
});
