// A fieldset of named single-bit checkboxes, e.g. HCR_EL2.TGE.
import { useId } from 'react';

export interface BitGroupProps<K extends string> {
  legend: string;
  /** Each bit's key in the state and its architectural name, used as the accessible name. */
  bits: readonly { key: K; label: string; hint?: string }[];
  values: Record<K, boolean>;
  onToggle: (key: K, value: boolean) => void;
}

export function BitGroup<K extends string>({ legend, bits, values, onToggle }: BitGroupProps<K>) {
  const id = useId();
  return (
    <fieldset className="bits">
      <legend>{legend}</legend>
      {bits.map(({ key, label, hint }) => (
        <label key={key} className="bit" htmlFor={`${id}-${key}`} title={hint}>
          <input
            id={`${id}-${key}`}
            type="checkbox"
            checked={values[key]}
            onChange={(e) => onToggle(key, e.currentTarget.checked)}
          />
          <code>{label}</code>
        </label>
      ))}
    </fieldset>
  );
}
