import { expect } from '@open-wc/testing';
import {
  siBluesky,
  siFacebook,
  siMastodon,
  siPinterest,
  siReddit,
  siTelegram,
  siWhatsapp,
  siX,
} from 'simple-icons';
import { PATHS } from '../../src/share-bar/icons.js';
import { roundPath } from './round-path.js';

const BRANDS = {
  facebook: siFacebook,
  x: siX,
  reddit: siReddit,
  pinterest: siPinterest,
  whatsapp: siWhatsapp,
  telegram: siTelegram,
  bluesky: siBluesky,
  mastodon: siMastodon,
};

const SIZE = 96;

/** The coverage (alpha) of each pixel of `d` filled at 4× its 24-unit box. */
function raster(d: string): Uint8ClampedArray {
  const context = Object.assign(document.createElement('canvas'), { width: SIZE, height: SIZE }).getContext(
    '2d',
  )!;
  context.scale(SIZE / 24, SIZE / 24);
  context.fill(new Path2D(d));
  return context.getImageData(0, 0, SIZE, SIZE).data.filter((_, i) => i % 4 === 3);
}

describe('share-bar icons', () => {
  it('are the simple-icons marks with coordinates rounded to 0.1', () => {
    for (const [network, icon] of Object.entries(BRANDS)) {
      // On a failure after a simple-icons update, the expected value is the new path to paste.
      expect(PATHS[network as keyof typeof BRANDS], network).to.equal(roundPath(icon.path, 1));
    }
  });

  it('look the same as the simple-icons marks, pixel for pixel at 96 px', () => {
    for (const [network, icon] of Object.entries(BRANDS)) {
      const [ours, theirs] = [raster(PATHS[network as keyof typeof BRANDS]), raster(icon.path)];
      const inked = theirs.filter((alpha) => alpha > 127).length;
      const different = theirs.filter((alpha, i) => Math.abs(alpha - ours[i]) > 127).length;
      expect(inked, network).to.be.above(SIZE * SIZE * 0.15);
      expect(different / inked, network).to.be.below(0.01);
    }
  });

  it('draw inside the 24×24 box', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    document.body.append(svg);
    try {
      for (const [network, d] of Object.entries(PATHS)) {
        const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('d', d);
        svg.append(path);
        const { x, y, width, height } = path.getBBox();
        // A tenth of a unit of slack: some simple-icons curves graze the edge.
        expect([x > -0.1, y > -0.1, x + width < 24.1, y + height < 24.1, width > 10], network).to.deep.equal([
          true,
          true,
          true,
          true,
          true,
        ]);
      }
    } finally {
      svg.remove();
    }
  });
});

describe('roundPath', () => {
  it('keeps relative steps from adding up their rounding errors', () => {
    // Ten steps of 0.04: rounded one by one they would all be 0; here they still add up to 0.4.
    expect(roundPath(`M0 0${'l.04 0'.repeat(10)}`, 1)).to.equal(
      'M0 0l0 0 .1 0 0 0 .1 0 0 0 0 0 .1 0 0 0 .1 0 0 0',
    );
  });

  it('writes a command once for the segments that repeat it, as SVG allows', () => {
    expect(roundPath('M0 0c1 1 2 2 3 3c1 1 2 2 3 3c-1-1-2-2-3-3s1 1 2 2s1 1 2 2l1.5 1.5l.5.5z', 1)).to.equal(
      'M0 0c1 1 2 2 3 3 1 1 2 2 3 3-1-1-2-2-3-3s1 1 2 2 1 1 2 2l1.5 1.5.5.5z',
    );
  });

  it('reads packed arc flags and absolute commands, and writes them relative', () => {
    expect(roundPath('M1.04 1.04A2.06 2.06 0 011.16 5.16H3.04', 1)).to.equal('M1 1a2.1 2.1 0 0 1 .2 4.2h1.8');
  });

  it('returns to the start of the subpath after z', () => {
    expect(roundPath('M1 1h2v2zm1 0h1', 1)).to.equal('M1 1h2v2zm1 0h1');
  });
});
