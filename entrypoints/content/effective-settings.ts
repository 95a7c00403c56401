import type { Settings } from '@/utils/settings';
import { isSiteEnabled } from '@/utils/site-rules';
import type { EffectiveSettings } from './contracts';

/** The stored settings as they apply to a page on `hostname`: whether MagLens is on here is decided
 * once, here, and travels with them. */
export function effectiveSettings(settings: Settings, hostname: string): EffectiveSettings {
  return { ...settings, siteOn: isSiteEnabled(settings, hostname) };
}
