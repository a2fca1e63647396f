import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { gaussianPdf, type Mixture } from '../../metrics';
import { X_DOMAIN, xs, type Curve } from './curves';

/** The density plot's and integrand strip's margins in CSS pixels: they share the x axis. */
export const PLOT_MARGIN = { top: 26, right: 14, bottom: 38, left: 44 };

/** The x scale and every sample's x position for one plot width. */
export interface PlotFrame {
  width: number;
  x: ScaleLinear<number, number>;
  /** `xs` in pixels: the same for every curve, so computed once per width. */
  px: Float64Array;
}

const frames = new Map<number, PlotFrame>();

/** The shared x frame for a plot `width` CSS pixels wide; cached, as widths change only on resize. */
export function plotFrame(width: number): PlotFrame {
  let frame = frames.get(width);
  if (!frame) {
    const x = scaleLinear()
      .domain(X_DOMAIN)
      .range([PLOT_MARGIN.left, width - PLOT_MARGIN.right]);
    frame = { width, x, px: xs.map((v) => x(v)) };
    frames.set(width, frame);
  }
  return frame;
}

/**
 * The top of the density axis for a truth P: room for P's peak and for a Q as narrow as P's
 * narrowest bump, the narrowest fit either direction of KL asks for. It depends on P alone,
 * so the scale stays put while Q moves; a narrower Q runs off the top and is clipped there.
 */
export function densityTop(p: Mixture, pCurve: Curve): number {
  const narrowest = Math.min(...p.map((c) => c.sigma));
  const narrowQPeak = gaussianPdf(0, { mu: 0, sigma: narrowest });
  return Math.max(pCurve.peak * 1.25, narrowQPeak * 1.05);
}
