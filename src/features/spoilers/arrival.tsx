/**
 * "How far have you got?": asked in the page itself, near the top, until the reader chooses
 * (docs/decisions/040). One tap each: everything; nothing yet; the books up to a volume and/or
 * the show up to a season or the film (the question then stays for the other, until Done). A
 * finer choice (an episode) is in the settings.
 *
 * Plain markup: the early script shows it (html[data-ask]) before the first paint, so it never
 * pushes the page about, and answers its buttons (`data-level`) before the app's code arrives
 * and after. Without scripts it stays hidden (`hidden`, which the stylesheet lifts): nothing
 * tagged is shown, and each spoiler still opens on its own.
 */
import { SCREENS, VOLUME_NUMBERS, volumeTitle } from '../../data/story';

const choice = (level: string, label: string, name?: string) => (
  <button key={level} type="button" className="arrival__chip" data-level={level} aria-label={name}>
    {label}
  </button>
);

export function ArrivalQuestion() {
  return (
    <section className="arrival" aria-labelledby="arrival-title" hidden>
      <h2 id="arrival-title">How far have you got?</h2>
      <p>Spoilers stay hidden until you say. Your answer stays in this browser.</p>
      <p>
        {choice('all', 'Show me everything')}
        {choice('none', 'Nothing yet')}
      </p>
      <p role="group" aria-label="Read the books up to">
        <span aria-hidden="true">Read up to</span>
        {VOLUME_NUMBERS.map((n) => choice(`v${n}`, String(n), volumeTitle(n)))}
      </p>
      <p role="group" aria-label="Watched the show up to">
        <span aria-hidden="true">Watched up to</span>
        {SCREENS.map((s) => choice(`s${s.number}`, s.kind === 'film' ? 'The film' : s.short))}
      </p>
      <p className="arrival__done">{choice('done', 'Done')}</p>
    </section>
  );
}
