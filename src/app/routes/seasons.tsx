import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { booksQuery, eventsQuery, screensQuery } from '../../data/queries';
import { SeasonTable } from '../../features/seasons/season-list';
import type { MetaLoaderData } from '../page-meta';

export function loader(queryClient: QueryClient) {
  return async (): Promise<MetaLoaderData> => {
    await Promise.all([
      queryClient.ensureQueryData(screensQuery),
      queryClient.ensureQueryData(eventsQuery),
      queryClient.ensureQueryData(booksQuery),
    ]);
    return {
      meta: {
        title: 'Seasons and film',
        description:
          'Heartstopper on Netflix: three seasons and the film Heartstopper Forever, with release dates, episodes and the books each adapts.',
      },
    };
  };
}

export function Component() {
  const { data: screens } = useSuspenseQuery(screensQuery);
  const { data: events } = useSuspenseQuery(eventsQuery);
  const { data: books } = useSuspenseQuery(booksQuery);
  return (
    <article className="page">
      <h1>Seasons and film</h1>
      <p className="lede">
        Three seasons on Netflix, then a feature-length film in place of a fourth.
      </p>
      <SeasonTable screens={screens} events={events} books={books} />
    </article>
  );
}
