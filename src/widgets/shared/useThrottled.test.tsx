// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from './useThrottled';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Shown({ value }: { value: number }) {
  return <span>{useThrottled(value, 100)}</span>;
}

describe('useThrottled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the first value at once, then at most one update per interval, ending on the last', async () => {
    const container = document.createElement('div');
    const root = createRoot(container);
    const render = (value: number) => act(async () => root.render(<Shown value={value} />));
    await render(1);
    expect(container.textContent).toBe('1');

    // The first change after a quiet spell shows right away.
    await render(2);
    await act(async () => vi.advanceTimersByTime(0));
    expect(container.textContent).toBe('2');

    // Changes within the next 100 ms wait; only the latest is shown when the time is up.
    await render(3);
    await act(async () => vi.advanceTimersByTime(40));
    await render(4);
    await act(async () => vi.advanceTimersByTime(40));
    expect(container.textContent).toBe('2');
    await act(async () => vi.advanceTimersByTime(20));
    expect(container.textContent).toBe('4');
  });
});
