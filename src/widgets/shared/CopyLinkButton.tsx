import { useEffect, useRef, useState } from 'react';
import type { CopiedLink } from './copy-embed-link';

/**
 * "Copy link": copies the widget's state as an embed URL and says so. Where the browser
 * refuses the clipboard (an iframe on another site, an insecure page), it shows the link in a
 * field, already selected, under a one-line note, so the student copies it by hand.
 */
export function CopyLinkButton({ copy }: { copy: () => Promise<CopiedLink> }) {
  const [copied, setCopied] = useState<CopiedLink>();
  const field = useRef<HTMLInputElement>(null);
  const refused = copied !== undefined && !copied.copied;
  useEffect(() => {
    if (!refused) return;
    field.current?.focus();
    field.current?.select();
  }, [refused, copied]);
  return (
    <>
      <button type="button" onClick={() => void copy().then(setCopied)}>
        Copy link
      </button>
      <span role="status">{copied?.copied ? 'Link copied.' : null}</span>
      {refused ? (
        <label className="copy-link-fallback">
          Copying is blocked here: the link below is selected, copy it by hand.
          <input
            ref={field}
            type="text"
            readOnly
            value={copied.link}
            onFocus={(e) => e.target.select()}
          />
        </label>
      ) : null}
    </>
  );
}
