/**
 * Content notes near the top of an episode, season or volume page: the themes a reader may want
 * warning of (never plot events, so never behind the spoiler shield), each cited, and beside
 * them "If this affects you": support services for those themes, by country, A to Z. All
 * prerendered: nothing here needs the app.
 */
import type { SupportCountry } from '../data/content-notes';
import type { ContentNote } from '../data/types';
import { THEME_LABEL } from '../data/themes';
import { Cite } from './citations';

const telHref = (phone: string) => {
  // "1800 ED HOPE (1800 33 4673)": the digits in brackets are the number to dial.
  const dial = /\(([\d\s+]+)\)/.exec(phone)?.[1] ?? phone;
  const digits = dial.replace(/[^\d+]/g, '');
  return digits.length >= 3 ? `tel:${digits}` : undefined;
};

function Service({ service: s }: { service: SupportCountry['services'][number] }) {
  const tel = s.phone ? telHref(s.phone) : undefined;
  return (
    <li>
      <a href={s.url} rel="noopener noreferrer" target="_blank">
        {s.name}
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
      : {s.about}
      {s.phone && <> Phone {tel ? <a href={tel}>{s.phone}</a> : s.phone}.</>}
      {s.textLine && <> {s.textLine}.</>}
      {s.hours && <> {s.hours}.</>}
      <Cite ids={s.sources} />
    </li>
  );
}

export default function ContentNotes({
  notes,
  support,
}: {
  notes: readonly ContentNote[] | undefined;
  support: readonly SupportCountry[] | undefined;
}) {
  const countries = support ?? [];
  if (!notes || notes.length === 0) return null;
  return (
    <section className="content-notes" aria-labelledby="content-notes-title">
      <h2 id="content-notes-title" className="content-notes__title">
        Content notes
      </h2>
      <ul className="content-notes__themes">
        {notes.map((n) => (
          <li key={n.theme + (n.note ?? '')}>
            {THEME_LABEL[n.theme]}
            {n.note && ` (${n.note})`}
            <Cite ids={n.sources} />
          </li>
        ))}
      </ul>
      {countries.length > 0 && (
        <details className="support">
          <summary>If this affects you</summary>
          <p>Free, confidential help for these themes, by country:</p>
          {countries.map((c) => (
            <div key={c.country} className="support__country">
              <h3>{c.countryName}</h3>
              <ul>
                {c.services.map((s) => (
                  <Service key={s.id} service={s} />
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
