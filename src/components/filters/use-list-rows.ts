/**
 * A long list's rows: the first page, which the page carries, until the reader needs the rest
 * (a search, a filter, a sort, another page); then the whole list, fetched once and kept.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { DataKey } from '../../data/data-keys';
import type { ListData } from '../../data/page-data';
import { pageQuery } from '../../data/queries';

export function useListRows<R>(start: ListData<R>, allKey: DataKey<ListData<R>>) {
  const [wanted, setWanted] = useState(false);
  const complete = start.rows.length >= start.total;
  const all = useQuery({ ...pageQuery(allKey), enabled: wanted && !complete });
  const wantAll = useCallback(() => setWanted(true), []);
  return {
    rows: complete ? start.rows : (all.data?.rows ?? start.rows),
    total: start.total,
    wantAll,
    failed: all.isError,
  };
}
