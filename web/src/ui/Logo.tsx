/** The Hearth mark: a small flame over a hearthstone. Decorative; the name is written beside it. */
export function Logo({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" className="logo-tile" />
      <path
        className="logo-flame"
        d="M16 6c1.2 3.4 5.8 6 5.8 11.2A5.8 5.8 0 0 1 10.2 17.2c0-2.6 1.4-4.4 2.8-5.6.2 1.8 1 3 2.2 3.4C14.6 11.6 15.2 8.6 16 6Z"
      />
      <path className="logo-stone" d="M9 25h14" />
    </svg>
  );
}
