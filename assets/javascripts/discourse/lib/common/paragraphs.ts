/** Plain text as the paragraphs its author typed, for rendering without HTML. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
