/**
 * A character at a glance: who plays them, where they first appear, their family and partners,
 * and the seasons and volumes they are in. Ties that give the story away stay behind spoilers.
 */
import { Link } from 'react-router-dom';
import { InfoRow, Infobox } from '../../components/entity-aids';
import { Cite } from '../../components/citations';
import { Gated } from '../../components/gated';
import { EpisodeLink, ScreenLink, ScreenLinks, VolumeLink } from '../../components/screen-link';
import { paths } from '../../config/paths';
import { TIER_LABEL, watchLabel } from '../../data/story';
import type { CharacterView, RelationshipView } from './character-view.build';
import { infoboxScreens, infoboxVolumes } from './character-sections';

export function CharacterInfobox({ view }: { view: CharacterView }) {
  const { character, portrayals, screenDebut } = view;
  const several = portrayals.length > 1;
  const family = view.relationships.filter((r) => r.group === 'family');
  const partners = view.relationships.filter((r) => r.group === 'romance');
  const screens = infoboxScreens(view);
  const volumes = infoboxVolumes(view);
  return (
    <Infobox title={character.name}>
      {portrayals.map(({ person, credits }) => {
        const note = credits.find((c) => c.note)?.note;
        return (
          <InfoRow key={person.slug} label="Played by">
            <Link to={paths.person.href(person.slug)}>{person.name}</Link>
            {note && ` (${note})`}
            {several && (
              <>
                {' in '}
                <ScreenLinks screens={credits.map((c) => c.screen)} />
              </>
            )}
            {credits[0]?.tier && <span className="tag">{TIER_LABEL[credits[0].tier]}</span>}
            <Cite ids={credits.flatMap((c) => c.sources)} />
          </InfoRow>
        );
      })}
      {character.bookDebut && (
        <InfoRow label="First in the books">
          <VolumeLink volume={character.bookDebut.volume} />
          <Cite ids={character.bookDebut.sources} />
        </InfoRow>
      )}
      {character.bookDebut?.earlier && (
        <InfoRow label="Earlier in print">{character.bookDebut.earlier}</InfoRow>
      )}
      {screenDebut && (
        <InfoRow label="First on screen">
          {screenDebut.episode !== undefined ? (
            <EpisodeLink season={screenDebut.screen} number={screenDebut.episode}>
              {watchLabel(screenDebut.screen, screenDebut.episode)}
            </EpisodeLink>
          ) : (
            <ScreenLink screen={screenDebut.screen} />
          )}
          <Cite ids={screenDebut.sources} />
        </InfoRow>
      )}
      {character.bookOnly && <InfoRow label="On screen">Not on screen: the books only</InfoRow>}
      {family.length > 0 && (
        <InfoRow label="Family">
          <Ties ties={family} />
        </InfoRow>
      )}
      {partners.length > 0 && (
        <InfoRow label={partners.length > 1 ? 'Partners' : 'Partner'}>
          <Ties ties={partners} />
        </InfoRow>
      )}
      {screens.length > 0 && (
        <InfoRow label="Seasons">
          <ScreenLinks screens={screens} />
        </InfoRow>
      )}
      {volumes.length > 0 && (
        <InfoRow label="Volumes">
          {volumes.map((v, i) => (
            <span key={v}>
              {i > 0 && ', '}
              <VolumeLink volume={v} />
            </span>
          ))}
        </InfoRow>
      )}
    </Infobox>
  );
}

/** One tie a line: "Tori Spring, older sister", each behind its own spoiler when it has one. */
function Ties({ ties }: { ties: readonly RelationshipView[] }) {
  return (
    <ul className="infobox__list">
      {ties.map((r) => (
        <Gated key={r.other.slug} as="li" reveal={r.reveal}>
          <Link to={paths.character.href(r.other.slug)}>{r.other.name}</Link>, {r.label}
        </Gated>
      ))}
    </ul>
  );
}
