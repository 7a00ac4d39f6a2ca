/** The playground: a JSON editor, what is wrong with its text, and the article it makes. */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { Demo } from './app.js';
import { SAMPLES } from './content.js';
import { choices } from './controls.js';
import { frame } from './frame.js';
import { jsonEditor } from './json-editor.js';
import { FORMATS } from './state.js';

const FORMAT_CHOICES = FORMATS.map((value) => ({ value, label: SAMPLES[value].label }));

export function playground(demo: Demo) {
  return html`<div class="playground">
    <section class="pane" aria-labelledby="editor-title">
      <h2 id="editor-title">Article JSON</h2>
      ${choices('Start from a sample', 'format', FORMAT_CHOICES, demo.state.format, (format) =>
        demo.chooseFormat(format),
      )}
      <label for="json-input">Edit the JSON: the preview follows as you type.</label>
      ${renderStatus(demo)}
      ${jsonEditor({
        id: 'json-input',
        value: demo.text,
        syntaxError: demo.syntaxError,
        describedBy: 'json-status',
        onInput: (text) => demo.edit(text),
      })}
    </section>
    <section class="pane preview" aria-labelledby="preview-title">
      <h2 id="preview-title">Preview</h2>
      ${frame(
        demo,
        html`<folio-article
          .article=${demo.playgroundArticle}
          @folio-load=${() => demo.checked()}
          @folio-warning=${(event: CustomEvent) => demo.checked(undefined, event.detail.warnings)}
          @folio-error=${(event: CustomEvent) => demo.checked(event.detail)}
        ></folio-article>`,
      )}
    </section>
  </div>`;
}

/** Whether the text is an article, and if not, where it goes wrong: the line, or the field's path. */
function renderStatus(demo: Demo) {
  const [kind, message] = describeText(demo);
  return html`<div id="json-status" class=${`json-status ${kind}`} role="status">${message}</div>`;
}

function describeText({ sampleStatus, syntaxError, inputError, inputWarnings }: Demo): [kind: string, TemplateResult] {
  if (sampleStatus === 'loading') return ['', html`Loading the sample…`];
  if (sampleStatus)
    return ['invalid', html`<strong>The sample could not be loaded:</strong> ${sampleStatus}`];
  if (syntaxError) {
    const shown = 'The preview shows the last valid JSON.';
    return ['invalid', html`<strong>Not valid JSON:</strong> ${syntaxError.message}. ${shown}`];
  }
  if (inputError)
    return ['invalid', html`<strong>Not a valid article:</strong> ${describeInputError(inputError)}`];
  if (inputWarnings.length) {
    const count = inputWarnings.length === 1 ? 'a warning' : `${inputWarnings.length} warnings`;
    return [
      'warned',
      html`<strong>Valid article, with ${count}:</strong>
        <ul>
          ${inputWarnings.map((warning) => html`<li>${describeInputError(warning)}</li>`)}
        </ul>`,
    ];
  }
  return ['valid', html`<strong>Valid article.</strong>`];
}

/** `body[3].level must be 2, 3 or 4`, with the path set as code (errors and warnings alike). */
function describeInputError({ message, path }: { message: string; path?: string }) {
  if (!path || !message.startsWith(path)) return message;
  return html`<code class="path">${path}</code>${message.slice(path.length)}`;
}
