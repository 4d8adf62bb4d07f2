/** Two soft circles leaning into each other around a small flame. Decorative only. */
export function WelcomeArt({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 320 280" aria-hidden="true" focusable="false">
      <circle className="art-glow" cx="160" cy="140" r="128" />
      <circle className="art-one" cx="124" cy="132" r="74" />
      <circle className="art-two" cx="196" cy="132" r="74" />
      <path
        className="art-flame"
        d="M160 102c4.5 12.5 21 22 21 41a21 21 0 0 1-42 0c0-9.5 5-16 10-20.5.7 6.5 3.6 11 8 12.5-2-12.5.3-23.5 3-33Z"
      />
      <path className="art-stone" d="M132 196h56" />
    </svg>
  );
}
