// One labelled file input, a row of the Open dialog's scenario and trace forms.
import { type InputHTMLAttributes, useId } from 'react';

type FileRowProps = { label: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'>;

export function FileRow({ label, ...input }: FileRowProps) {
  const id = useId();
  return (
    <div className="file-row">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" {...input} />
    </div>
  );
}
