/** The books-to-screen map, static on a prerendered page until the reader points at it or tabs in. */
import { deferHydration } from '../../components/deferred';

export const AdaptationMap = deferHydration(() => import('./adaptation-map-figure'));
