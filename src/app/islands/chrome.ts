// The islands of the page chrome, which every page but the widget embeds hydrates at load:
// behind one import, so they arrive in one chunk (with their stores, see vite.config.ts).
export { ThemeToggle } from '../ThemeToggle';
export { LessonProgress, LessonProgressCount } from '../../quiz/LessonProgress';
export { ProgressTools } from '../../quiz/ProgressTools';
export { ConnectionNotes } from '../offline/ConnectionNotes';
export { ContinueReading } from '../ContinueReading';
