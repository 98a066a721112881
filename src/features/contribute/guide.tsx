/** The contributor guide's blocks as elements: headings, paragraphs, lists, code and tables. */
import { Fragment } from 'react';
import type { Block, Inline } from './guide-types';

function Text({ parts }: { parts: readonly Inline[] }) {
  return (
    <>
      {parts.map((part, i) =>
        'code' in part ? (
          <code key={i}>{part.code}</code>
        ) : 'strong' in part ? (
          <strong key={i}>{part.strong}</strong>
        ) : 'link' in part ? (
          // Links to files in the repository are named, not followed: the guide names paths.
          /^https:\/\//.test(part.href) ? (
            <a key={i} href={part.href}>
              {part.link}
            </a>
          ) : (
            <Fragment key={i}>{part.link}</Fragment>
          )
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}

/** A head cell's words, for the label a stacked row shows beside each value on a phone. */
function plainText(parts: readonly Inline[]): string {
  return parts
    .map((p) => ('code' in p ? p.code : 'strong' in p ? p.strong : 'link' in p ? p.link : p.text))
    .join('');
}

/** Renders the guide below the page's own h1: its headings start at h2. */
export function Guide({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        if ('heading' in block) {
          if (block.heading === 1) return null;
          const Heading = block.heading === 2 ? 'h2' : 'h3';
          return (
            <Heading key={i}>
              <Text parts={block.text} />
            </Heading>
          );
        }
        if ('paragraph' in block)
          return (
            <p key={i}>
              <Text parts={block.paragraph} />
            </p>
          );
        if ('list' in block) {
          const List = block.ordered ? 'ol' : 'ul';
          return (
            <List key={i}>
              {block.list.map((item, j) => (
                <li key={j}>
                  <Text parts={item} />
                </li>
              ))}
            </List>
          );
        }
        if ('code' in block)
          return (
            // A long line scrolls inside the block: focusable, so a keyboard can scroll it too.
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            <pre key={i} className="code-block" tabIndex={0}>
              <code>{block.code}</code>
            </pre>
          );
        return (
          <div key={i} className="table-scroll">
            <table className="data-table data-table--stack">
              <thead>
                <tr>
                  {block.table.head.map((cell, j) => (
                    <th key={j} scope="col">
                      <Text parts={cell} />
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.table.rows.map((row, j) => (
                  <tr key={j}>
                    {row.map((cell, k) => (
                      <td key={k} data-label={plainText(block.table.head[k] ?? [])}>
                        <Text parts={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}
