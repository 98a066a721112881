import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useParams, type LoaderFunctionArgs } from 'react-router-dom';
import {
  booksQuery,
  charactersQuery,
  eventsQuery,
  peopleQuery,
  screensQuery,
  sourcesQuery,
} from '../../data/queries';
import { SeasonPage } from '../../features/seasons/season-page';
import { buildSeasonView, type SeasonData } from '../../features/seasons/season-view';
import { formatDate } from '../../lib/dates';
import { notFound } from '../not-found';
import type { MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs): Promise<MetaLoaderData> => {
    const [screens, events, books, people, characters] = await Promise.all([
      queryClient.ensureQueryData(screensQuery),
      queryClient.ensureQueryData(eventsQuery),
      queryClient.ensureQueryData(booksQuery),
      queryClient.ensureQueryData(peopleQuery),
      queryClient.ensureQueryData(charactersQuery),
      queryClient.ensureQueryData(sourcesQuery),
    ]);
    const view = buildSeasonView(params.slug ?? '', { screens, events, books, people, characters });
    if (!view) notFound();
    const when = view.release
      ? view.release.expected
        ? `due ${formatDate(view.release.date)}, date not announced`
        : `released ${formatDate(view.release.date)}`
      : 'release not announced';
    return {
      meta: {
        title: view.screen.title,
        description: `Heartstopper ${view.screen.kind === 'film' ? 'film' : view.screen.title.toLowerCase()}, ${when}: episodes, the books it adapts, cast and timeline, with sources.`,
        type: 'article',
      },
    };
  };
}

export function Component() {
  const { slug = '' } = useParams();
  const data: SeasonData = {
    screens: useSuspenseQuery(screensQuery).data,
    events: useSuspenseQuery(eventsQuery).data,
    books: useSuspenseQuery(booksQuery).data,
    people: useSuspenseQuery(peopleQuery).data,
    characters: useSuspenseQuery(charactersQuery).data,
  };
  const { data: sources } = useSuspenseQuery(sourcesQuery);
  const { screens, events, books, people, characters } = data;
  const view = useMemo(
    () => buildSeasonView(slug, { screens, events, books, people, characters }),
    [slug, screens, events, books, people, characters],
  );
  if (!view) throw new Error(`The loader let through an unknown season, "${slug}".`);
  return <SeasonPage view={view} sources={sources} />;
}
