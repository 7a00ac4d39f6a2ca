import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/share-bar/define.js';
import type {
  FolioErrorDetail,
  FolioShareBar,
  FolioShareDetail,
} from '../../src/share-bar/folio-share-bar.js';
import {
  $,
  $$,
  captureWarnings,
  inDarkScheme,
  nextEvent,
  runner,
  setPageLang,
  shadow,
  until,
} from '../helpers.js';
import { shownNetworks } from './shown.js';
import type { FolioWarningDetail } from '../../src/internal/events.js';

const ALL = 'facebook x reddit pinterest linkedin whatsapp telegram bluesky mastodon email copy native';
const URL_ = 'https://news.example/a/1?ref=home&lang=en#comments';
// The same values as the attributes below, percent-encoded by hand.
const U = 'https%3A%2F%2Fnews.example%2Fa%2F1%3Fref%3Dhome%26lang%3Den%23comments';
const H = 'Cats%20%26%20dogs%3A%20%231%20in%20%22polls%22';
const T = 'Rain%20%F0%9F%8C%A7%EF%B8%8F%20%26%20sun%20%E2%80%94%20%D9%85%D8%B1%D8%AD%D8%A8%D8%A7';

const button = (el: Element, network: string) => $(el, `[part~="${network}"]`)!;
const href = (el: Element, network: string) => button(el, network).getAttribute('href')!;
const names = (el: Element) => $$(el, '[part~="button"]').map((b) => b.getAttribute('aria-label'));
/** The tooltip of an icons-only button: its `::after` content, `none` while hidden. */
const tooltip = (el: Element, network: string) => getComputedStyle(button(el, network), '::after').content;
/** Moves the real pointer over `target`, at `along` its width (the middle by default). */
const hover = (target: Element, along = 0.5) => {
  const { x, y, width, height } = target.getBoundingClientRect();
  return sendMouse({ type: 'move', position: [Math.round(x + width * along), Math.round(y + height / 2)] });
};
const param = (link: string, name: string) => new URL(link).searchParams.get(name)!;
/** What has focus inside the bar, by name (comparing elements would print whole DOM trees on failure). */
const focused = (el: Element) => {
  const active = shadow(el).activeElement;
  return active && (active.getAttribute('aria-label') ?? active.tagName.toLowerCase());
};

/** A bar written the way a page writes it. */
const bar = (attributes = '') => fixture<FolioShareBar>(`<folio-share-bar ${attributes}></folio-share-bar>`);

/** A bar between two buttons, for keyboard tests; focus starts on the first button. */
async function barBetweenButtons(attributes: string) {
  const wrapper = await fixture(
    `<div><button>before</button><folio-share-bar ${attributes}></folio-share-bar><button>after</button></div>`,
  );
  wrapper.querySelector('button')!.focus();
  return wrapper.querySelector('folio-share-bar')!;
}

/** Replaces `object[key]` for one test; returns the undo. */
function stub(object: object, key: string, value: unknown): () => void {
  Object.defineProperty(object, key, { value, configurable: true, writable: true });
  return () => delete (object as Record<string, unknown>)[key];
}

