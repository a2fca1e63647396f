import * as z from 'zod/mini';
import type { ScormVersion } from './connection';

/**
 * A package's launch page says which SCORM version it is and which questions its lesson has,
 * in `<meta name="entropic-scorm" content="<version> <slug> <question id>...">`: the build
 * writes it, main.tsx and the LMS bridge read it. The site's pages have none.
 */
export interface Launch {
  version: ScormVersion;
  slug: string;
  questions: string[];
}

const slug = z.string().check(z.regex(/^[a-z0-9-]{1,64}$/));
const questionId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const launchSchema = z.tuple([z.enum(['1.2', '2004']), slug], questionId);

/** The tag, for the build; slugs and ids need no escaping (checked). */
export function launchMeta({ version, slug, questions }: Launch): string {
  const tokens = [version, slug, ...questions];
  if (!launchSchema.safeParse(tokens).success) {
    throw new RangeError(`invalid launch description: ${tokens.join(' ')}`);
  }
  return `<meta name="entropic-scorm" content="${tokens.join(' ')}">`;
}

/** What the page's tag says, or undefined when it has none or an unreadable one. */
export function readLaunch(doc: Document): Launch | undefined {
  const content = doc.querySelector<HTMLMetaElement>('meta[name="entropic-scorm"]')?.content;
  const parsed = launchSchema.safeParse(content?.trim().split(/\s+/) ?? []);
  if (!parsed.success) return undefined;
  const [version, lesson, ...questions] = parsed.data;
  return { version, slug: lesson, questions };
}
