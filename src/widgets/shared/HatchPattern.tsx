/**
 * The diagonal hatch that marks the model Q's bars (so Q differs from P by more than colour):
 * put it in an SVG's `<defs>` and fill with `url(#id)`. Its stroke comes from `.bar-hatch line`.
 */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern
      id={id}
      className="bar-hatch"
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <line x1="0" y1="0" x2="0" y2="6" />
    </pattern>
  );
}
