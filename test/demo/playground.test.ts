import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { axeViolations, closeDemos, enter, openDemo, textOf } from './demo-page.js';
import type { DemoPage } from './demo-page.js';

const editor = (page: DemoPage) => page.$<HTMLTextAreaElement>('#json-input')!;
const status = (page: DemoPage) => textOf(page.$('#json-status'));
const previewTitle = (page: DemoPage) => textOf(page.$('main folio-article >>> h1'));

/** Opens the playground once its editor holds the demo article. */
async function openPlayground(address = '?view=playground') {
  const page = await openDemo(address);
  await until(() => editor(page)?.value);
  return page;
}

/** Edits the article in the editor as JSON, the way a designer would by typing. */
function editArticle(page: DemoPage, change: (article: Record<string, any>) => void) {
  const article = JSON.parse(editor(page).value);
  change(article);
  enter(editor(page), JSON.stringify(article, null, 2));
}

describe('the demo playground', function () {
  this.timeout(30000);
  afterEach(closeDemos);

  describe('when the JSON is edited', () => {
    it('re-renders the preview', async () => {
      const page = await openPlayground();
      expect(previewTitle(page)).to.equal(
        'Shade in the City: How Streets Are Being Redesigned for Hotter Summers',
      );
      editArticle(page, (article) => (article.title = 'Cooler streets, edited'));
      await until(() => previewTitle(page) === 'Cooler streets, edited');
      expect(status(page)).to.equal('Valid article.');
      expect(page.problems).to.deep.equal([]);
    });

    it('shows what is wrong with an invalid article, and the field’s path', async () => {
      const page = await openPlayground();
      editArticle(page, (article) => {
        article.body = 7;
      });
      await until(() => status(page).includes('Not a valid article'));
      expect(status(page)).to.equal('Not a valid article: body must be a list of blocks or an HTML string');
      expect(textOf(page.$('.json-status .path'))).to.equal('body');
      expect(textOf(page.$('main folio-article >>> [role="alert"]'))).to.contain('body must be');
    });

    it('lists what it repaired or left out beside the preview, with each field’s path', async () => {
      const page = await openPlayground();
      let at = -1;
      editArticle(page, (article) => {
        at = article.body.findIndex((block: { type: string }) => block.type === 'heading');
        article.body[at].level = 7;
        article.published = 'soon';
      });
      await until(() => status(page).includes('with 2 warnings'));
      expect([...page.document.querySelectorAll('.json-status li .path')].map(textOf)).to.deep.equal(['published', `body[${at}].level`]);
      expect(status(page)).to.contain(`body[${at}].level must be 2, 3 or 4, not 7: read as 4.`);
      expect(textOf(page.$('main folio-article >>> h1'))).to.not.equal('');
    });

    /** Opens the playground and removes the comma after "dek", returning the line it left. */
    async function breakJson() {
      const page = await openPlayground();
      const lines = editor(page).value.split('\n');
      const broken = lines.findIndex((line) => line.startsWith('  "dek"'));
      lines[broken] = lines[broken].replace(/,$/, '');
      enter(editor(page), lines.join('\n'));
      await until(() => status(page).includes('Not valid JSON'));
      return { page, broken };
    }

    it('shows a syntax error and keeps the last valid preview', async () => {
      const { page } = await breakJson();
      expect(editor(page).getAttribute('aria-invalid')).to.equal('true');
      expect(previewTitle(page)).to.equal(
        'Shade in the City: How Streets Are Being Redesigned for Hotter Summers',
      );
    });

    it('marks the line of a syntax error', async () => {
      const { page, broken } = await breakJson();
      const marked = page.document.querySelector('.json-code .line.error');
      // The error is found where the next property starts, on the line after the missing comma.
      expect([...marked!.parentElement!.children].indexOf(marked!)).to.be.within(broken, broken + 1);
    });

    it('keeps the edited JSON in the link', async () => {
      const page = await openPlayground();
      editArticle(page, (article) => (article.dek = 'A dek only this link has.'));
      await until(() => page.window.location.hash.startsWith('#json='));
      const { search, hash } = page.window.location;
      const edited = editor(page).value;

      const reopened = await openPlayground(search + hash);
      await until(() => editor(reopened).value === edited);
      expect(textOf(reopened.$('main folio-article >>> [part="dek"]'))).to.equal('A dek only this link has.');
    });
  });

  describe('when a sample format is chosen', () => {
    const samples = [
      ['JSON Feed', 'json-feed', 'Deeper Roofs for the Number 12 Bus'],
      ['WordPress', 'wordpress', 'Schoolyards Trade Asphalt for Shade – and Keep Recess Outdoors'],
      ['JSON-LD', 'json-ld', 'White Roofs, Cooler Rooms: A Pilot Reports Back'],
    ];
    for (const [label, format, title] of samples) {
      it(`loads the ${label} sample and renders it`, async () => {
        const page = await openPlayground();
        const choice = [...page.document.querySelectorAll<HTMLInputElement>('input[name="format"]')].find(
          (input) => input.value === format,
        )!;
        choice.click();
        await until(() => previewTitle(page) === title);
        expect(status(page)).to.equal('Valid article.');
        expect(new URLSearchParams(page.window.location.search).get('format')).to.equal(format);
        expect(page.problems).to.deep.equal([]);
      });
    }
  });

  it('says so when a sample cannot be loaded, and keeps the text', async () => {
    const page = await openPlayground();
    const text = editor(page).value;
    page.window.fetch = () => Promise.reject(new page.window.TypeError('the network is down'));
    page.document.querySelector<HTMLInputElement>('input[name="format"][value="wordpress"]')!.click();
    await until(() => status(page).includes('could not be loaded'));
    expect(status(page)).to.equal('The sample could not be loaded: the network is down');
    expect(editor(page).value).to.equal(text);
  });

  it('has no accessibility violations', async () => {
    const page = await openPlayground();
    expect(await axeViolations(page)).to.deep.equal([]);
  });
});
