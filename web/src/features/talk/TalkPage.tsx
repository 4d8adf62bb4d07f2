/** Placeholder: being built. */
export function TalkPage() {
  return null;
}
