import { useId, type ReactNode } from 'react';

interface SwitchProps {
  label: ReactNode;
  checked: boolean;
  /** While the choice is being saved: further changes wait. */
  busy?: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string;
}

/** An on/off choice that is saved at once: a checkbox shown as a switch, its label beside it. */
export function Switch({ label, checked, busy = false, onChange, describedBy }: SwitchProps) {
  const id = useId();
  return (
    <label className="switch" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-busy={busy || undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          if (!busy) onChange(event.target.checked);
        }}
      />
      <span className="switch-track" aria-hidden="true" />
      <span className="switch-label">{label}</span>
    </label>
  );
}
