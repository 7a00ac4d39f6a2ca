import { expect, fixture, html } from '@open-wc/testing';
import '../../src/drop-in.js';
import { catchPageErrors, settle } from './inspect.js';

/** A cycle: an article whose fields point back at itself. */
const cyclic = () => {
  const article: Record<string, unknown> = { title: 'Loops' };
  Object.assign(article, {
    category: article,
    authors: [article],
    image: article,
    share: article,
    related: [article],
    body: [article],
  });
  return article;
};

/** Arrays inside arrays, `depth` deep. */
const nested = (depth: number) => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const throwing = () =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error('a getter that throws');
      },
      ownKeys: () => {
        throw new Error('keys that throw');
      },
    },
  );

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** What a page's script may set by mistake: values of every type but the right one. */
const wrongValues: [string, () => unknown][] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['true', () => true],
  ['0', () => 0],
  ['NaN', () => NaN],
  ['-Infinity', () => -Infinity],
  ['a function', () => () => 'x'],
  ['a date', () => new Date(0)],
  ['an empty array', () => []],
  ['an array of numbers', () => [1, 2, 3]],
  ['an empty object', () => ({})],
  ['a string with lone surrogates', () => '\uD800 \uDFFF \u0000'],
];

/**
 * Data no page means to set, but a broken feed or API can hand over as an article or items: those
 * are read value by value, so each of these must end in an error message, not a throw.
 */
const brokenData: [string, () => unknown][] = [
  ['a bigint', () => 10n ** 30n],
  ['a symbol', () => Symbol('folio')],
  ['an object without a prototype', () => Object.create(null)],
  ['a cycle', cyclic],
  ['arrays nested 100,000 deep', () => nested(100_000)],
  ['a proxy whose getters throw', throwing],
  ['a revoked proxy', revoked],
  ['a 10 MB string', () => TEN_MB],
];

/** The properties that take data (objects and arrays) rather than text. */
const DATA = new Set(['article', 'items']);

/** Each element's public properties. */
const properties: Record<string, string[]> = {
  'folio-article': ['article', 'src', 'hide', 'timeout', 'emitJsonLd'],
  'folio-share-bar': [
    'url',
    'headline',
    'summary',
    'image',
    'text',
    'hashtags',
    'via',
    'networks',
    'utmCampaign',
    'variant',
    'size',
    'label',
  ],
  'folio-related': ['items', 'src', 'label', 'timeout'],
};

/** A valid setup for each element, so a wrong value in one property meets working others. */
const valid: Record<string, Record<string, unknown>> = {
  'folio-article': {
    article: {
      title: 'T',
      url: 'https://news.example/a',
      body: [{ type: 'paragraph', html: 'P' }],
      related: [{ url: '/r', title: 'R' }],
    },
  },
  'folio-share-bar': { url: 'https://news.example/a', headline: 'H' },
  'folio-related': { items: [{ url: 'https://news.example/r', title: 'R' }] },
};

describe('bad input', () => {
  let errors: ReturnType<typeof catchPageErrors>;
  before(() => (errors = catchPageErrors()));
  after(() => errors.restore());
  beforeEach(() => (errors.thrown.length = 0));

  for (const [tag, names] of Object.entries(properties)) {
    for (const name of names) {
      it(`<${tag}> takes every wrong type in ${name} without throwing`, async () => {
        const box = await fixture<HTMLElement>(html`<div></div>`);
        const failures: string[] = [];
        for (const [label, make] of DATA.has(name) ? [...wrongValues, ...brokenData] : wrongValues) {
          const el = Object.assign(document.createElement(tag), valid[tag]);
          try {
            (el as unknown as Record<string, unknown>)[name] = make();
            box.append(el);
            await settle(box);
          } catch (error) {
            failures.push(`${label}: ${error}`);
          }
          failures.push(...errors.thrown.splice(0).map((error) => `${label}: ${error}`));
          el.remove();
        }
        expect(failures).to.deep.equal([]);
      });
    }
  }
});

describe('<folio-article> with huge input', () => {
  const render = async (article: unknown, { hidden = false } = {}) => {
    const el = await fixture<HTMLElement>(html`<folio-article .article=${article} ?hidden=${hidden}></folio-article>`);
    await settle(el.shadowRoot!);
    return el.shadowRoot!;
  };

  it('renders 100,000 blocks', async function () {
    this.timeout(60_000); // as for 10 MB below: the count is tested, not the speed
    const body = Array.from({ length: 100_000 }, (_, i) => ({ type: 'heading', text: `Section ${i}` }));
    const shadow = await render({ title: 'Long', body });
    expect(shadow.querySelectorAll('[part="body"] > h2')).to.have.length(100_000);
  });

  it('renders a 10 MB title, dek and body', async function () {
    // The size is what is tested, not the speed: on a busy machine 10 MB takes longer than 10 s.
    this.timeout(60_000);
    // Hidden, so the engine does not lay the text out: WebKit takes minutes over one 10 MB word in
    // a paragraph with `text-wrap: pretty`, a cost of its line breaker that no article meets.
    const shadow = await render({ title: TEN_MB, dek: TEN_MB, body: `<p>${TEN_MB}</p>` }, { hidden: true });
    expect(shadow.querySelector('h1')!.textContent!.length).to.equal(TEN_MB.length);
    expect(shadow.querySelector('[part="body"] p')!.textContent!.length).to.equal(TEN_MB.length);
  });

  it('reports inline JSON nested 100,000 deep', async () => {
    const el = document.createElement('folio-article');
    const script = Object.assign(document.createElement('script'), { type: 'application/json' });
    script.textContent = '['.repeat(100_000) + ']'.repeat(100_000);
    el.append(script);
    const box = await fixture<HTMLElement>(html`<div></div>`);
    box.append(el);
    await settle(box);
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('in no format Folio reads');
  });
});
