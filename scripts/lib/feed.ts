/**
 * The Atom feed of recent changes (RFC 4287): the newest entries of the "Recent changes" page,
 * each linking to the page it is about. Its dates are the content's own, never the build's, so
 * an unchanged wiki makes the same feed.
 */
import { revealLabel } from '../../src/data/story.ts';
import type { ChangeEntry } from '../../src/features/changes/changes-view.build.ts';
import { absoluteUrl, type SiteAddress } from './site-files.ts';

/** Entries the feed carries: enough for a reader that checks now and then. */
export const FEED_ENTRIES = 50;

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const stamp = (day: string) => `${day}T00:00:00Z`;

export function atomFeed(
  address: SiteAddress,
  entries: readonly ChangeEntry[],
  { title, subtitle }: { title: string; subtitle: string },
): string {
  const shown = entries.slice(0, FEED_ENTRIES);
  const self = absoluteUrl(address, '/feed.xml');
  const page = absoluteUrl(address, '/changes/');
  const updated = shown[0]?.date ?? '1970-01-01';
  const items = shown
    .map((e) => {
      const href = absoluteUrl(address, e.href);
      // A feed reader has no spoiler settings: a tagged change keeps its words on the page.
      const title = e.reveal
        ? `A spoiler-tagged change (${revealLabel(e.reveal)}): ${e.kind}`
        : `${e.title}: ${e.kind === 'news' ? 'news' : e.kind}`;
      const summary = e.reveal
        ? `Its words give away part of ${revealLabel(e.reveal)}, so they stay on the wiki, behind your own spoiler settings.`
        : e.text;
      return [
        '  <entry>',
        `    <title>${escapeXml(title)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
        `    <id>${escapeXml(`${page}#${e.id}`)}</id>`,
        `    <updated>${stamp(e.date)}</updated>`,
        `    <category term="${e.kind}"/>`,
        `    <summary type="text">${escapeXml(summary)}</summary>`,
        '  </entry>',
      ].join('\n');
    })
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">
  <title>${escapeXml(title)}</title>
  <subtitle>${escapeXml(subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>
  <id>${escapeXml(self)}</id>
  <updated>${stamp(updated)}</updated>
  <author><name>The Heartstopper Fan Wiki's contributors</name></author>
  <generator>Heartstopper Fan Wiki</generator>
${items}
</feed>
`;
}
