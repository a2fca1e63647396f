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
  try {
    await navigator.clipboard.writeText(link);
    return { link, copied: true };
  } catch {
    return { link, copied: false };
  }
}
