/** Placeholder: being built. */
export function AftermathPage() {
  return null;
}
