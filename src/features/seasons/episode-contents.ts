/** The sections an episode page shows, for its "On this page" (components/entity-aids). */
import type { ContentsItem } from '../../components/entity-aids';
import type { EpisodeView } from './season-view.build';

export function episodeContents(view: EpisodeView): ContentsItem[] {
  return [
    { id: 'synopsis', title: 'Synopsis' },
    ...(view.characters.length > 0 ? [{ id: 'characters', title: 'Characters' }] : []),
    ...(view.episode.music?.length ? [{ id: 'music', title: 'Music' }] : []),
    ...(view.awards.length > 0 ? [{ id: 'awards', title: 'Awards' }] : []),
    { id: 'sources-heading', title: 'Sources' },
  ];
}
