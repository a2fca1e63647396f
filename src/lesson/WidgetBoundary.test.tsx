// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WidgetBoundary } from './WidgetBoundary';

// React warns when act() runs outside a test environment it recognises.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Broken(): never {
  throw new Error('widget exploded');
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('WidgetBoundary', () => {
  it('shows a short message in place of a widget that throws, and the rest of the page renders', async () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    document.body.append(container);

    await act(async () => {
      createRoot(container).render(
        <>
          <p>Text before</p>
          <WidgetBoundary label="the P/Q bars">
            <Broken />
          </WidgetBoundary>
          <p>Text after</p>
        </>,
      );
    });

    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^Sorry, the P\/Q bars could not be shown\. The rest of the lesson still works/,
    );
    expect(container.textContent).toContain('Text before');
    expect(container.textContent).toContain('Text after');
    expect(reported).toHaveBeenCalledTimes(1);
    expect((reported.mock.calls[0]?.[0] as Error).cause).toEqual(new Error('widget exploded'));
  });

  it('renders its children untouched when nothing throws', async () => {
    const container = document.createElement('div');
    await act(async () => {
      createRoot(container).render(
        <WidgetBoundary label="a widget">
          <span>working</span>
        </WidgetBoundary>,
      );
    });
    expect(container.innerHTML).toBe('<span>working</span>');
  });
});
