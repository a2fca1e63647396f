import { island } from '../islands/island';
import { Playground } from './Playground';

const PlaygroundIsland = island('Playground', Playground);

/** /playground/: every widget to explore freely, or to set up for a class and share. */
export function PlaygroundPage() {
  return (
    <>
      <section className="hero">
        <h1>Playground</h1>
        <p>
          Every widget of the lessons with all its controls. Show one, or several side by side, set
          them up, and share the page’s link: it holds what you set. Each widget’s own Copy link and
          Embed buttons give it alone, in the same state, for another page.
        </p>
      </section>
      <PlaygroundIsland search="" />
    </>
  );
}
