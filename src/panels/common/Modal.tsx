// The one modal: a native <dialog> shown with showModal() (focus trapped, Escape closes,
// the page behind inert), focus restored to the control that opened it. No <header>
// inside: a banner landmark belongs to the page, not to a dialog.
import { type DialogHTMLAttributes, type ReactNode, type RefObject, useEffect, useRef } from 'react';
import './modal.css';

export interface ModalProps extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'open' | 'onClose'> {
  open: boolean;
  /** The dialog closed (Escape, a close button, or `open` turned false). */
  onClose(): void;
  /** Focus returns here when the dialog closes (browsers differ in doing it themselves). */
  opener: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function Modal({ open, onClose, opener, children, className, ...rest }: ModalProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      {...rest}
      className={className ? `modal ${className}` : 'modal'}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
    >
      {children}
    </dialog>
  );
}
