/**
 * Build time: the small part of Markdown CONTRIBUTING.md uses, read into blocks the contributor
 * guide page renders as React elements (no HTML is ever injected). Headings, paragraphs,
 * bulleted and numbered lists, fenced code, tables; inside text, `code`, **bold** and links.
 */
import type { Block, Inline } from '../../src/features/contribute/guide-types.ts';

/** Inline text: code spans, bold and links; everything else stays text. */
export function inline(text: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ code: m[1] });
    else if (m[2] !== undefined) out.push({ strong: m[2] });
    else out.push({ link: m[3]!, href: m[4]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => inline(c.trim()));

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  const blocks: Block[] = [];
  let i = 0;
  const isBlank = (l: string | undefined) => l === undefined || l.trim() === '';
  const startsBlock = (l: string) => /^(#{1,3} |```|\||\s*[-*] |\s*\d+\. )/.test(l);
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const heading = /^(#{1,3}) (.*)$/.exec(line);
    if (heading) {
      blocks.push({ heading: heading[1]!.length as 1 | 2 | 3, text: inline(heading[2]!) });
      i++;
      continue;
    }
    if (line.startsWith('```')) {
      const language = line.slice(3).trim();
      const body: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.startsWith('```')) body.push(lines[i++]!);
      i++;
      blocks.push({ code: body.join('\n'), ...(language ? { language } : {}) });
      continue;
    }
    if (line.startsWith('|')) {
      const rows: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('|')) rows.push(lines[i++]!);
      const [head, , ...body] = rows;
      blocks.push({ table: { head: cells(head!), rows: body.map(cells) } });
      continue;
    }
    const item = /^(\s*)([-*]|\d+\.) (.*)$/.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]!);
      const items: string[] = [];
      while (i < lines.length) {
        const m = /^(\s*)([-*]|\d+\.) (.*)$/.exec(lines[i]!);
        if (m) items.push(m[3]!);
        else if (!isBlank(lines[i]) && /^\s+\S/.test(lines[i]!))
          items[items.length - 1] += ` ${lines[i]!.trim()}`;
        else break;
        i++;
      }
      blocks.push({ list: items.map(inline), ordered });
      continue;
    }
    const paragraph: string[] = [];
    while (
      i < lines.length &&
      !isBlank(lines[i]) &&
      (paragraph.length === 0 || !startsBlock(lines[i]!))
    )
      paragraph.push(lines[i++]!.trim());
    blocks.push({ paragraph: inline(paragraph.join(' ')) });
  }
  return blocks;
}
