import type { ReactNode } from 'react';

export interface AsideProps {
  /** A short heading for the aside, e.g. "Going further". */
  title: string;
  /** The aside's content (MDX). */
  children: ReactNode;
}

/** A side remark set apart from the main line of the lesson; a student may skip it. */
export function Aside({ title, children }: AsideProps) {
  return (
    <aside className="aside" aria-label={title}>
      <p className="aside-title">{title}</p>
      {children}
    </aside>
  );
}
