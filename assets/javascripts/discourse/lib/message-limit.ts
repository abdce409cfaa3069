/** Characters left before a message reaches `max`; negative when over. */
export function charactersLeft(message: string, max: number): number {
  return max - [...message].length;
}
