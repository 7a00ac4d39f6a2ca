/** The gallery: every element of Folio, in each variant, with the demo content. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Demo } from './app.js';
import { frame } from './frame.js';
import { NEVER_ANSWERS } from './never-answers.js';

const VARIANTS = ['icons', 'labels'] as const;
const SIZES = ['small', 'medium', 'large'] as const;
const EVERY_NETWORK =
  'facebook x reddit pinterest linkedin whatsapp telegram bluesky mastodon email copy native';

/** An article Folio refuses, to show its error state: its title is misspelt. */
const INVALID_ARTICLE = {
  titel: 'A title under the wrong key',
  body: [{ type: 'paragraph', html: 'Folio needs a title to show an article.' }],
};

/** The longest wait a browser timer allows: the loading example never gives up. */
const FOREVER = 2 ** 31 - 1;

const SECTIONS = [
  ['article', 'Article'],
  ['share-bar', 'Share bar'],
  ['related', 'Related carousel'],
  ['states', 'Loading and errors'],
] as const;

export function gallery(demo: Demo) {
  const model = demo.galleryModel!;
  const share = (variant: string, size: string, networks?: string) =>
    html`<folio-share-bar
      url=${model.url ?? nothing}
      headline=${model.title}
      summary=${model.dek ?? nothing}
      image=${model.image?.src ?? nothing}
      hashtags=${model.share?.hashtags?.join(' ') ?? nothing}
      networks=${networks ?? model.share?.networks?.join(' ') ?? nothing}
      variant=${variant}
      size=${size}
    ></folio-share-bar>`;
  return html`<nav class="toc" aria-label="Gallery sections">
      ${SECTIONS.map(([id, title]) => html`<a href=${`#${id}`}>${title}</a>`)}
    </nav>
    ${section(
      'article',
      html`The demo article in <code>&lt;folio-article&gt;</code>: header, share bar, body with three ad
        slots, and related articles.`,
      frame(demo, html`<folio-article .article=${demo.galleryArticle}></folio-article>`),
    )}
    ${section(
      'share-bar',
      html`<code>&lt;folio-share-bar&gt;</code> in each <code>variant</code> and <code>size</code>, then with
        every network it knows.`,
      html`<div class="specimens">
        ${VARIANTS.flatMap((variant) =>
          SIZES.map((size) => specimen(demo, `variant="${variant}" size="${size}"`, share(variant, size))),
        )}
        ${specimen(demo, `networks="${EVERY_NETWORK}"`, share('icons', 'medium', EVERY_NETWORK))}
      </div>`,
    )}
    ${section(
      'related',
      html`<code>&lt;folio-related&gt;</code> with summary-only items, then with titled items that have
        images.`,
      html`${frame(demo, html`<folio-related label="More on cities" .items=${model.related}></folio-related>`, { inset: true })}
      ${frame(demo, html`<folio-related label="Picked for you" .items=${demo.richRelated}></folio-related>`, {
        inset: true,
      })}`,
    )}
    ${section(
      'states',
      html`While an article loads, and when its JSON is not a valid article.`,
      html`<div class="specimens">
        ${specimen(
          demo,
          'src="…" (loading)',
          html`<folio-article src=${NEVER_ANSWERS} timeout=${FOREVER}></folio-article>`,
        )}
        ${specimen(demo, 'An invalid article', html`<folio-article .article=${INVALID_ARTICLE}></folio-article>`)}
      </div>`,
    )}`;
}

function section(id: (typeof SECTIONS)[number][0], intro: TemplateResult, content: TemplateResult) {
  const title = SECTIONS.find(([key]) => key === id)![1];
  return html`<section class="gallery-section" id=${id} aria-labelledby=${`${id}-title`}>
    <h2 id=${`${id}-title`}>${title}</h2>
    <p class="intro">${intro}</p>
    ${content}
  </section>`;
}

function specimen(demo: Demo, caption: string, content: TemplateResult) {
  return html`<figure class="specimen">
    <figcaption><code>${caption}</code></figcaption>
    ${frame(demo, content, { inset: true })}
  </figure>`;
}
