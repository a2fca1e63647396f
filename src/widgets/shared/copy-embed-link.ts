/** A link that was copied, or only shown where the browser refuses the clipboard. */
export interface CopiedLink {
  link: string;
  copied: boolean;
}

/**
 * Copies the full URL of a widget's embed page (`widget` as in /embed/widgets/<widget>/) with
 * `search` as its state; `copied` is false where the browser refuses the clipboard.
 */
export async function copyEmbedLink(widget: string, search: string): Promise<CopiedLink> {
  const base = `${window.location.origin}${import.meta.env.BASE_URL}`;
  const link = `${base}embed/widgets/${widget}/?${search}`;
  return { link, copied: await copyText(link) };
}

/** Puts `text` on the clipboard; false where the browser refuses (an iframe, an insecure page). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
