import { pathOf } from './routes';

/** Shown for any address the site does not have (served as 404.html). */
export function NotFoundPage() {
  return (
    <section className="not-found">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. It may have moved, or the link may have a typo.{' '}
        <a href={pathOf({ name: 'home' }, import.meta.env.BASE_URL)}>See all lessons</a>.
      </p>
    </section>
  );
}
