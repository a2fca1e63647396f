import type { Toc } from '@stefanprobst/rehype-extract-toc';

/** Nested links to the lesson's headings (ids come from rehype-slug at build time). */
function TocList({ entries }: { entries: Toc }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id ?? entry.value}>
          <a href={`#${entry.id}`}>{entry.value}</a>
          {entry.children && entry.depth < 3 ? <TocList entries={entry.children} /> : null}
        </li>
      ))}
    </ol>
  );
}

/** "On this page": the lesson's sections, for skimming and jumping. */
export function TableOfContents({ toc }: { toc: Toc }) {
  if (toc.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc-title">
        On this page
      </h2>
      <TocList entries={toc} />
    </nav>
  );
}
