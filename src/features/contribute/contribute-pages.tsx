import { Link } from 'react-router-dom';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { Citations, SourceList } from '../../components/citations';
import { PageHead } from '../../components/page-head';
import { paths } from '../../config/paths';
import type { Source } from '../../data/types';
import { type FileView, type GuideView } from './contribute-view.build';
import { Guide } from './guide';

/** /contribute/: the contributor guide, and a content file of each kind to start from. */
export function GuidePage({ view }: { view: GuideView }) {
  return (
    <article className="page prose">
      <h1>How to contribute</h1>
      <p className="lede">
        Found something wrong, or something missing? Every page of this wiki is built from small
        content files, one per character, person, episode and so on. Here is how to fix or add a
        fact, and what the checks say when something is off.
        {view.guideHref && (
          <>
            {' '}
            The same guide is in the repository as <a href={view.guideHref}>CONTRIBUTING.md</a>.
          </>
        )}
      </p>
      {view.examples.length > 0 && (
        <section aria-labelledby="start">
          <h2 id="start">Start from a page</h2>
          <p>
            Every page that is built from one file has “Suggest an edit” and “Report a mistake” at
            its foot. For example, the content file of a:
          </p>
          <ul className="inline-list">
            {view.examples.map((e) => (
              <li key={e.kind}>
                <Link to={e.href}>{e.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Guide blocks={view.blocks} />
    </article>
  );
}

/** /contribute/<kind>/<id>/: one content file, what it holds, and how to change it. */
export function FilePage({ view, sources }: { view: FileView; sources: readonly Source[] }) {
  const { edit } = view;
  return (
    <Citations sources={sources}>
      <article className="page">
        <Breadcrumbs
          trail={[{ label: 'How to contribute', href: paths.contribute.href() }]}
          current={view.name}
        />
        <PageHead title={`Edit ${view.name}`} />
        <p className="lede">
          What the wiki says about the {view.noun}{' '}
          <Link to={view.page.href}>{view.page.title}</Link> comes from one content file:{' '}
          <code>{edit.file}</code>. Change that file, and the page follows at the next build.
        </p>
        {view.onHost && (
          <p>
            <a href={edit.editHref}>Open the file in the repository’s editor</a> or{' '}
            <a href={edit.reportHref}>report a mistake</a> there.
          </p>
        )}

        <section aria-labelledby="steps">
          <h2 id="steps">How to change it</h2>
          <ol>
            <li>
              Find a source that says what should be there, and read it: a major outlet, Netflix or
              a publisher if you can.
            </li>
            <li>
              Edit <code>{edit.file}</code> in the wiki’s repository, writing the fact in your own
              words with the id of its source in <code>sources</code>. A new source gets its own
              file in <code>src/content/sources/</code>.
            </li>
            <li>
              If it gives part of the story away, tag it with <code>reveal</code>: the volume and
              the season (and episode) that first show it.
            </li>
            <li>
              Add a line to the file’s <code>changes</code> saying what you did, then run{' '}
              <code>npm run check:data</code>; it names any problem by file, path and value.
            </li>
            <li>
              Open a pull request. See the <Link to={paths.contribute.href()}>full guide</Link> for
              the content rules and how changes are reviewed.
            </li>
          </ol>
        </section>

        <section aria-labelledby="report">
          <h2 id="report">Report a mistake</h2>
          <p>
            No time to edit? Open an issue on the repository that hosts this wiki, and give it
            these, with a source that says what is right:
          </p>
          <dl className="facts">
            <dt>Page</dt>
            <dd>
              <Link to={view.page.href}>{view.page.title}</Link>
            </dd>
            <dt>Entity</dt>
            <dd>
              <code>
                {edit.kind}/{edit.id}
              </code>
            </dd>
            <dt>File</dt>
            <dd>
              <code>{edit.file}</code>
            </dd>
          </dl>
        </section>

        {view.editorsNotes && (
          <section aria-labelledby="editors-notes">
            <h2 id="editors-notes">Editors’ notes</h2>
            <ul>
              {view.editorsNotes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </section>
        )}

        <section aria-labelledby="holds">
          <h2 id="holds">What the file holds now</h2>
          {/* The file holds every fact, spoilers included: it opens only when asked. */}
          <details className="file-gate">
            <summary>Show the whole file (it shows everything, spoilers included)</summary>
            {/* A long line scrolls inside the block: focusable, so a keyboard can scroll it too. */}
            <pre
              className="code-block"
              // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a labelled region
              tabIndex={0}
              role="region"
              aria-label={`The content of ${edit.file}`}
            >
              <code>{view.json}</code>
            </pre>
          </details>
        </section>
        {/* Here, and only here, each source shows its editors' remarks (stored copies, dates). */}
        <SourceList notes />
      </article>
    </Citations>
  );
}
