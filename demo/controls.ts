/** The demo's form controls: native inputs (keyboard and screen readers work as everywhere), styled in demo.css. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

/** A value and what the control shows for it; `lang` marks a label written in another language. */
export type Choice<T extends string> = { value: T; label: string; lang?: string };

/** A row of radio buttons that look like a segmented control; arrow keys move between them. */
export function choices<T extends string>(
  legend: string,
  name: string,
  options: readonly Choice<T>[],
  value: T,
  onChange: (value: T) => void,
) {
  return html`<fieldset class="choices">
    <legend>${legend}</legend>
    ${options.map(
      (option) =>
        html`<label
          ><input
            type="radio"
            name=${name}
            value=${option.value}
            .checked=${live(option.value === value)}
            @change=${() => onChange(option.value)}
          /><span>${option.label}</span></label
        >`,
    )}
  </fieldset>`;
}

export function select<T extends string>(
  label: string,
  id: string,
  options: readonly Choice<T>[],
  value: T,
  onChange: (value: T) => void,
) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select id=${id} @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value as T)}>
      ${options.map(
        (option) =>
          html`<option
            value=${option.value}
            lang=${option.lang ?? nothing}
            .selected=${live(option.value === value)}
          >
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}

/** A slider in whole pixels, its value shown beside it. */
export function range(
  label: string,
  id: string,
  { min, max }: { min: number; max: number },
  value: number,
  onChange: (value: number) => void,
) {
  return html`<div class="field range">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="range"
      min=${min}
      max=${max}
      step="1"
      .value=${live(String(value))}
      @input=${(event: Event) => onChange(Number((event.target as HTMLInputElement).value))}
    />
    <output for=${id}>${value} px</output>
  </div>`;
}
