/**
 * embed.js, the script instructors paste into their pages. It turns
 * `<div data-entropic-embed="/embed/widgets/pq/?p=0.5,0.5">` and
 * `<entropic-embed src="/embed/lessons/entropy/">` into iframes of this site that size
 * themselves to their content, and re-dispatches what the embedded page reports as bubbling DOM
 * events (`entropic:answer`, `entropic:progress`, ...) on the element.
 *
 * Written by hand, without React or zod: it runs on other people's pages and must stay under
 * 3 KB gzip. It checks messages by hand against the envelope `../protocol.ts` describes; the
 * payloads come from our own pages at our own origin, which validate what they send.
 */
import type { ToEmbedMessage, ToHostMessage } from '../protocol';
import { SOURCE, VERSION } from '../protocol-constants';
import { embedPageInfo } from './embed-pages';

/** The site this script came from, base path included (e.g. https://x.org/courses/entropic/). */
const script = document.currentScript as HTMLScriptElement | null;
const site = new URL('.', script?.src ?? document.baseURI);

/** An embed page's address on this site, or undefined (with a warning) for anything else. */
function resolve(path: string): URL | undefined {
  // "/embed/..." is taken relative to the site's base path, not the host page's origin.
  const url = new URL(path.replace(/^\/(?!\/)/, ''), site);
  if (url.origin !== site.origin || !url.pathname.startsWith(`${site.pathname}embed/`)) {
    // eslint-disable-next-line no-console -- the instructor needs to see why nothing appeared
    console.warn(
      `Entropic: refused to embed ${path}: only this site's /embed/ pages can be framed.`,
    );
    return undefined;
  }
  url.searchParams.set('parentOrigin', window.location.origin);
  return url;
}

/** Every iframe this script made, with the element that asked for it. */
const embeds: { frame: HTMLIFrameElement; host: Element }[] = [];

function send(frame: HTMLIFrameElement, message: ToEmbedMessage): void {
  frame.contentWindow?.postMessage(message, site.origin);
}

/** Replaces the element's content with the iframe, once. */
function upgrade(host: Element, path: string | null): void {
  if (!path || embeds.some((embed) => embed.host === host)) return;
  const url = resolve(path);
  if (!url) return;
  const { title, minHeight } = embedPageInfo(url.pathname.slice(site.pathname.length));
  const frame = document.createElement('iframe');
  frame.src = url.href;
  frame.title = title;
  frame.loading = 'lazy';
  frame.setAttribute('scrolling', 'no');
  frame.style.cssText = `display:block;width:100%;border:0;overflow:hidden;height:${minHeight}px`;
  // The handshake: if the page inside started before this script listened, `hello` makes it
  // report again.
  frame.addEventListener('load', () =>
    send(frame, { source: SOURCE, version: VERSION, type: 'hello', payload: {} }),
  );
  embeds.push({ frame, host });
  host.replaceChildren(frame);
}

/** A message from one of our frames, in the protocol's envelope, or undefined. */
function read(event: MessageEvent): ToHostMessage | undefined {
  if (event.origin !== site.origin) return undefined;
  const data = event.data as Partial<ToHostMessage> | null;
  const ok =
    typeof data === 'object' &&
    data !== null &&
    data.source === SOURCE &&
    data.version === VERSION &&
    typeof data.type === 'string' &&
    typeof data.payload === 'object' &&
    data.payload !== null;
  return ok ? (data as ToHostMessage) : undefined;
}

function onMessage(event: MessageEvent): void {
  const message = read(event);
  const embed = message && embeds.find(({ frame }) => frame.contentWindow === event.source);
  if (!message || !embed) return;
  if (message.type === 'resize') {
    const { height } = message.payload;
    if (typeof height === 'number' && height >= 0 && height <= 100_000)
      embed.frame.style.height = `${Math.ceil(height)}px`;
  }
  embed.host.dispatchEvent(
    new CustomEvent(`entropic:${message.type}`, { bubbles: true, detail: message.payload }),
  );
}

function scan(root: Element | Document): void {
  if (root instanceof Element && root.matches('[data-entropic-embed]'))
    upgrade(root, root.getAttribute('data-entropic-embed'));
  root
    .querySelectorAll('[data-entropic-embed]')
    .forEach((element) => upgrade(element, element.getAttribute('data-entropic-embed')));
}

/** `<entropic-embed src="...">`, with `setState(query)` for hosts that steer a widget. */
class EntropicEmbed extends HTMLElement {
  connectedCallback(): void {
    upgrade(this, this.getAttribute('src'));
  }

  setState(query: string): void {
    const embed = embeds.find(({ host }) => host === this);
    if (embed)
      send(embed.frame, {
        source: SOURCE,
        version: VERSION,
        type: 'setState',
        payload: { query: String(query).replace(/^\?/, '') },
      });
  }
}

// Included twice (an LMS that repeats a snippet), the script sets up once: the custom element
// registry, global to the page, remembers the first run.
if (!customElements.get('entropic-embed')) {
  customElements.define('entropic-embed', EntropicEmbed);
  window.addEventListener('message', onMessage);
  const start = () => {
    scan(document);
    // Elements added later (a single-page LMS rendering after load) are picked up too.
    new MutationObserver((changes) =>
      changes.forEach((change) =>
        change.addedNodes.forEach((node) => {
          if (node instanceof Element) scan(node);
        }),
      ),
    ).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
