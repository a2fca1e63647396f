import { useLayoutEffect, useRef, type PointerEvent, type RefObject } from 'react';

/** A point in the SVG's viewBox units. */
export interface SvgPoint {
  x: number;
  y: number;
}

interface Drag<K> {
  key: K;
  toSvg: (e: PointerEvent) => SvgPoint;
  /** The newest point the caller has not seen yet, and the task that will hand it over. */
  pending?: SvgPoint;
  timer?: ReturnType<typeof setTimeout>;
}

/** Marks the part of a draggable that a finger may grab: spread it onto that element. */
export const grip = { 'data-grip': '' } as const;

/**
 * A touch drag starts only on a grip (an element marked with `grip`): on a phone, a swipe
 * that merely starts over a chart must scroll the page and change nothing. Charts therefore
 * allow vertical panning (`touch-action: pan-y`) and only grips refuse it. Mouse and pen
 * press anywhere on the draggable, as on a native slider's track.
 */
function mayStart(event: PointerEvent<Element>): boolean {
  if (event.pointerType === 'mouse') return event.button === 0;
  if (event.pointerType !== 'touch') return true;
  return event.target instanceof Element && event.target.closest('[data-grip]') !== null;
}

/**
 * Pointer dragging (mouse, pen, touch) inside an SVG, in viewBox coordinates. `handlers(key)`
 * gives the props for one draggable element; `onDrag(key, point)` runs on press and after
 * moves, `onEnd(key)` once when the pointer is released or the drag is cancelled (the commit).
 *
 * Moves are handed over in a task of their own, the newest point only, as React itself does
 * for state set in a pointermove. Widgets keep their state in a store, whose updates render
 * synchronously: inside the input handler that render would hold back the browser's next
 * input event and make the pointer lag a frame behind. The SVG's box is measured once per
 * drag, so moves never force a layout.
 */
export function useSvgDrag<K>(
  svgRef: RefObject<SVGSVGElement | null>,
  onDrag: (key: K, point: SvgPoint) => void,
  onEnd: (key: K) => void,
) {
  const drag = useRef<Drag<K> | null>(null);
  // A deferred move must reach the newest callbacks, not those of the render it began in.
  const latest = useRef({ onDrag, onEnd });
  useLayoutEffect(() => {
    latest.current = { onDrag, onEnd };
  });

  function deliver(current: Drag<K>) {
    clearTimeout(current.timer);
    current.timer = undefined;
    const point = current.pending;
    current.pending = undefined;
    if (point) latest.current.onDrag(current.key, point);
  }

  return function handlers(key: K) {
    return {
      onPointerDown(event: PointerEvent<Element>) {
        const svg = svgRef.current;
        if (!svg || !mayStart(event)) return;
        event.preventDefault();
        event.currentTarget.setPointerCapture(event.pointerId);
        const box = svg.getBoundingClientRect();
        const view = svg.viewBox.baseVal;
        const toSvg = (e: PointerEvent) => ({
          x: view.x + ((e.clientX - box.left) / box.width) * view.width,
          y: view.y + ((e.clientY - box.top) / box.height) * view.height,
        });
        drag.current = { key, toSvg };
        // A press starts the drag and also moves the bar to the pointer, like a native slider.
        (event.currentTarget as HTMLElement | SVGElement).focus?.({ preventScroll: true });
        onDrag(key, toSvg(event));
      },
      onPointerMove(event: PointerEvent<Element>) {
        const current = drag.current;
        if (current?.key !== key) return;
        current.pending = current.toSvg(event);
        current.timer ??= setTimeout(() => deliver(current));
      },
      onLostPointerCapture() {
        const current = drag.current;
        if (current?.key !== key) return;
        // The last move lands before the commit: what is graded is where the pointer let go.
        deliver(current);
        drag.current = null;
        onEnd(key);
      },
    };
  };
}
