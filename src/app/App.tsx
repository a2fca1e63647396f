import { FormulasPage } from './FormulasPage';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import type { Page } from './load-page';
import { NotFoundPage } from './NotFoundPage';
import { PlaygroundPage } from './playground/PlaygroundPage';
import { LessonPage } from '../lesson/LessonPage';

/** The whole page for a loaded route; embeds leave out the site chrome. */
export function App({ page }: { page: Page }) {
  switch (page.name) {
    case 'home':
      return (
        <Layout>
          <HomePage />
        </Layout>
      );
    case 'lesson':
      return page.lesson.embed ? (
        <main id="main" className="embed">
          <LessonPage lesson={page.lesson} />
        </main>
      ) : (
        <Layout>
          <LessonPage lesson={page.lesson} />
        </Layout>
      );
    case 'widget-embed':
      return (
        <main id="main" className="embed">
          <h1 className="visually-hidden">{page.widget.title}</h1>
          <page.EmbedPage search={page.search} />
        </main>
      );
    case 'formulas':
      return (
        <Layout>
          <FormulasPage />
        </Layout>
      );
    case 'playground':
      return (
        <Layout>
          <PlaygroundPage />
        </Layout>
      );
    case 'not-found':
      return (
        <Layout>
          <NotFoundPage />
        </Layout>
      );
  }
}
