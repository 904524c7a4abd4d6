// Embed mode (?embed=1&panels=…): a chrome-less view for slides. Set once from the address.
import { create } from 'zustand';
import type { PanelId } from '../link/format';
import { DEFAULT_PANELS } from '../store/url';

export interface EmbedState {
  embed: boolean;
  /** The panels the embedded view shows, in the link's order. */
  panels: PanelId[];
}

export const useEmbed = create<EmbedState>(() => ({ embed: false, panels: [...DEFAULT_PANELS] }));
