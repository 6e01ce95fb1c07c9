/** Names shared by the manifest, the background and the panel (which shows the shortcuts). */
export const ANNOTATE_MENU_ID = 'claimlens-annotate-selection';
export const ANNOTATE_COMMAND = 'annotate-selection';
export const OPEN_PANEL_COMMAND = 'open-panel';
export const DEFAULT_SHORTCUTS = { [ANNOTATE_COMMAND]: 'Alt+Shift+A', [OPEN_PANEL_COMMAND]: 'Alt+Shift+L' } as const;
