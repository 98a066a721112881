/**
 * "Where to go next in the other medium": one line for the reader's own level, derived from the
 * story's rules (src/data/next-medium.ts). Every step is in the page; the stylesheet shows the
 * one that matches what the reader has reached, before the app starts, so nothing moves. A
 * reader who chose everything, or nothing yet, sees none.
 */
import type { ShownStep } from '../data/next-medium';
import { screenTitle, volumeTitle } from '../data/story';
import { ScreenLinks, VolumeLink } from './screen-link';

function Volumes({ volumes }: { volumes: readonly number[] }) {
  return (
    <>
      {volumes.map((v, i) => (
        <span key={v}>
          {i > 0 && (i === volumes.length - 1 ? ' and ' : ', ')}
          <VolumeLink volume={v} />
        </span>
      ))}
    </>
  );
}

function Step({ step }: { step: ShownStep }) {
  return step.kind === 'read' ? (
    <>
      You've watched {screenTitle(step.screen)}. It adapts <Volumes volumes={step.adapts} />, so
      read on from <VolumeLink volume={step.volume} />.
    </>
  ) : (
    <>
      You've read {volumeTitle(step.volume)}. <ScreenLinks screens={step.screens} />{' '}
      {step.screens.length > 1 ? 'cover' : 'covers'} it.
    </>
  );
}

export function NextInOtherMedium({ steps }: { steps: readonly ShownStep[] }) {
  if (steps.length === 0) return null;
  return (
    <div className="next-medium">
      {steps.map((step) => (
        <p key={step.id} className="next-medium__step" data-next={step.id}>
          <Step step={step} />
        </p>
      ))}
    </div>
  );
}
