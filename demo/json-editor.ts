/**
 * The playground's JSON editor: a plain `<textarea>` (native editing, undo, input methods and
 * screen readers all work) laid over a highlighted, line-numbered copy of its text. Both wrap
 * the same way, so the copy gives the editor its height and there is no scrolling to keep in step.
 */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';

export interface EditorOptions {
  id: string;
  value: string;
  /** The syntax error in `value`, if any; its 1-based line, where the browser gives one, is marked. */
  syntaxError?: { line?: number };
  /** The id of the message that describes the editor's content. */
  describedBy: string;
  onInput: (value: string) => void;
}

export function jsonEditor({ id, value, syntaxError, describedBy, onInput }: EditorOptions) {
  const digits = String(value.split('\n').length).length;
  return html`<div class="json-editor" style="--digits: ${digits}">
    <div class="json-code">
      <pre aria-hidden="true">${renderLines(value, syntaxError?.line)}</pre>
      <textarea
        id=${id}
        .value=${live(value)}
        spellcheck="false"
        autocapitalize="off"
        autocomplete="off"
        aria-describedby=${describedBy}
        aria-invalid=${syntaxError ? 'true' : 'false'}
        @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>
  </div>`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => ESCAPES[c]);

// JSON strings cannot span lines, so each line is highlighted on its own.
const TOKEN = /("(?:[^"\\]|\\.)*")(\s*:)?|\b(?:true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * The text one block per line, with keys, strings, numbers and literals marked. Each line is its
 * own part, so typing re-renders (and the browser lays out again) only the line that changed.
 */
function renderLines(text: string, errorLine?: number) {
  return text.split('\n').map(
    (line, i) =>
      // An empty line still takes a line's height, as it does in the textarea.
      html`<span class=${i + 1 === errorLine ? 'line error' : 'line'}
        >${unsafeHTML(highlightLine(line) || ' ')}</span
      >`,
  );
}

function highlightLine(line: string): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(TOKEN)) {
    const [token, string, colon] = match;
    out += escapeHtml(line.slice(last, match.index));
    out += string
      ? `<span class="${colon ? 'key' : 'string'}">${escapeHtml(string)}</span>${colon ?? ''}`
      : `<span class="${/\d$/.test(token) ? 'number' : 'literal'}">${token}</span>`;
    last = match.index + token.length;
  }
  return out + escapeHtml(line.slice(last));
}
