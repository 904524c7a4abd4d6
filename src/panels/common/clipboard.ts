// Copy text for the share buttons. The Clipboard API needs a secure context and focus; when
// it refuses (http on a lecture-hall LAN, an iframe without clipboard-write), fall back to
// selecting a read-only field, which also leaves the text ready for Ctrl+C.
export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable: try the selection below.
  }
  if (!field) return false;
  field.focus();
  field.select();
  try {
    // Deprecated but still the only synchronous copy of a selection without the API.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
