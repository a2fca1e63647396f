import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The drag benchmark's baseline: the least React can do to drag one SVG bar (state in a hook,
// pointer capture, one rect re-rendered per move). The P/Q widget is compared against it.
function BareDrag() {
  const [value, setValue] = useState(0.5);
  const box = useRef<DOMRect | null>(null);
  const toValue = (clientY: number) => {
    const b = box.current!;
    return Math.min(1, Math.max(0, (b.bottom - clientY) / b.height));
  };
  return (
    <svg
      viewBox="0 0 100 200"
      style={{ width: 320, height: 640, touchAction: 'none', display: 'block' }}
      role="slider"
      aria-label="bar"
      aria-valuenow={value}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        box.current = e.currentTarget.getBoundingClientRect();
        setValue(toValue(e.clientY));
      }}
      onPointerMove={(e) => {
        if (box.current) setValue(toValue(e.clientY));
      }}
      onLostPointerCapture={() => {
        box.current = null;
      }}
    >
      <rect x={20} y={200 - value * 200} width={60} height={value * 200} fill="steelblue" />
    </svg>
  );
}

createRoot(document.getElementById('root')!).render(<BareDrag />);
