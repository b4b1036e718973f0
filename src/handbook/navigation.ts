/** Chapter order and the neighbours of a chapter, for the sidebar and previous/next links. */

export interface ChapterLink {
  url: string;
  title: string;
}

interface ChapterLike {
  url: string;
  data: { title: string; order: number };
}

export function sortChapters<T extends ChapterLike>(chapters: readonly T[]): T[] {
  return [...chapters].sort((a, b) => a.data.order - b.data.order || a.url.localeCompare(b.url));
}

export function neighbours(chapters: readonly ChapterLike[], url: string): { prev?: ChapterLink; next?: ChapterLink } {
  const index = chapters.findIndex((chapter) => chapter.url === url);
  if (index < 0) return {};
  const link = (chapter: ChapterLike | undefined) => (chapter ? { url: chapter.url, title: chapter.data.title } : undefined);
  const prev = link(chapters[index - 1]);
  const next = link(chapters[index + 1]);
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
