/** Placeholder: being built. */
export function BreakPage() {
  return null;
}
