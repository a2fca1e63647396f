/**
 * Every widget, once. The embed routes (/embed/widgets/<name>/), their islands and page titles,
 * the lesson component list, the host script's iframe titles and the Embed dialog all read this
 * list, so adding a widget is its folder plus one entry here.
 *
 * Plain data only: the build's config and scripts import it too. Each widget's folder has an
 * `embed.tsx` exporting `EmbedPage` (the widget alone, its state parsed from the URL with zod
 * by the folder's `url-state.ts`, which also serializes it for Copy link).
 */
export interface WidgetEntry {
  /** The URL segment: /embed/widgets/<name>/. */
  name: string;
  /** Its folder under src/widgets/, holding embed.tsx. */
  folder: string;
  /** What instructors and screen readers see: the embed page's heading, the iframe's title. */
  title: string;
  /** The embed page's meta description. */
  description: string;
  /** The MDX component lessons use it by (src/lesson/components/<component>.tsx). */
  component: string;
  /** The `data-metric` names of its readouts: what tests, challenges and hosts can read. */
  metrics: readonly string[];
  /** Height in CSS pixels an embedding iframe starts at, before the page reports its own. */
  minHeight: number;
}

export const widgets = [
  {
    name: 'pq',
    folder: 'pq-bars',
    title: 'P and Q bars',
    description:
      'Drag the bars of a true distribution P and a model Q and watch entropy, cross-entropy and KL divergence move.',
    component: 'PQBars',
    metrics: ['entropy', 'crossEntropy', 'klDivergence'],
    minHeight: 560,
  },
  {
    name: 'kl-explorer',
    folder: 'kl-explorer',
    title: 'Forward and reverse KL explorer',
    description:
      'Fit one Gaussian to a two-bump mixture and compare forward and reverse KL divergence: mass-covering versus mode-seeking.',
    component: 'KLExplorer',
    metrics: ['forwardKl', 'reverseKl'],
    minHeight: 720,
  },
  {
    name: 'joint',
    folder: 'joint',
    title: 'Joint distribution and mutual information',
    description:
      'Drag the cells of a joint table of X and Y and watch the marginals, joint and conditional entropies and the mutual information move.',
    component: 'JointTable',
    metrics: [
      'entropyX',
      'entropyY',
      'jointEntropy',
      'conditionalEntropy',
      'mutualInformation',
      'klFromProduct',
    ],
    minHeight: 720,
  },
  {
    name: 'split',
    folder: 'split',
    title: 'Decision-tree split and information gain',
    description:
      'Drag a threshold through labelled samples and watch the entropy of each side and the information gain of the split.',
    component: 'SplitGain',
    metrics: ['parentEntropy', 'leftEntropy', 'rightEntropy', 'informationGain'],
    minHeight: 520,
  },
  {
    name: 'softmax',
    folder: 'softmax',
    title: 'Logits to loss',
    description:
      'Drag a classifier’s logits and watch softmax, the cross-entropy loss and perplexity follow, with temperature, label smoothing and knowledge distillation.',
    component: 'SoftmaxLoss',
    metrics: ['crossEntropy', 'entropy', 'perplexity', 'klDivergence', 'scaledKl'],
    minHeight: 760,
  },
  {
    name: 'perplexity',
    folder: 'perplexity',
    title: 'Per-token loss and perplexity',
    description:
      'Set the probability a language model gave each next token and watch the mean loss, the perplexity and the costliest token.',
    component: 'TokenLoss',
    metrics: ['meanLoss', 'perplexity', 'costliest'],
    minHeight: 480,
  },
] as const satisfies readonly WidgetEntry[];

export type Widget = (typeof widgets)[number];
export type WidgetName = Widget['name'];

/** The widget with this embed name, if there is one. */
export function widgetNamed(name: string): Widget | undefined {
  return widgets.find((widget) => widget.name === name);
}
