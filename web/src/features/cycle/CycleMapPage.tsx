/** Placeholder: being built. */
export function CycleMapPage() {
  return null;
}
