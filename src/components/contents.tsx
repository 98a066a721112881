/**
 * "On this page": links to a long page's sections, as prerendered markup. On a phone it is a
 * fold at the top, closed until tapped; on a wide screen it stands open in the right-hand column
 * and stays in view (docs/decisions/042). Pages with fewer than three sections go without.
 */
export interface ContentsItem {
  id: string;
  title: string;
}

export function Contents({ items }: { items: readonly ContentsItem[] }) {
  if (items.length < 3) return null;
  return (
    <nav className="contents" aria-label="On this page">
      <details className="contents__fold">
        <summary className="contents__title">On this page</summary>
        <ol className="contents__list">
          {items.map((item) => (
            <li key={item.id}>
              <a href={`#${item.id}`}>{item.title}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}
