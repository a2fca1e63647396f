import * as z from 'zod/mini';
import { readToEmbed } from './protocol';
import { onReport, reportToHost, steerFromHost } from './host-link';

/**
 * The embedded page's side of the iframe protocol, started only when an embed page is framed:
 * it reports the page's height whenever it changes and passes on what quizzes and widgets
 * report (host-link.ts); it answers the host script's `hello` (so the handshake works whichever
 * loads first) and accepts `setState` only from the parent window at the origin the host script
 * declared in the URL (`parentOrigin`).
 */

/** `?parentOrigin=https://lms.example` when it is exactly an http(s) origin, else undefined. */
const originSchema = z.pipe(
  z.url({ protocol: /^https?$/ }),
  z.string().check(z.refine((value) => new URL(value).origin === value)),
);

export function declaredParentOrigin(search: string): string | undefined {
  const parsed = originSchema.safeParse(new URLSearchParams(search).get('parentOrigin'));
  return parsed.success ? parsed.data : undefined;
}

/** The height the host should give the iframe: the whole document, no inner scrollbar. */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

export function startMessenger(): void {
  const parentOrigin = declaredParentOrigin(window.location.search);
  // Without a declared origin (a plain iframe snippet) the reports still go out, to whoever
  // frames the page: they carry no personal data, only heights, results and widget states.
  onReport((message) => window.parent.postMessage(message, parentOrigin ?? '*'));

  let reported = -1;
  const reportHeight = () => {
    const height = contentHeight();
    if (height === reported) return;
    reported = height;
    reportToHost('resize', { height });
  };
  const announce = () => {
    reportToHost('ready', {});
    reported = -1;
    reportHeight();
  };
  // Late fonts and formula layout change the height too; the observer sees every change.
  new ResizeObserver(reportHeight).observe(document.documentElement);

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = readToEmbed(event.data);
    if (message?.type === 'hello') announce();
    if (message?.type === 'setState' && parentOrigin && event.origin === parentOrigin) {
      steerFromHost(message.payload.query);
    }
  });
  announce();
}
