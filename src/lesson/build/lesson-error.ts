import path from 'node:path';

/** Where in a lesson file a problem sits (1-based, as editors count). */
export interface SourcePlace {
  line: number;
  column?: number;
}

/**
 * A problem in a lesson that must stop the build. The message starts with
 * `file:line:column` so editors and terminals turn it into a link.
 */
export class LessonError extends Error {
  override name = 'LessonError';
  constructor(
    readonly file: string,
    readonly place: SourcePlace,
    readonly reason: string,
  ) {
    const where = `${path.relative(process.cwd(), file)}:${place.line}:${place.column ?? 1}`;
    super(`${where}: ${reason}`);
  }
}
