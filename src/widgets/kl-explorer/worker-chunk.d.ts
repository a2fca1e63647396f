// A worker built as a chunk of the site's bundle (vite.config.ts, workerChunks): its URL.
declare module '*?worker-chunk' {
  const url: string;
  export default url;
}
