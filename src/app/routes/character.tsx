import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LoaderFunctionArgs } from 'react-router-dom';
import { useParams } from 'react-router-dom';
import {
  booksQuery,
  charactersQuery,
  peopleQuery,
  relationshipsQuery,
  sourcesQuery,
} from '../../data/queries';
import { buildCharacterView } from '../../features/characters/character-view';
import { CharacterPage } from '../../features/characters/character-page';
import { notFound } from '../not-found';
import { clip, type MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs): Promise<MetaLoaderData> => {
    const [characters, people, relationships, books] = await Promise.all([
      queryClient.ensureQueryData(charactersQuery),
      queryClient.ensureQueryData(peopleQuery),
      queryClient.ensureQueryData(relationshipsQuery),
      queryClient.ensureQueryData(booksQuery),
      queryClient.ensureQueryData(sourcesQuery),
    ]);
    const view = buildCharacterView(params.slug ?? '', {
      characters,
      people,
      relationships,
      books,
    });
    if (!view) notFound();
    const actors = view.portrayals.map((p) => p.person.name).join(' and ');
    // A summary that gives the story away stays out of link previews.
    const who = view.character.summary.reveal ? '' : ` ${view.character.summary.text}`;
    const tail = ' First appearances, relationships and story, with sources.';
    return {
      meta: {
        title: view.character.name,
        description: clip(
          `${view.character.name}${actors ? `, played by ${actors}` : ''}.${who}${tail}`,
        ),
        type: 'profile',
      },
    };
  };
}

export function Component() {
  const { slug = '' } = useParams();
  const { data: characters } = useSuspenseQuery(charactersQuery);
  const { data: people } = useSuspenseQuery(peopleQuery);
  const { data: relationships } = useSuspenseQuery(relationshipsQuery);
  const { data: books } = useSuspenseQuery(booksQuery);
  const { data: sources } = useSuspenseQuery(sourcesQuery);
  const view = useMemo(
    () => buildCharacterView(slug, { characters, people, relationships, books }),
    [slug, characters, people, relationships, books],
  );
  if (!view) throw new Error(`The loader let through an unknown character, "${slug}".`);
  return <CharacterPage view={view} sources={sources} />;
}
