/**
 * The element id of a question on its lesson page, so a link (the home page's "Continue") can
 * point at it: prefixed, so a question id never collides with a heading's anchor.
 */
export const questionAnchor = (id: string) => `question-${id}`;
