import { describe, expect, it } from 'vitest';
import type { DragFigures } from './drag-recorder';
import { dragReport, median, p95Spread } from './drag-report';

const work = { relaidOut: 2, restyled: 1, textShaped: 0, layersPainted: 2 };
const round = (perMoveMs: number, p95Ms: number, droppedFrames = 0): DragFigures => ({
  perMoveMs,
  p95Ms,
  longFrames: 0,
  blockingMs: 0,
  frames: 200,
  droppedFrames,
  valueChanges: 200,
  work,
});

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('p95Spread', () => {
  it('is the largest p95 of the rounds over the smallest', () => {
    expect(p95Spread([round(18, 30), round(19, 40), round(20, 32)])).toBeCloseTo(4 / 3, 12);
  });
});

describe('dragReport', () => {
  const bare = [round(18, 30), round(20, 36), round(19, 33)];

  it('judges the median p95 ratio against the budget, and the dropped frames against none', () => {
    const widget = [round(19, 33), round(21, 35), round(20, 34, 1)];
    const report = dragReport('drag bench', 'P/Q widget', bare, widget, 1.05);
    // Median p95s: widget 34, bare 33.
    expect(report).toContain('p95 1.030   budget p95 <= 1.05   within budget');
    expect(report).toContain('widget - bare: 1.0 ms');
    expect(report).toContain('dropped frames (all rounds): 1   budget 0   OVER BUDGET');
    // Each round's row ends with the slider value changes its measured drag made.
    expect(report).toMatch(/^P\/Q widget, round 3 .* 1 {5}200$/m);
    expect(report).toContain(
      'p95 spread over the rounds (largest / smallest): bare React 1.200, P/Q widget 1.061',
    );
    expect(report).toContain(
      '  P/Q widget: 2.0 objects laid out, 1.0 elements restyled, 0.0 text runs shaped, 2.0 layers painted',
    );
  });

  it('says OVER BUDGET when the widget’s median p95 is too slow', () => {
    const widget = [round(30, 50), round(31, 52), round(29, 49)];
    // 50 / 33 = 1.515; 17 ms is more than a frame.
    const report = dragReport('drag bench', 'joint table', bare, widget, 1.1);
    expect(report).toContain('p95 1.515   budget p95 <= 1.10   OVER BUDGET');
    expect(report).toContain(
      'widget - bare: 17.0 ms   guide: within a frame (16.7 ms)   OVER BUDGET',
    );
  });
});
