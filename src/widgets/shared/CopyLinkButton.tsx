import { useState } from 'react';
import type { CopiedLink } from './copy-embed-link';

/**
 * "Copy link": copies the widget's state as an embed URL and says so; where the browser refuses
 * the clipboard, it shows the link in a field to select and copy by hand.
 */
export function CopyLinkButton({ copy }: { copy: () => Promise<CopiedLink> }) {
  const [copied, setCopied] = useState<CopiedLink>();
  return (
    <>
      <button type="button" onClick={() => void copy().then(setCopied)}>
        Copy link
      </button>
      <span role="status">{copied?.copied ? 'Link copied.' : null}</span>
      {copied && !copied.copied ? (
        <label className="copy-link-fallback">
          Copying is blocked here; select and copy this link:
          <input type="text" readOnly value={copied.link} onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </>
  );
}
