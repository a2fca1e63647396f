import type { ComponentType } from 'react';
import { WidgetBoundary } from '../WidgetBoundary';

/** Wraps a live component so that an error in it stays inside its own box. */
export function withBoundary<P extends object>(Inner: ComponentType<P>, label: string) {
  function Bounded(props: P) {
    return (
      <WidgetBoundary label={label}>
        <Inner {...props} />
      </WidgetBoundary>
    );
  }
  Bounded.displayName = `Bounded(${label})`;
  return Bounded;
}
