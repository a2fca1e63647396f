import { EmbedButton } from './EmbedButton';
import { lessonEmbedTarget } from './embed-target';

/** The lesson header's Embed button (an island of the page chrome). */
export function LessonEmbedButton({ slug, title }: { slug: string; title: string }) {
  return <EmbedButton target={() => lessonEmbedTarget(slug, title)} />;
}
