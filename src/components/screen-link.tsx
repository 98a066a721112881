import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { screenShort, screenSlug, screenTitle, volumeTitle } from '../data/story';

/** A link to a season's (or the film's) page, labelled "Season 2" or "Heartstopper Forever". */
export function ScreenLink({ screen, short = false }: { screen: number; short?: boolean }) {
  return (
    <Link to={paths.season.href(screenSlug(screen))}>
      {short ? screenShort(screen) : screenTitle(screen)}
    </Link>
  );
}

export function VolumeLink({ volume }: { volume: number }) {
  return <Link to={paths.volume.href(volume)}>{volumeTitle(volume)}</Link>;
}

/** A link to an episode's page, labelled with its title, or "Season 2, episode 4". */
export function EpisodeLink({
  season,
  number,
  title,
  rel,
  children,
}: {
  season: number;
  number: number;
  title?: string;
  rel?: 'prev' | 'next';
  children?: React.ReactNode;
}) {
  return (
    <Link to={paths.episode.href(screenSlug(season), number)} {...(rel ? { rel } : {})}>
      {children ?? title ?? `${screenTitle(season)}, episode ${number}`}
    </Link>
  );
}

/** "Season 1, Season 2 and the film" as links. */
export function ScreenLinks({ screens }: { screens: readonly number[] }) {
  return (
    <>
      {screens.map((screen, i) => (
        <span key={screen}>
          {i > 0 && (i === screens.length - 1 ? ' and ' : ', ')}
          <ScreenLink screen={screen} />
        </span>
      ))}
    </>
  );
}
