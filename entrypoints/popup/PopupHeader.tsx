import type { ComponentChildren } from 'preact';
import { Switch } from '@/components/ui/Switch';
import type { Settings } from '@/utils/settings';
import { HeaderSearch } from './HeaderSearch';

interface Props {
  /** Extra links beside "Settings", such as "Open in a tab". */
  links?: ComponentChildren;
  settings: Settings | null;
  /** The current page's host, or null when the page has no site switch. */
  host: string | null;
  siteOn: boolean;
  notice: string | null;
  error: string | null;
  onSite: (on: boolean) => void;
  onPause: (paused: boolean) => void;
  onOptions: () => void;
  onDismissNotice: () => void;
  /** Starts a search with what was typed; null where the view below has its own search field. */
  search: ((query: string) => void) | null;
}

/** MagLens' name, the switches for this site and for everything, and the way to the settings. */
export function PopupHeader(props: Props) {
  const { settings, host, siteOn, notice, error } = props;
  const paused = settings ? !settings.enabled : false;
  return (
    <header class="ml-header">
      <div class="ml-header-row">
        <p class="ml-brand">MagLens</p>
        <div class="ml-header-links">
          {props.links}
          <button type="button" class="ml-link-button" onClick={props.onOptions}>
            Settings
          </button>
        </div>
      </div>
      {props.search && <HeaderSearch onSearch={props.search} />}
      {settings && (
        <div class="ml-header-row ml-switches">
          {host && (
            <Switch
              checked={siteOn}
              disabled={paused}
              label={`On for ${host.replace(/^www\./, '')}`}
              onChange={props.onSite}
            />
          )}
          <Switch checked={paused} label="Pause everywhere" onChange={props.onPause} />
        </div>
      )}
      {notice && (
        <div class="ml-notice" role="status">
          <span>{notice}</span>
          <button type="button" class="ml-link-button" onClick={props.onDismissNotice}>
            Dismiss
          </button>
        </div>
      )}
      {error && (
        <p class="ml-error" role="alert">
          {error}
        </p>
      )}
    </header>
  );
}
