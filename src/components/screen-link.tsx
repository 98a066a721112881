import { Link } from 'react-router-dom';
import { paths } from '../config/paths';
import { screenShort, screenSlug, screenTitle } from '../data/constants';

/** A link to a season's (or the film's) page, labelled "Season 2" or "Heartstopper Forever". */
export function ScreenLink({ screen, short = false }: { screen: number; short?: boolean }) {
  return (
    <Link to={paths.season.href(screenSlug(screen))}>
      {short ? screenShort(screen) : screenTitle(screen)}
    </Link>
  );
}

export function VolumeLink({ volume }: { volume: number }) {
  return <Link to={paths.volume.href(volume)}>Volume {volume}</Link>;
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
