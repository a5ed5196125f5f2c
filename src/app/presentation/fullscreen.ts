/** Full screen needs a user gesture; where it is refused (a link opened directly), the view still works. */
export function enterFullscreen(): void {
  if (document.fullscreenElement) return;
  document.documentElement.requestFullscreen?.().catch(() => {
    // Refused without a gesture or by policy: presenting still hides the chrome and enlarges type.
  });
}

export function leaveFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
}