describe('<folio-share-bar>', () => {
  const undo: Array<() => void> = [];
  // Clicked links would open new tabs: the page cancels them, after recording whether the bar had.
  let cancelledByBar: boolean[] = [];
  const stopNavigation = (event: Event) => {
    if (!event.composedPath().some((node) => node instanceof HTMLAnchorElement)) return;
    cancelledByBar.push(event.defaultPrevented);
    event.preventDefault();
  };
  beforeEach(() => {
    cancelledByBar = [];
    document.addEventListener('click', stopNavigation);
    localStorage.removeItem('folio-mastodon-server');
  });
  afterEach(() => {
    document.removeEventListener('click', stopNavigation);
    undo.splice(0).forEach((restore) => restore());
  });

  describe('when every network is asked for', () => {
    const attributes = `networks="${ALL}" url="${URL_}" headline='Cats &amp; dogs: #1 in "polls"'
      text="Rain 🌧️ &amp; sun — مرحبا" summary="Two towns, one river." image="/img/a b.jpg"
      hashtags="news #weather" via="@folio"`;

    it('links each network to its documented endpoint, every value encoded', async () => {
      const el = await bar(attributes);
      expect(href(el, 'facebook')).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${U}`);
      expect(href(el, 'x')).to.equal(
        `https://x.com/intent/tweet?text=${T}&url=${U}&hashtags=news%2Cweather&via=folio`,
      );
      expect(href(el, 'reddit')).to.equal(`https://www.reddit.com/submit?url=${U}&title=${H}`);
      expect(href(el, 'pinterest')).to.equal(
        `https://www.pinterest.com/pin/create/button/?url=${U}&media=https%3A%2F%2Fnews.example%2Fimg%2Fa%2520b.jpg&description=${T}`,
      );
      expect(href(el, 'linkedin')).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${U}`);
      expect(href(el, 'whatsapp')).to.equal(`https://wa.me/?text=${T}%20${U}`);
      expect(href(el, 'telegram')).to.equal(`https://t.me/share/url?url=${U}&text=${T}`);
      expect(href(el, 'bluesky')).to.equal(`https://bsky.app/intent/compose?text=${T}%20${U}`);
      expect(href(el, 'email')).to.equal(
        `mailto:?subject=${H}&body=Two%20towns%2C%20one%20river.%0D%0A%0D%0A${U}`,
      );
    });

    it('makes every network a link that opens safely, and copy and Mastodon buttons', async () => {
      const el = await bar(attributes);
      const links = $$(el, 'a');
      expect(links.map((a) => a.dataset.network)).to.deep.equal([
        'facebook',
        'x',
        'reddit',
        'pinterest',
        'linkedin',
        'whatsapp',
        'telegram',
        'bluesky',
        'email',
      ]);
      for (const link of links) {
        expect(link.getAttribute('target')).to.equal('_blank');
        expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      }
      expect($$(el, 'button[part~="button"]').map((b) => b.dataset.network)).to.include.members([
        'mastodon',
        'copy',
      ]);
    });

    it('names each button for what it does', async () => {
      const el = await bar(attributes);
      expect(names(el)).to.include.members([
        'Share on Facebook',
        'Share on X',
        'Share on Reddit',
        'Share on LinkedIn',
        'Share on Mastodon',
        'Share by email',
        'Copy link',
      ]);
      expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Share');
    });
  });

  describe('when only some fields are given', () => {
    it('shares the headline as the text and leaves empty parameters out', async () => {
      const el = await bar(
        `networks="x pinterest email" url="https://news.example/b" headline="Hello world"`,
      );
      expect(href(el, 'x')).to.equal(
        'https://x.com/intent/tweet?text=Hello%20world&url=https%3A%2F%2Fnews.example%2Fb',
      );
      expect(href(el, 'pinterest')).to.equal(
        'https://www.pinterest.com/pin/create/button/?url=https%3A%2F%2Fnews.example%2Fb&description=Hello%20world',
      );
      expect(href(el, 'email')).to.equal('mailto:?subject=Hello%20world&body=https%3A%2F%2Fnews.example%2Fb');
    });

    it('shows facebook, x, reddit, pinterest and email by default', async () => {
      const el = await bar('url="https://news.example/b"');
      expect(shownNetworks(el)).to.deep.equal(['facebook', 'x', 'reddit', 'pinterest', 'email']);
    });

    it('keeps the order of the networks attribute', async () => {
      const el = await bar('url="https://news.example/b" networks="email Copy x"');
      expect(shownNetworks(el)).to.deep.equal(['email', 'copy', 'x']);
    });

    it('resolves a relative url against the page', async () => {
      const el = await bar('url="/a/2" networks="facebook"');
      expect(param(href(el, 'facebook'), 'u')).to.equal(`${location.origin}/a/2`);
    });

    it('shares the page’s canonical URL when there is no url', async () => {
      const link = Object.assign(document.createElement('link'), {
        rel: 'canonical',
        href: 'https://news.example/canonical',
      });
      document.head.append(link);
      undo.push(() => link.remove());
      const el = await bar('networks="facebook"');
      expect(param(href(el, 'facebook'), 'u')).to.equal('https://news.example/canonical');
    });

    it('shares the page address when there is neither url nor canonical link', async () => {
      const el = await bar('networks="facebook"');
      expect(param(href(el, 'facebook'), 'u')).to.equal(location.href);
    });
  });

  describe('when the input is wrong', () => {
    it('ignores unknown networks with a warning', async () => {
      let el!: FolioShareBar;
      const warnings = await captureWarnings(async () => {
        el = await bar('url="https://news.example/b" networks="facebook myspace x"');
      });
      expect(shownNetworks(el)).to.deep.equal(['facebook', 'x']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"myspace"');
    });

    it('shows x for twitter, and says so in folio-warning and once on the console', async () => {
      const warned = nextEvent<FolioWarningDetail>(document, 'folio-warning');
      let el!: FolioShareBar;
      const logged = await captureWarnings(async () => {
        el = await bar('url="https://news.example/b" networks="twitter email"');
      });
      expect(shownNetworks(el)).to.deep.equal(['x', 'email']);
      const message = 'networks: "twitter" is now "x": read as "x".';
      expect((await warned).detail.warnings).to.deep.equal([{ message, path: 'networks' }]);
      expect(logged).to.deep.equal([`Folio: <folio-share-bar> ${message}`]);
    });

    for (const url of ['javascript:alert(1)', 'data:text/html,<b>hi</b>', 'mailto:a@news.example']) {
      it(`shows an alert instead of links for url="${url}", fires folio-error and logs it once`, async () => {
        const error = nextEvent<FolioErrorDetail>(document, 'folio-error');
        let el!: FolioShareBar;
        const logged = await captureWarnings(async () => {
          el = await bar(`url="${url}"`);
          await error;
        });
        const { detail } = await error;
        expect(logged).to.deep.equal([`Folio: <folio-share-bar> ${detail.message}`]);
        expect(detail).to.deep.equal({
          message: `The share URL ${JSON.stringify(url)} is not an http(s) URL.`,
          path: 'url',
        });
        const alert = $(el, '[part="error"]')!;
        expect(alert.getAttribute('role')).to.equal('alert');
        expect(alert.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
          `The share links could not be shown. ${detail.message}`,
        );
        expect(alert.offsetHeight).to.be.above(0);
        expect($$(el, '[part~="button"]')).to.have.length(0);
      });
    }

    it('offers Pinterest no image that is not an http(s) URL', async () => {
      for (const image of ['javascript:alert(1)', 'mailto:a@news.example', 'data:image/png,x']) {
        const el = await bar(`url="https://news.example/b" networks="pinterest" image="${image}"`);
        expect(href(el, 'pinterest')).not.to.contain('media=');
      }
    });

    it('shows the bar again when the url becomes valid', async () => {
      const el = await bar('url="javascript:void 0" networks="facebook"');
      el.url = 'https://news.example/fixed';
      await el.updateComplete;
      expect(param(href(el, 'facebook'), 'u')).to.equal('https://news.example/fixed');
      expect($(el, '[role="alert"]')).to.equal(null);
    });

    it('says what is wrong in the bar’s language', async () => {
      const el = await bar('lang="fr" url="javascript:void 0"');
      expect($(el, '[role="alert"] strong')!.textContent).to.equal(
        'Impossible d’afficher les liens de partage.',
      );
    });
  });

  describe('when a share is chosen', () => {
    it('fires a cancelable folio-share with the network and URL, then lets the link open', async () => {
      const el = await bar('url="https://news.example/b" networks="reddit"');
      const event = nextEvent<FolioShareDetail>(el, 'folio-share');
      button(el, 'reddit').click();
      const { detail, cancelable, bubbles, composed } = await event;
      expect(detail).to.deep.equal({ network: 'reddit', url: 'https://news.example/b' });
      expect([cancelable, bubbles, composed]).to.deep.equal([true, true, true]);
      expect(cancelledByBar).to.deep.equal([false]);
    });

    it('does not open the link when folio-share is cancelled', async () => {
      const el = await bar('url="https://news.example/b" networks="reddit"');
      el.addEventListener('folio-share', (event) => event.preventDefault());
      button(el, 'reddit').click();
      expect(cancelledByBar).to.deep.equal([true]);
    });

    it('tags the shared URL with the campaign, keeping its query and hash', async () => {
      const el = await bar(
        'url="https://news.example/b?ref=home#top" networks="facebook x" utm-campaign="spring sale"',
      );
      const tagged = (network: string) =>
        `https://news.example/b?ref=home&utm_source=${network}&utm_medium=social&utm_campaign=spring%20sale#top`;
      expect(param(href(el, 'facebook'), 'u')).to.equal(tagged('facebook'));
      expect(param(href(el, 'x'), 'url')).to.equal(tagged('x'));
      const event = nextEvent<FolioShareDetail>(el, 'folio-share');
      button(el, 'x').click();
      expect((await event).detail.url).to.equal(tagged('x'));
    });
  });

  describe('when the text is longer than a network allows', () => {
    const long = 'a'.repeat(500);

    it('cuts the X text to 280 characters with the link counted as 23, and keeps the URL', async () => {
      const url = `https://news.example/${'long-path/'.repeat(20)}`;
      const el = await bar(`url="${url}" networks="x" text="${long}"`);
      const text = param(href(el, 'x'), 'text');
      // X weighs the ellipsis as 2: 254 + 2 = 280 - 23 for the link - 1 for the space.
      expect(text).to.equal(`${'a'.repeat(254)}…`);
      expect(param(href(el, 'x'), 'url')).to.equal(url);
    });

    it('leaves room on X for the hashtags and the via account', async () => {
      const el = await bar(
        `url="https://news.example/b" networks="x" text="${long}" hashtags="rain" via="folio"`,
      );
      // " #rain" weighs 6 and " via @folio" 11, which leaves 239 for the text and its ellipsis (2).
      expect(param(href(el, 'x'), 'text')).to.equal(`${'a'.repeat(237)}…`);
    });

    it('cuts the Bluesky text between graphemes so the post and the URL fit in 300', async () => {
      const family = '👩‍👩‍👧‍👦';
      const el = await bar(`url="https://news.example/b" networks="bluesky" text="${family.repeat(400)}"`);
      const text = param(href(el, 'bluesky'), 'text');
      expect(text.endsWith(' https://news.example/b')).to.equal(true);
      // 300 graphemes: the families, the ellipsis, a space and the URL's 22 characters.
      expect(text).to.equal(`${family.repeat(300 - 22 - 1 - 1)}… https://news.example/b`);
    });

    it('leaves a short text as it is', async () => {
      const el = await bar('url="https://news.example/b" networks="x bluesky" text="Short"');
      expect(param(href(el, 'x'), 'text')).to.equal('Short');
      expect(param(href(el, 'bluesky'), 'text')).to.equal('Short https://news.example/b');
    });
  });

  describe('copy link', () => {
    it('copies the URL with the Clipboard API and says so politely', async () => {
      const copied: string[] = [];
      undo.push(stub(navigator, 'clipboard', { writeText: async (text: string) => void copied.push(text) }));
      const el = await bar('url="https://news.example/b" networks="copy" utm-campaign="c"');
      button(el, 'copy').click();
      const status = $(el, '[part="status"]')!;
      await until(() => status.textContent === 'Link copied');
      expect(copied).to.deep.equal([
        'https://news.example/b?utm_source=copy&utm_medium=social&utm_campaign=c',
      ]);
      expect(status.getAttribute('role')).to.equal('status');
    });

    it('falls back to the copy command where the Clipboard API is missing', async () => {
      let selected = '';
      undo.push(stub(navigator, 'clipboard', undefined));
      const el = await bar('url="https://news.example/b" networks="copy"');
      undo.push(
        stub(document, 'execCommand', (command: string) => {
          selected = command === 'copy' ? shadow(el).querySelector('textarea')!.value : '';
          return true;
        }),
      );
      button(el, 'copy').focus();
      button(el, 'copy').click();
      await until(() => $(el, '[part="status"]')!.textContent === 'Link copied');
      expect(selected).to.equal('https://news.example/b');
      expect(shadow(el).querySelectorAll('textarea')).to.have.length(0);
      expect(focused(el)).to.equal('Copy link');
    });

    it('says so when the link could not be copied', async () => {
      undo.push(stub(navigator, 'clipboard', { writeText: () => Promise.reject(new Error('denied')) }));
      undo.push(stub(document, 'execCommand', () => false));
      const el = await bar('url="https://news.example/b" networks="copy"');
      button(el, 'copy').click();
      await until(() => $(el, '[part="status"]')!.textContent === 'The link could not be copied');
    });

    it('copies nothing when folio-share is cancelled', async () => {
      const copied: string[] = [];
      undo.push(stub(navigator, 'clipboard', { writeText: async (text: string) => void copied.push(text) }));
      const el = await bar('url="https://news.example/b" networks="copy"');
      el.addEventListener('folio-share', (event) => event.preventDefault());
      button(el, 'copy').click();
      await el.updateComplete;
      expect(copied).to.deep.equal([]);
      expect($(el, '[part="status"]')!.textContent).to.equal('');
    });
  });

  describe('native share', () => {
    it('is left out where the browser has no navigator.share', async () => {
      undo.push(stub(navigator, 'share', undefined));
      const el = await bar('url="https://news.example/b" networks="native copy"');
      expect(shownNetworks(el)).to.deep.equal(['copy']);
    });

    it('hands title, text and URL to navigator.share where it exists', async () => {
      const shared: ShareData[] = [];
      undo.push(stub(navigator, 'share', async (data: ShareData) => void shared.push(data)));
      const el = await bar(
        'url="https://news.example/b" networks="native" headline="Title" summary="About it"',
      );
      expect(button(el, 'native').tagName).to.equal('BUTTON');
      expect(button(el, 'native').getAttribute('aria-label')).to.equal('More options');
      button(el, 'native').click();
      await until(() => shared.length);
      expect(shared).to.deep.equal([{ url: 'https://news.example/b', title: 'Title', text: 'About it' }]);
    });

    it('treats the reader closing the share sheet as no error', async () => {
      let errors = 0;
      let closed: Promise<void> | undefined;
      undo.push(
        stub(
          navigator,
          'share',
          () => (closed = Promise.reject(new DOMException('Share canceled', 'AbortError'))),
        ),
      );
      const el = await bar('url="https://news.example/b" networks="native"');
      el.addEventListener('folio-error', () => errors++);
      button(el, 'native').click();
      // The bar awaited the sheet before this line did: its handling of the refusal has run.
      await closed!.catch(() => {});
      expect(errors).to.equal(0);
    });

    it('reports other failures with folio-error', async () => {
      undo.push(stub(navigator, 'share', () => Promise.reject(new DOMException('No', 'NotAllowedError'))));
      const el = await bar('url="https://news.example/b" networks="native"');
      const error = nextEvent<FolioErrorDetail>(el, 'folio-error');
      button(el, 'native').click();
      expect(((await error).detail.cause as DOMException).name).to.equal('NotAllowedError');
    });
  });

  describe('Mastodon', () => {
    let opened: unknown[][] = [];
    beforeEach(() => {
      opened = [];
      const open = window.open;
      window.open = (...args: unknown[]) => (opened.push(args), null);
      undo.push(() => (window.open = open));
    });

    const mastodon = () => bar('url="https://news.example/b" networks="mastodon" text="Read this"');
    const dialog = (el: Element) => $(el, 'dialog') as HTMLDialogElement;
    const input = (el: Element) => $(el, 'dialog input') as HTMLInputElement;
    const type = (el: Element, value: string) => {
      input(el).value = value;
      input(el).dispatchEvent(new Event('input'));
    };
    const submit = (el: Element) => ($(el, 'dialog .primary') as HTMLButtonElement).click();

    it('asks for the reader’s server in a modal dialog, focused on the field', async () => {
      const el = await mastodon();
      button(el, 'mastodon').click();
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).matches(':modal')).to.equal(true);
      expect(focused(el)).to.equal('input');
      expect(dialog(el).querySelector('label')!.textContent).to.equal('Your Mastodon server');
    });

    it('brings its styles with it: the Share button stands out in the accent colour', async () => {
      const el = await mastodon();
      button(el, 'mastodon').click();
      const primary = getComputedStyle($(el, 'dialog .primary')!);
      expect(primary.fontWeight).to.equal('600');
      expect(primary.backgroundColor).to.equal(primary.borderTopColor);
    });

    it('refuses what is not a host name, and shares nothing', async () => {
      const el = await mastodon();
      button(el, 'mastodon').click();
      type(el, 'not a server');
      submit(el);
      expect(dialog(el).open).to.equal(true);
      expect(input(el).validationMessage).to.equal('Enter a server name, like mastodon.social');
      expect(opened).to.deep.equal([]);
    });

    it('opens the share page on that server and remembers it for the next time', async () => {
      const el = await mastodon();
      button(el, 'mastodon').click();
      type(el, '@me@Social.Example');
      submit(el);
      expect(dialog(el).open).to.equal(false);
      expect(opened).to.deep.equal([
        [
          'https://social.example/share?text=Read%20this%20https%3A%2F%2Fnews.example%2Fb',
          '_blank',
          'noopener,noreferrer',
        ],
      ]);
      button(el, 'mastodon').click();
      expect(input(el).value).to.equal('social.example');
    });

    it('closes on Cancel without sharing', async () => {
      const el = await mastodon();
      button(el, 'mastodon').focus();
      button(el, 'mastodon').click();
      type(el, 'social.example');
      ($(el, 'dialog button[type="button"]') as HTMLButtonElement).click();
      expect(dialog(el).open).to.equal(false);
      expect(opened).to.deep.equal([]);
      expect(focused(el)).to.equal('Share on Mastodon');
    });

    it('does not ask when folio-share is cancelled', async () => {
      const el = await mastodon();
      el.addEventListener('folio-share', (event) => event.preventDefault());
      button(el, 'mastodon').click();
      expect(dialog(el).open).to.equal(false);
    });
  });

  describe('language', () => {
    it('speaks the nearest ancestor’s language', async () => {
      const wrapper = await fixture(
        html`<div lang="fr">
          <folio-share-bar url="https://news.example/b" networks="x email copy"></folio-share-bar>
        </div>`,
      );
      const el = wrapper.querySelector('folio-share-bar')!;
      expect(names(el)).to.deep.equal(['Partager sur X', 'Partager par e-mail', 'Copier le lien']);
      expect($(el, 'ul')!.getAttribute('aria-label')).to.equal('Partager');
    });

    it('follows a change of the nearest ancestor’s lang', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr">
          <folio-share-bar url="https://news.example/b" networks="x"></folio-share-bar>
        </div>`,
      );
      const el = wrapper.querySelector('folio-share-bar')!;
      wrapper.lang = 'es';
      await until(() => names(el)[0] === 'Compartir en X');
    });

    it('follows a change of the page’s language', async () => {
      undo.push(setPageLang('en'));
      const el = await bar('url="https://news.example/b" networks="x"');
      expect(names(el)).to.deep.equal(['Share on X']);
      document.documentElement.lang = 'de';
      await until(() => names(el)[0] === 'Auf X teilen');
    });

    it('prefers its own lang, and follows it when it changes', async () => {
      const wrapper = await fixture(
        html`<div lang="fr">
          <folio-share-bar lang="de" url="https://news.example/b" networks="x"></folio-share-bar>
        </div>`,
      );
      const el = wrapper.querySelector('folio-share-bar')!;
      expect(names(el)).to.deep.equal(['Auf X teilen']);
      el.lang = 'es';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Compartir en X']);
    });

    it('falls back to the document’s language, right to left for Arabic', async () => {
      undo.push(setPageLang('ar'));
      const el = await bar('url="https://news.example/b" networks="facebook copy" variant="labels"');
      expect(names(el)).to.deep.equal(['مشاركة على Facebook', 'نسخ الرابط']);
      expect($(el, '.bar')!.dir).to.equal('rtl');
      expect(getComputedStyle($(el, 'ul')!).direction).to.equal('rtl');
    });

    it('uses English for a language it has no strings for', async () => {
      const el = await bar('lang="cy" url="https://news.example/b" networks="x"');
      expect(names(el)).to.deep.equal(['Share on X']);
    });
  });

  describe('variants', () => {
    it('shows icons only by default, with the name as a tooltip on keyboard focus', async () => {
      const el = await barBetweenButtons('url="https://news.example/b" networks="facebook x"');
      expect($$(el, '[part="label"]')).to.have.length(0);
      expect($$(el, 'svg[part="icon"]').every((svg) => svg.getAttribute('aria-hidden') === 'true')).to.equal(
        true,
      );
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('Share on Facebook');
      // Chromium computes the text; Firefox reports the attr() it comes from.
      expect(tooltip(el, 'facebook')).to.be.oneOf(['"Share on Facebook"', 'attr(aria-label)']);
      expect(getComputedStyle(button(el, 'facebook')).outlineStyle).to.equal('solid');
    });

    it('shows the network names next to the icons with variant="labels"', async () => {
      const el = await bar('url="https://news.example/b" networks="facebook email copy" variant="labels"');
      expect($$(el, '[part="label"]').map((label) => label.textContent)).to.deep.equal([
        'Facebook',
        'Email',
        'Copy link',
      ]);
      button(el, 'facebook').focus();
      expect(tooltip(el, 'facebook')).to.equal('none');
    });

    it('sizes the buttons small, medium or large', async () => {
      const heights = [];
      for (const size of ['small', 'medium', 'large']) {
        const el = await bar(`url="https://news.example/b" networks="x" size="${size}"`);
        heights.push(button(el, 'x').getBoundingClientRect().height);
      }
      expect(heights[0]).to.be.below(heights[1]);
      expect(heights[1]).to.be.below(heights[2]);
      expect(heights[0]).to.be.at.least(24);
    });

    it('takes its colours and size from custom properties', async () => {
      const el = await bar(
        'url="https://news.example/b" networks="x" style="--folio-share-size: 50px; --folio-share-color: rgb(1, 2, 3)"',
      );
      expect(button(el, 'x').getBoundingClientRect().height).to.equal(50);
      expect(getComputedStyle(button(el, 'x')).color).to.equal('rgb(1, 2, 3)');
    });
  });

  describe('keyboard', () => {
    it('reaches every button with Tab, in the order of the networks attribute', async () => {
      undo.push(stub(navigator, 'share', async () => {}));
      const el = await barBetweenButtons(
        'url="https://news.example/b" networks="x native facebook copy email"',
      );
      const order = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(
          shadow(el).activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent,
        );
      }
      expect(order).to.deep.equal([
        'Share on X',
        'More options',
        'Share on Facebook',
        'Copy link',
        'Share by email',
        'after',
      ]);
    });

    it('hides the tooltip with Escape, keeping focus, until focus moves to another button', async function () {
      const el = await barBetweenButtons('url="https://news.example/b" networks="facebook x"');
      const heard: string[] = [];
      const listen = (event: KeyboardEvent) => heard.push(event.key);
      window.addEventListener('keydown', listen);
      undo.push(() => window.removeEventListener('keydown', listen));
      await sendKeys({ press: 'Tab' });
      expect(tooltip(el, 'facebook')).not.to.equal('none');
      await sendKeys({ press: 'Escape' });
      expect(tooltip(el, 'facebook')).to.equal('none');
      expect(focused(el)).to.equal('Share on Facebook');
      // Escape still reaches the page (a dialog around the bar may want it).
      expect(heard).to.include('Escape');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('Share on X');
      expect(tooltip(el, 'x')).not.to.equal('none');
      // Back with Shift+Tab, where the runner can hold a key down.
      if (!runner.holdsKeys) this.skip();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(tooltip(el, 'facebook')).not.to.equal('none');
    });

    it('hides the hover tooltip with Escape until the pointer reaches another button', async () => {
      const el = await barBetweenButtons('url="https://news.example/b" networks="facebook x"');
      try {
        // Beside the icon first, so that moving onto the icon below is a real move.
        await hover(button(el, 'facebook'), 0.15);
        expect(tooltip(el, 'facebook')).not.to.equal('none');
        // Focus is outside the bar: Escape is heard all the same.
        await sendKeys({ press: 'Escape' });
        expect(tooltip(el, 'facebook')).to.equal('none');
        // Over the icon, the pointer is still on the same button: the tooltip stays hidden.
        await hover($(el, '[part~="facebook"] svg')!);
        expect(tooltip(el, 'facebook')).to.equal('none');
        await hover(button(el, 'x'));
        expect(tooltip(el, 'x')).not.to.equal('none');
        await hover(button(el, 'facebook'));
        expect(tooltip(el, 'facebook')).not.to.equal('none');
      } finally {
        await resetMouse();
      }
    });

    it('closes the Mastodon dialog with Escape', async () => {
      const el = await bar('url="https://news.example/b" networks="mastodon"');
      button(el, 'mastodon').focus();
      await sendKeys({ press: 'Enter' });
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(($(el, 'dialog') as HTMLDialogElement).open).to.equal(false);
    });
  });

  describe('when moved in the DOM', () => {
    it('still hides the tooltip with Escape, heard on the document', async () => {
      const boxes = await fixture(
        `<div><div><folio-share-bar url="https://news.example/b" networks="facebook x"></folio-share-bar></div>
          <div><button>before</button></div></div>`,
      );
      const el = boxes.querySelector('folio-share-bar')!;
      const target = boxes.lastElementChild!;
      target.append(el);
      target.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('Share on Facebook');
      expect(tooltip(el, 'facebook')).not.to.equal('none');
      await sendKeys({ press: 'Escape' });
      expect(tooltip(el, 'facebook')).to.equal('none');
    });
  });

  describe('accessibility', () => {
    for (const attributes of [
      '',
      'variant="labels"',
      'size="small"',
      'size="large" variant="labels"',
      'lang="ar" variant="labels"',
    ]) {
      it(`passes axe-core with ${attributes || 'the defaults'}`, async () => {
        const el = await bar(`url="https://news.example/b" networks="${ALL}" ${attributes}`);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe-core showing an error', async () => {
      const el = await bar('url="javascript:void 0"');
      await expect(el).to.be.accessible();
    });

    it('passes axe-core in its dark scheme, with labels', async () => {
      const el = await bar(`url="https://news.example/b" networks="${ALL}" variant="labels"`);
      inDarkScheme(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe-core with the Mastodon dialog open', async () => {
      const el = await bar('url="https://news.example/b" networks="mastodon"');
      button(el, 'mastodon').click();
      await expect(el).to.be.accessible();
    });
  });
});
