/** Placeholder: being built. */
export function BreakBanner() {
  return null;
}
