// The panels a link may name (panels=el,narration,…), with their components and names.
import type { ComponentType } from 'react';
import type { Messages } from '../i18n';
import type { PanelId } from '../link/format';
import { AddressSpacesPanel } from '../panels/AddressSpaces';
import { BitsPanel } from '../panels/Bits';
import { ExceptionLevelsPanel } from '../panels/ExceptionLevels';
import { NarrationPanel } from '../panels/Narration';
import { RedirectionPanel } from '../panels/Redirection';
import { RegisterFilePanel } from '../panels/RegisterFile';
import { RoutingPanel } from '../panels/Routing';

export const PANELS: Record<PanelId, { Component: ComponentType; name: keyof Messages['ui']['panels'] }> = {
  el: { Component: ExceptionLevelsPanel, name: 'levels' },
  narration: { Component: NarrationPanel, name: 'narration' },
  bits: { Component: BitsPanel, name: 'bits' },
  routing: { Component: RoutingPanel, name: 'routing' },
  redirect: { Component: RedirectionPanel, name: 'redirection' },
  address: { Component: AddressSpacesPanel, name: 'spaces' },
  registers: { Component: RegisterFilePanel, name: 'registers' },
};
