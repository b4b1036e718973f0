// markdown-it-container ships no types, and @types/markdown-it-container pins the old markdown-it types.
declare module "markdown-it-container" {
  import type { MarkdownIt, Token } from "markdown-it";
  interface ContainerOptions {
    validate?(params: string): boolean;
    /** A renderer rule: `env` is what the caller passed to `md.render` (Eleventy: the page's data). */
    render?(tokens: Token[], index: number, options: unknown, env: unknown): string;
    marker?: string;
  }
  const container: (md: MarkdownIt, name: string, options?: ContainerOptions) => void;
  export default container;
}
