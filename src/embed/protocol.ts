import * as z from 'zod/mini';

/**
 * The messages between an embedded Entropic page and the page that frames it, described once:
 * the site validates every message it receives against these schemas, and the host script
 * (embed.js) checks the same shape by hand (it ships without zod) using the types inferred here.
 * Every message is `{ source: "entropic", version: 1, type, payload }`; anything else is ignored.
 */
import { SOURCE, VERSION } from './protocol-constants';

export { SOURCE, VERSION };

const lessonSlug = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const questionId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const count = z.int().check(z.gte(0), z.lte(10_000));
/** A widget's state as the query string "Copy link" writes: short, without a leading "?". */
const query = z.string().check(z.maxLength(2_000));

/** What an embedded page tells its host. No personal data, no seed, nothing the student typed. */
export const toHostPayloads = {
  ready: z.object({}),
  resize: z.object({ height: z.number().check(z.gte(0), z.lte(100_000)) }),
  answer: z.object({
    lesson: lessonSlug,
    question: questionId,
    result: z.enum(['correct', 'incorrect']),
    attempts: count,
  }),
  progress: z.object({ lesson: lessonSlug, solved: count, total: count }),
  complete: z.object({ lesson: lessonSlug }),
  state: z.object({ widget: z.string().check(z.regex(/^[a-z0-9-]{1,32}$/)), query }),
};

/** What a host may ask of an embedded widget. */
export const toEmbedPayloads = {
  /** The host's half of the handshake: the page answers with `ready` and its height. */
  hello: z.object({}),
  setState: z.object({ query }),
};

export type ToHostType = keyof typeof toHostPayloads;
export type ToEmbedType = keyof typeof toEmbedPayloads;
export type ToHostPayload<T extends ToHostType> = z.infer<(typeof toHostPayloads)[T]>;
export type ToEmbedPayload<T extends ToEmbedType> = z.infer<(typeof toEmbedPayloads)[T]>;

/** A message on the wire. */
export interface Envelope<T extends string, P> {
  source: typeof SOURCE;
  version: typeof VERSION;
  type: T;
  payload: P;
}

export type ToHostMessage = {
  [T in ToHostType]: Envelope<T, ToHostPayload<T>>;
}[ToHostType];
export type ToEmbedMessage = {
  [T in ToEmbedType]: Envelope<T, ToEmbedPayload<T>>;
}[ToEmbedType];

/** Wraps a payload in the envelope. */
export function envelope<T extends string, P>(type: T, payload: P): Envelope<T, P> {
  return { source: SOURCE, version: VERSION, type, payload };
}

/**
 * Reads `data` as one of `payloads`' messages: the envelope must match exactly and the payload
 * its schema; anything else (another site's message, a wrong version, a hostile payload) is
 * undefined, never an error.
 */
function read<S extends Record<string, z.ZodMiniType>>(
  payloads: S,
  data: unknown,
): { [T in keyof S & string]: Envelope<T, z.infer<S[T]>> }[keyof S & string] | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { source, version, type, payload } = data as Record<string, unknown>;
  if (source !== SOURCE || version !== VERSION || typeof type !== 'string') return undefined;
  if (!Object.hasOwn(payloads, type)) return undefined;
  const parsed = payloads[type]!.safeParse(payload);
  if (!parsed.success) return undefined;
  return envelope(type, parsed.data) as never;
}

/** A message from an embedded page, validated, or undefined. */
export const readToHost = (data: unknown) =>
  read(toHostPayloads, data) as ToHostMessage | undefined;

/** A message from a host, validated, or undefined. */
export const readToEmbed = (data: unknown) =>
  read(toEmbedPayloads, data) as ToEmbedMessage | undefined;
