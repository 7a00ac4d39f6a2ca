/**
 * Copies text to the clipboard: the Clipboard API, or where it is missing (pages served over
 * http, older browsers) or refused, a selected `<textarea>` and the `copy` command.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = root.activeElement as HTMLElement | null;
    const area = document.createElement('textarea');
    area.value = text;
    area.style.cssText = 'position:fixed;inset:0 auto auto 0;opacity:0';
    root.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
      focused?.focus();
    }
  }
}
