import { useRef, type PointerEvent, type RefObject } from 'react';

/** A point in the SVG's viewBox units. */
export interface SvgPoint {
  x: number;
  y: number;
}

/**
 * Pointer dragging (mouse, pen, touch) inside an SVG, in viewBox coordinates. `handlers(key)`
 * gives the props for one draggable element; `onDrag(key, point)` runs on press and on every
 * move, `onEnd(key)` once when the pointer is released or the drag is cancelled (the commit).
 * The SVG's box is measured once per drag, so moves never force a layout.
 */
export function useSvgDrag<K>(
  svgRef: RefObject<SVGSVGElement | null>,
  onDrag: (key: K, point: SvgPoint) => void,
  onEnd: (key: K) => void,
) {
  const drag = useRef<{ key: K; toSvg: (e: PointerEvent) => SvgPoint } | null>(null);

  return function handlers(key: K) {
    return {
      onPointerDown(event: PointerEvent<Element>) {
        const svg = svgRef.current;
        if (!svg || (event.pointerType === 'mouse' && event.button !== 0)) return;
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
        if (drag.current?.key === key) onDrag(key, drag.current.toSvg(event));
      },
      onLostPointerCapture() {
        if (drag.current?.key !== key) return;
        drag.current = null;
        onEnd(key);
      },
    };
  };
}
