import katex from 'katex';
import { lessons } from 'virtual:lessons';
import { formulaSheet } from './formula-sheet';

/** Display math for the sheet, typeset when the site is built; bad TeX fails the build. */
function typeset(tex: string): string {
  return katex.renderToString(tex, {
    displayMode: true,
    output: 'htmlAndMathml',
    throwOnError: true,
  });
}

/**
 * The formula sheet: every definition and identity the lessons use, each linking to the section
 * that explains it. Prerendered HTML with no script, laid out to print on two pages.
 */
export function FormulasPage() {
  const base = import.meta.env.BASE_URL;
  return (
    <article className="formula-sheet">
      <h1>Formula sheet</h1>
      <p className="lesson-summary">
        Every definition and identity the lessons use. Each links to the section that explains it;
        “log” is base 2 for bits and natural for nats.
      </p>
      {formulaSheet.map(({ heading, formulas }) => (
        <section key={heading}>
          <h2>{heading}</h2>
          <dl>
            {formulas.map(({ name, tex, note, explained }) => {
              const [slug, section] = explained.split('#');
              const lesson = lessons.find((l) => l.slug === slug);
              if (!lesson) throw new Error(`formula sheet: "${name}" links to no lesson: ${slug}`);
              return (
                <div key={name} className="sheet-entry">
                  <dt>{name}</dt>
                  <dd>
                    <div dangerouslySetInnerHTML={{ __html: typeset(tex) }} />
                    {note ? <p>{note}</p> : null}
                    <p className="sheet-link">
                      <a href={`${base}lessons/${slug}/#${section}`}>
                        Lesson {lesson.order}: {lesson.title}
                      </a>
                    </p>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </article>
  );
}
