/** `text` cut to at most `max` characters for a notification, an ellipsis marking the cut. */
export function preview(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
