/**
 * Folio's one Trusted Types policy, `folio`. On a page whose CSP says
 * `require-trusted-types-for 'script'`, every string bound for an HTML or script sink must come
 * from a named policy; a page that also lists policies in `trusted-types` must allow this one
 * (and Lit's own `lit-html`).
 */
import type { TrustedTypePolicy, TrustedTypesWindow } from 'trusted-types/lib/index.js';

/** The policy name hosts allow in `trusted-types`. */
const POLICY_NAME = 'folio';

/**
 * The policy, where the browser has Trusted Types and the page allows it.
 * - `createHTML` passes HTML through unchanged, as DOMPurify requires of the policy it is given
 *   (the policy must not call DOMPurify itself). Its callers parse into inert documents only:
 *   DOMPurify before it sanitizes (sanitize.ts), and `rewriteHtml` (embeds.ts), whose result is
 *   sanitized before it is shown.
 * - `createScript` accepts only JSON, which cannot run: it is for JSON-LD data blocks.
 * - There is no `createScriptURL` rule, so that method throws: the policy never blesses a script URL.
 */
export const policy: TrustedTypePolicy | undefined = createPolicy();

function createPolicy() {
  // `globalThis`: on a server there is no window, and no Trusted Types either.
  const { trustedTypes } = globalThis as unknown as Partial<TrustedTypesWindow>;
  if (!trustedTypes) return undefined;
  try {
    return trustedTypes.createPolicy(POLICY_NAME, {
      createHTML: (html) => html,
      createScript: (json) => {
        JSON.parse(json); // throws unless it is JSON
        return json;
      },
    }) as TrustedTypePolicy;
  } catch {
    console.error(
      `Folio: this page's Content-Security-Policy does not allow the Trusted Types policy "${POLICY_NAME}", so article HTML and JSON-LD cannot be written. Add ${POLICY_NAME} to its trusted-types directive.`,
    );
    return undefined;
  }
}

/**
 * Writes `json` into a data block such as `<script type="application/ld+json">`. Where the page
 * refuses the policy the block stays as it was: the console error above says why.
 */
export function writeJsonScript(script: HTMLScriptElement, json: string): void {
  try {
    // The DOM typings predate Trusted Types: `textContent` takes a TrustedScript at run time.
    script.textContent = (policy?.createScript(json) ?? json) as string;
  } catch {
    // Trusted Types are enforced and the policy is missing: nothing is written.
  }
}
