import { createContext, use, useId, type ComponentType, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { LessonContext } from '../../quiz/lesson-context';
import { noteIsland } from './islands-used';
import type { IslandName } from './registry';

/** Inside an island everything is already interactive: a nested island renders in place. */
const InsideIsland = createContext(false);

/** Where an island's children (prerendered prose, e.g. a question's prompt) sit. */
export function IslandChildren({ children }: { children: ReactNode }) {
  return <entropic-slot>{children}</entropic-slot>;
}

function propsJson(name: string, props: Record<string, unknown>): string {
  return JSON.stringify(props, (key, value: unknown) => {
    if (typeof value === 'function' || (typeof value === 'object' && value && '$$typeof' in value))
      throw new TypeError(`island ${name}: prop "${key}" cannot be sent to the browser as JSON`);
    return value;
  });
}

/**
 * Marks a component as an island: on the server it renders in a root of its own, with its
 * props written beside it as JSON, and the browser hydrates just that root (hydrate-islands.tsx)
 * while the page around it stays static HTML that ships no code. A separate root on both sides
 * keeps `useId` values equal. Children, if any, are prerendered HTML the island keeps as it is.
 * Without a server (the dev server renders the whole page) the component renders in place.
 */
export function island<P extends object>(name: IslandName, Component: ComponentType<P>) {
  function Island(props: P & { children?: ReactNode }) {
    const lesson = use(LessonContext);
    const inside = use(InsideIsland);
    const prefix = useId();
    if (!import.meta.env.SSR || inside) return <Component {...props} />;
    noteIsland(name);
    const { children, ...rest } = props;
    const element = (
      <InsideIsland value={true}>
        <Component {...(rest as P)}>
          {children === undefined ? undefined : <IslandChildren>{children}</IslandChildren>}
        </Component>
      </InsideIsland>
    );
    const html = renderToString(
      lesson === null ? element : <LessonContext value={lesson}>{element}</LessonContext>,
      { identifierPrefix: prefix },
    );
    return (
      <entropic-island
        data-island={name}
        data-props={propsJson(name, rest)}
        data-id-prefix={prefix}
        data-lesson={lesson === null ? undefined : JSON.stringify(lesson)}
        data-children={children === undefined ? undefined : ''}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    );
  }
  Island.displayName = `Island(${name})`;
  return Island;
}
