import { SOURCE, VERSION } from './protocol-constants';
import type { ToHostMessage, ToHostPayload, ToHostType } from './protocol';

/**
 * What an embedded page tells whoever frames it, and what the framing page asks back: one
 * module instance per page, shared by every island (each island is its own React root, but they
 * all import this module once). Quizzes and widgets report here without knowing who listens:
 * the iframe messenger (messenger.ts) when the page is framed, an LMS bridge when launched as a
 * SCORM package, or nobody (a plain visit, where reporting costs nothing).
 */
type Listener = (message: ToHostMessage) => void;

const listeners = new Set<Listener>();
const queryListeners = new Set<(query: string) => void>();

/** Sends one message to every listener. */
export function reportToHost<T extends ToHostType>(type: T, payload: ToHostPayload<T>): void {
  if (listeners.size === 0) return;
  const message = { source: SOURCE, version: VERSION, type, payload } as ToHostMessage;
  listeners.forEach((listener) => listener(message));
}

/** Listens to what the page reports; returns how to stop. */
export function onReport(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Passes a widget state the host asked for (a query string, as Copy link writes) to the page. */
export function steerFromHost(query: string): void {
  queryListeners.forEach((listener) => listener(query));
}

/** Listens for states the host asks for; returns how to stop. */
export function onHostQuery(listener: (query: string) => void): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}
