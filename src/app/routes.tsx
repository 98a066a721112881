/**
 * The route table, shared by the browser router (main.tsx) and the prerenderer
 * (entry-server.tsx). Each page is a lazy module in ./routes exporting `Component` and, where it
 * needs data, `loader(queryClient)`; the table gives every loader the caller's QueryClient.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { LoaderFunction, RouteObject } from 'react-router-dom';
import { paths } from '../config/paths';
import { notFound } from './not-found';
import { RootFallback, RootLayout } from './root-layout';
import { RouteError } from './route-error';

export interface RouteModule {
  Component: ComponentType;
  loader?: (queryClient: QueryClient) => LoaderFunction;
}

function lazyPage(queryClient: QueryClient, load: () => Promise<RouteModule>) {
  return async () => {
    const module = await load();
    return {
      Component: module.Component,
      ...(module.loader ? { loader: module.loader(queryClient) } : {}),
    };
  };
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // URLs are canonical and lowercase: "/Characters" is not found rather than a second address.
  const page = (path: string, load: () => Promise<RouteModule>): RouteObject => ({
    path,
    caseSensitive: true,
    lazy: lazyPage(queryClient, load),
  });
  return [
    {
      id: 'root',
      path: '/',
      Component: RootLayout,
      HydrateFallback: RootFallback,
      children: [
        {
          id: 'page',
          ErrorBoundary: RouteError,
          children: [
            { index: true, lazy: lazyPage(queryClient, () => import('./routes/home')) },
            page(paths.cast.pattern, () => import('./routes/cast')),
            page(paths.person.pattern, () => import('./routes/person')),
            page(paths.characters.pattern, () => import('./routes/characters')),
            page(paths.character.pattern, () => import('./routes/character')),
            page(paths.volumes.pattern, () => import('./routes/volumes')),
            page(paths.volume.pattern, () => import('./routes/volume')),
            page(paths.seasons.pattern, () => import('./routes/seasons')),
            page(paths.season.pattern, () => import('./routes/season')),
            page(paths.episode.pattern, () => import('./routes/episode')),
            page(paths.places.pattern, () => import('./routes/places')),
            page(paths.place.pattern, () => import('./routes/place')),
            page(paths.awards.pattern, () => import('./routes/awards')),
            page(paths.release.pattern, () => import('./routes/release')),
            page(paths.search.pattern, () => import('./routes/search')),
            page(paths.searchIndex.pattern, () => import('./routes/search-a-z')),
            page(paths.changes.pattern, () => import('./routes/changes')),
            page(paths.contribute.pattern, () => import('./routes/contribute')),
            page(paths.contributeFile.pattern, () => import('./routes/contribute-file')),
            { path: '*', loader: notFound, Component: () => null },
          ],
        },
      ],
    },
  ];
}
