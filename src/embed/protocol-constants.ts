/** The envelope's fixed fields, apart from the schemas so the host script ships without zod. */
export const SOURCE = 'entropic';
export const VERSION = 1;
