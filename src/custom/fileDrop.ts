// Taking a file in, the same way in the Open dialog and its trace tab: dropped on an area
// (a dropped file, else dropped text) or chosen with a file input.
import { type ChangeEvent, type DragEvent, useState } from 'react';

/**
 * Makes an element a drop target. Spread `dropTarget` on it; `dragging` is true while
 * something is dragged over it. `inner`: the target sits inside another one (the trace tab
 * inside the dialog), so its drag events stop here and the outer target never sees them.
 */
export function useFileDrop(onFile: (file: File) => void, onText: (text: string) => void, inner = false) {
  const [dragging, setDragging] = useState(false);
  const take = (e: DragEvent) => {
    e.preventDefault();
    if (inner) e.stopPropagation();
  };
  const dropTarget = {
    onDragOver: (e: DragEvent) => {
      take(e);
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (e.currentTarget === e.target) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      take(e);
      setDragging(false);
      const file = e.dataTransfer.files[0];
      if (file) onFile(file);
      else {
        const dropped = e.dataTransfer.getData('text/plain');
        if (dropped) onText(dropped);
      }
    },
  };
  return { dragging, dropTarget };
}

/** A file input's onChange: hands the chosen file on, then clears the input so the same file can be chosen again. */
export const onFileChosen = (onFile: (file: File) => void) => (e: ChangeEvent<HTMLInputElement>) => {
  const file = e.target.files?.[0];
  if (file) onFile(file);
  e.target.value = '';
};
