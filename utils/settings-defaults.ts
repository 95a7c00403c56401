/**
 * The settings' shape and defaults, apart from the storage code in settings.ts, so code that runs outside the
 * extension (the benchmark page) can use the very same defaults.
 */

export type HighlightStyle = 'underline' | 'background' | 'off';
export type ColorMode = 'topic' | 'single';
export type Density = 'first' | 'every';
export type Trigger = 'hover' | 'modifier' | 'click';
export type ModifierKey = 'Alt' | 'Shift' | 'Control' | 'Meta';
export type SiteMode = 'all-except' | 'only-listed';

export interface Settings {
  /** Global pause switch: false pauses MagLens everywhere. */
  enabled: boolean;
  /** Topic ids the user turned off. All topics are on by default. */
  disabledTopics: string[];
  style: HighlightStyle;
  colorMode: ColorMode;
  /** Used when colorMode is "single", as #rrggbb. */
  singleColor: string;
  density: Density;
  /** Dwell before a card opens, in ms. */
  hoverDelayMs: number;
  trigger: Trigger;
  modifierKey: ModifierKey;
  /** A tap on a marked term opens its card on touch and pen. */
  touchTap: boolean;
  /** Keyboard focus on a link in a marked term opens its card after the hover delay. */
  focusOpensCard: boolean;
  /** "all-except": on everywhere but `sites`; "only-listed": on only on `sites`. */
  siteMode: SiteMode;
  /** Host patterns such as "example.com" or "*.example.com". */
  sites: string[];
}

export const SETTINGS_VERSION = 2;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledTopics: [],
  style: 'underline',
  colorMode: 'topic',
  singleColor: '#2f7d6d',
  density: 'first',
  hoverDelayMs: 350,
  trigger: 'hover',
  modifierKey: 'Alt',
  touchTap: true,
  focusOpensCard: true,
  siteMode: 'all-except',
  sites: [],
});

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;
