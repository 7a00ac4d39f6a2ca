import { expect } from '@open-wc/testing';
import * as simpleIcons from 'simple-icons';
import { PATHS } from '../../src/share-bar/icons.js';

describe('share-bar icons', () => {
  it('are the simple-icons marks, unchanged', () => {
    const brands = {
      facebook: simpleIcons.siFacebook,
      x: simpleIcons.siX,
      reddit: simpleIcons.siReddit,
      pinterest: simpleIcons.siPinterest,
      whatsapp: simpleIcons.siWhatsapp,
      telegram: simpleIcons.siTelegram,
      bluesky: simpleIcons.siBluesky,
      mastodon: simpleIcons.siMastodon,
    };
    for (const [network, icon] of Object.entries(brands)) {
      expect(PATHS[network as keyof typeof PATHS], network).to.equal(icon.path);
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
        // A hundredth of a unit of slack: some simple-icons curves graze the edge.
        expect(
          [x > -0.01, y > -0.01, x + width < 24.01, y + height < 24.01, width > 10],
          network,
        ).to.deep.equal([true, true, true, true, true]);
      }
    } finally {
      svg.remove();
    }
  });
});
