import { expect, fixture } from '@open-wc/testing';
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
import '../../src/share-bar/define.js';
import { PATHS as DEFAULT_PATHS } from '../../src/share-bar/icons.js';
import { until } from '../helpers.js';
import { MORE_PATHS } from '../../src/share-bar/more-icons.js';

const PATHS = { ...DEFAULT_PATHS, ...MORE_PATHS } as Record<string, string>;

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

describe('marks beyond the default networks', () => {
  it('are not in the file every page loads, and arrive in a box that already has their size', async () => {
    expect(Object.keys(DEFAULT_PATHS)).to.have.members(['facebook', 'x', 'reddit', 'pinterest', 'email']);
    const el = await fixture(
      '<folio-share-bar url="https://news.example/a" networks="facebook whatsapp copy"></folio-share-bar>',
    );
    const icon = (network: string) => el.shadowRoot!.querySelector(`[data-network="${network}"] svg`)!;
    const box = (network: string) => {
      const { width, height, top } = icon(network).getBoundingClientRect();
      return { width, height, top };
    };
    const first = box('whatsapp');
    expect(first.width).to.be.above(0);
    expect(first).to.deep.equal(box('facebook'));
    for (const network of ['whatsapp', 'copy'])
      expect(await until(() => icon(network).querySelector('path')!.getAttribute('d'))).to.equal(
        PATHS[network],
      );
    expect(box('whatsapp')).to.deep.equal(first);
  });
});
