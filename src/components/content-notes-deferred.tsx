/**
 * Content notes, static on a prerendered page until the reader points at them or tabs in: their
 * links are plain links and "If this affects you" is a native disclosure, so nothing in them
 * needs the app's code on a first visit.
 */
import { deferHydration } from './deferred';

export const ContentNotes = deferHydration(() => import('./content-notes'));
