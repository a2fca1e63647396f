import { describe, expect, it, vi } from 'vitest';
import { onHostQuery, onReport, reportToHost, steerFromHost } from './host-link';

describe('the link to the host page', () => {
  it('wraps each report in the envelope and gives it to every listener until it stops', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = onReport(first);
    const stopSecond = onReport(second);
    reportToHost('progress', { lesson: 'entropy', solved: 2, total: 6 });
    stopFirst();
    reportToHost('complete', { lesson: 'entropy' });
    stopSecond();
    reportToHost('complete', { lesson: 'kl-divergence' });

    const progress = {
      source: 'entropic',
      version: 1,
      type: 'progress',
      payload: { lesson: 'entropy', solved: 2, total: 6 },
    };
    expect(first.mock.calls).toEqual([[progress]]);
    expect(second.mock.calls).toEqual([
      [progress],
      [{ source: 'entropic', version: 1, type: 'complete', payload: { lesson: 'entropy' } }],
    ]);
  });

  it('passes a state the host asks for to the page', () => {
    const listener = vi.fn();
    const stop = onHostQuery(listener);
    steerFromHost('p=0.5,0.5');
    stop();
    steerFromHost('p=1,0');
    expect(listener.mock.calls).toEqual([['p=0.5,0.5']]);
  });
});
