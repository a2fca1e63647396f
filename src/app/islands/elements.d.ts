import type { DetailedHTMLProps, HTMLAttributes } from 'react';

// The two custom elements of the islands (see island.tsx); CSS gives both `display: contents`.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'entropic-island': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;
      'entropic-slot': DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;
    }
  }
}
