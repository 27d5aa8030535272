/** Progress lines for an operator watching a long run; throttled so a million rows print a few dozen lines. */
export type Progress = (line: string) => void;

export function throttled(progress: Progress, everyMs = 2000): (line: () => string) => void {
  let last = 0;
  return (line) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    progress(line());
  };
}
