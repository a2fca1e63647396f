/** The URL settings a widget embed could not use, one plain sentence each; nothing if none. */
export function WidgetNotices({ notices }: { notices: readonly string[] }) {
  if (notices.length === 0) return null;
  return (
    <ul className="widget-notices" aria-label="Ignored settings">
      {notices.map((notice) => (
        <li key={notice}>{notice}</li>
      ))}
    </ul>
  );
}
