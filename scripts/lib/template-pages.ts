/**
 * Prints one page of each entity template as JSON, for the page list of templates.ts:
 * from the content the site was built from (src/content, or CONTENT_DIR) and the kinds table,
 * the page with the largest data file in the build (the richest page of its kind), headed by the
 * entity's name; and the contribution page of the character chosen. Names no content itself.
 *
 *   node --import tsx scripts/lib/template-pages.ts <dist>
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadCheckedContent } from './load-content';
import { paths } from '../../src/config/paths';
import { KINDS, type Collection, type EntityOf, type Kind } from '../../src/data/kinds';

const dist = process.argv[2]!;
const content = loadCheckedContent();
const names = {
  character: (slug: string) => content.characters.find((c) => c.slug === slug)?.name ?? slug,
};
const size = (key: string) => {
  const file = join(dist, 'data', `${key}.json`);
  return existsSync(file) ? statSync(file).size : 0;
};

const pages = (Object.values(KINDS) as Kind<Collection>[]).flatMap((kind) => {
  const { page, href } = kind;
  if (!page || !href) return [];
  const [richest] = (content[kind.collection] as EntityOf<Collection>[])
    .map((entity) => ({ entity, bytes: size(page.dataKey(entity)) }))
    .sort((a, b) => b.bytes - a.bytes);
  if (!richest) return [];
  const h1 = kind.name(richest.entity, names);
  const path = href(richest.entity);
  return kind.collection === 'characters'
    ? [
        { template: page.template, path, h1 },
        {
          template: 'contribute-file',
          path: paths.contributeFile.href(
            kind.collection,
            (richest.entity as { slug: string }).slug,
          ),
          h1: `Edit ${h1}`,
        },
      ]
    : [{ template: page.template, path, h1 }];
});
process.stdout.write(JSON.stringify(pages));
