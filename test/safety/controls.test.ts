import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { hazards, trapScripts } from './inspect.js';
import { inject } from './matrix.js';

/** A tree of `html` parsed as the browser would, for the inspector to read. */
function tree(html: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = html;
  return box;
}

/** A deliberately unsafe element: it puts its `value` in its shadow root as HTML. */
class UnsafeElement extends HTMLElement {
  set value(html: string) {
    (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).innerHTML = html;
  }
}
customElements.define('folio-test-unsafe', UnsafeElement);

describe('the safety checks', () => {
  describe('hazards()', () => {
    for (const [hazard, html] of [
      ['<script> element', '<script>1</script>'],
      ['<iframe> element', '<iframe></iframe>'],
      ['<object> element', '<object></object>'],
      ['<embed> element', '<embed>'],
      ['<base> element', '<base href="/">'],
      ['<meta> element', '<meta http-equiv="refresh" content="0">'],
      ['event handler', '<b onclick="x">b</b>'],
      ['srcdoc', '<div srcdoc="x"></div>'],
      ['refused URL <a href', '<a href=" JavaScript:x">a</a>'],
      ['refused URL <img src', '<img src="data:image/svg+xml,x">'],
      ['refused URL <button formaction', '<button formaction="javascript:x">b</button>'],
      ['refused URL <form action', '<form action="vbscript:x"></form>'],
      ['refused URL <a xlink:href', '<svg><a xlink:href="javascript:x"></a></svg>'],
      ['refused URL <img srcset', '<img srcset="https://a.example/1.png 1x, javascript:x 2x">'],
      ['script URL in animation', '<svg><set attributeName="href" to="javascript:x"/></svg>'],
      ['scripted CSS', '<p style="width: expression(x)">p</p>'],
    ]) {
      it(`finds ${hazard.split(' <')[0]} (${html})`, () => {
        expect(hazards(tree(html)).join('\n')).to.contain(hazard);
      });
    }

    it('looks inside shadow roots and templates', () => {
      const host = tree('<div></div><template><img onerror="x"></template>');
      host.firstElementChild!.attachShadow({ mode: 'open' }).innerHTML = '<a href="javascript:x">a</a>';
      expect(hazards(host)).to.have.length(2);
    });

    it('finds nothing in ordinary markup', () => {
      const html =
        '<p lang="en">Text <a href="https://a.example/x?y#z">link</a> <a href="/relative">rel</a> <a href="mailto:a@b.example">mail</a> <img src="https://a.example/i.png" alt="" srcset="https://a.example/2.png 2x"> <q cite="https://a.example/">q</q></p>';
      expect(hazards(tree(html))).to.deep.equal([]);
    });
  });

  describe('trapScripts()', () => {
    it('records what a handler that runs calls, and the global flag', async () => {
      const originalAlert = window.alert;
      const trap = trapScripts();
      const box = tree('<img src="/__folio/void/x.png" onerror="alert(1); folioXss = 2">');
      document.body.append(box);
      try {
        await until(() => trap.ran().length);
        expect(trap.ran()).to.deep.equal(['alert(1)', 'folioXss = 2']);
      } finally {
        box.remove();
        trap.restore();
      }
      expect(window.alert).to.equal(originalAlert);
    });
  });

  describe('the injection matrix', () => {
    it('reports an element that puts input in the DOM unsanitized, and the trap sees it run', async () => {
      const entry = {
        name: 'unsafe',
        tag: 'folio-test-unsafe',
        props: ([value]: string[]) => ({ value }),
        text: true,
      };
      const image = '<img src=/__folio/void/x onerror=alert(1)>';
      const link = '<a href="javascript:alert(1)">x</a>';
      const trap = trapScripts();
      try {
        expect(await inject(entry, [image, link, 'plain'])).to.deep.equal([
          `${JSON.stringify(image)}: event handler <img onerror="alert(1)">`,
          `${JSON.stringify(image)}: ${JSON.stringify(image)} did not show as its text`,
          `${JSON.stringify(link)}: refused URL <a href="javascript:alert(1)">`,
          `${JSON.stringify(link)}: ${JSON.stringify(link)} did not show as its text`,
        ]);
        await until(() => trap.ran().length);
        expect(trap.ran()).to.deep.equal(['alert(1)']);
      } finally {
        trap.restore();
      }
    });
  });
});
