import type { EmbedTarget } from '../../embed/embed-target';
import type { WidgetName } from '../registry';

/**
 * What a widget's Embed dialog offers: its embed page, in the state `query` describes. The
 * registry (titles, descriptions) loads when the button is pressed, not with the widget.
 */
export async function embedTargetOf(name: WidgetName, query: string): Promise<EmbedTarget> {
  const { widgetNamed } = await import('../registry');
  const { title, minHeight } = widgetNamed(name)!;
  return { path: `embed/widgets/${name}/`, title, minHeight, query };
}
