/** The contributor guide as blocks (read from CONTRIBUTING.md at build time, scripts/compile/markdown.ts). */
export type Inline =
  { text: string } | { code: string } | { strong: string } | { link: string; href: string };

export type Block =
  | { heading: 1 | 2 | 3; text: Inline[] }
  | { paragraph: Inline[] }
  | { list: Inline[][]; ordered: boolean }
  | { code: string; language?: string }
  | { table: { head: Inline[][]; rows: Inline[][][] } };
