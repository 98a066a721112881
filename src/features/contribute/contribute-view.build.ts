/**
 * The contribution pages: the guide (/contribute/) and, for each entity with a page, the page
 * about its content file (/contribute/<kind>/<id>/): where the file is, what it holds, the
 * sources it cites and how to change it. Built at build time.
 */
import type { EditableCollection } from '../../data/kinds';
import type { EditTarget, PageData } from '../../data/page-data';
import type { Source } from '../../data/types';
import { checkedOf, sourcesFor, type WikiIndex } from '../../data/wiki-index';
import type { Block } from './guide-types';
import { clip } from '../../lib/text';

/** The kinds of content that have contribution pages: the editable rows of data/kinds.ts. */
export type ContributeKind = EditableCollection;

export interface FileView {
  kind: ContributeKind;
  /** What one of its kind is called: "character", "season or film". */
  noun: string;
  id: string;
  /** What a reader calls it: "Charlie Spring", "Volume 4". */
  name: string;
  /** The page it is shown on. */
  page: { href: string; title: string };
  edit: EditTarget;
  /** The file as it stands, pretty-printed. */
  json: string;
  /** The host's editor and issue form, when a repository is configured. */
  onHost: boolean;
  /** The file's remarks for editors (`editorsNotes`): shown here and nowhere else. */
  editorsNotes?: string[];
}

export type FilePageData = PageData<FileView>;

export interface GuideView {
  blocks: Block[];
  /** CONTRIBUTING.md on the repository host, when one is configured. */
  guideHref?: string;
  /** A few content files, one of each kind, to start from. */
  examples: { kind: ContributeKind; id: string; name: string; href: string }[];
}

export function buildFilePage(
  target: { kind: ContributeKind; noun: string; id: string; name: string; page: FileView['page'] },
  entity: object & { checked?: string; editorsNotes?: string[] },
  edit: EditTarget,
  onHost: boolean,
  index: WikiIndex,
): FilePageData {
  const { id: _id, slug: _slug, ...body } = entity as { id?: string; slug?: string };
  const view: FileView = {
    ...target,
    edit,
    json: JSON.stringify(body, null, 2),
    onHost,
    ...(entity.editorsNotes ? { editorsNotes: entity.editorsNotes } : {}),
  };
  const sources: Source[] = sourcesFor(body, index);
  return {
    meta: {
      title: `Edit ${target.name}`,
      description: clip(
        `Fix or add to the facts about ${target.name} on the Heartstopper Fan Wiki: its content file, its sources and the steps to change it.`,
      ),
    },
    view,
    sources,
    checked: checkedOf(index, entity),
  };
}
