// The Content-Security-Policy every built page carries as a <meta> tag. Hashes of the page's
// inline scripts are computed here, from the bytes the page ships, never typed.
import crypto from 'node:crypto';

/** `'sha256-…'` of each inline `<script>` (one without `src`) in the page. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    // Scripts loaded from a file need no hash, nor data blocks, which no browser runs.
    if (/\ssrc=|\stype="application\/json"/.test(match[1] ?? '')) continue;
    const digest = crypto.createHash('sha256').update(match[2], 'utf8').digest('base64');
    hashes.push(`'sha256-${digest}'`);
  }
  return hashes;
}

/** The policy for one page, given its inline script hashes. */
export function policyFor(scriptHashes) {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    // KaTeX's markup positions glyphs with style attributes, and the build inlines each page's
    // critical CSS: both need inline styles. Nothing a student or URL supplies reaches a style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    // The landscape worker and the service worker are scripts of our own origin.
    "worker-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The page with its policy as the first element of `<head>` after the charset, so it covers
 * every script and style that follows. (frame-ancestors cannot be set from a meta tag: the
 * README tells hosts to send it as a header.)
 */
export function withCsp(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(inlineScriptHashes(html))}">`;
  const charset = /<meta charset="UTF-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('withCsp: the page has no <meta charset> to follow');
  return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
}
