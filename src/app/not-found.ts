import { data } from 'react-router-dom';

/** Thrown by a loader when the URL names something the wiki does not have. */
export function notFound(): never {
  throw data(null, { status: 404, statusText: 'Not Found' });
}
