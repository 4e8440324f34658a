/** Markdown files imported as text: esbuild's `text` loader (scripts/build.mjs) embeds them in the bundles. */
declare module '*.md' {
  const text: string;
  export default text;
}
