/** A preview frame: the preset width, and the chosen language and direction, as a host page would set them. */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Demo } from './app.js';
import { directionOf } from './state.js';

/** `inset` pads the frame, for elements that sit inside a page's column rather than filling it. */
export function frame(demo: Demo, content: TemplateResult, { inset = false } = {}) {
  const { lang } = demo.state;
  return html`<div class="viewport">
    <div
      class=${inset ? 'frame inset' : 'frame'}
      lang=${lang ?? nothing}
      dir=${lang ? directionOf(lang) : nothing}
    >
      ${content}
    </div>
  </div>`;
}
