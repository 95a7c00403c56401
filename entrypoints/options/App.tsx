import { Toast } from '@/components/ui/Toast';
import { useSettings } from '@/components/ui/use-settings';
import type { Topic } from '@/utils/dataset/types';
import type { SettingsPatch } from '@/utils/settings';
import { addSitePattern } from '@/utils/site-rules';
import { AboutSection } from './AboutSection';
import { Banner } from './Banner';
import { DataSection } from './DataSection';
import { HighlightSection } from './HighlightSection';
import { SitesSection } from './SitesSection';
import { TopicsSection } from './TopicsSection';
import { useDataActions } from './use-data-actions';

interface Props {
  topics: readonly Topic[];
  /** Extension version and what the bundled health notes hold (dataset-summary.ts), for About. */
  version: string;
  datasetSummary: string;
  notesHref: string;
}

const withTopic = (disabled: readonly string[], id: string, on: boolean) =>
  on ? disabled.filter((d) => d !== id) : [...new Set([...disabled, id])];

/** The options page: reads and saves settings (useSettings) and hands plain props to the sections. */
export function App({ topics, version, datasetSummary, notesHref }: Props) {
  const { settings, error, notice, update, dismissError, dismissNotice } = useSettings();
  const data = useDataActions(settings, update);
  const change = (patch: SettingsPatch) => void update(patch);

  const body = settings && (
    <>
      <TopicsSection
        topics={topics}
        disabledTopics={settings.disabledTopics}
        onToggle={(id, on) => change((s) => ({ disabledTopics: withTopic(s.disabledTopics, id, on) }))}
        onAll={(on) => {
          const ids = topics.map((topic) => topic.id);
          change((s) => {
            const others = s.disabledTopics.filter((id) => !ids.includes(id));
            return { disabledTopics: on ? others : [...others, ...ids] };
          });
        }}
      />
      <HighlightSection settings={settings} topics={topics} onChange={change} />
      <SitesSection
        siteMode={settings.siteMode}
        sites={settings.sites}
        onMode={(siteMode) => change({ siteMode })}
        onAdd={async (input) => {
          const check = addSitePattern(settings.sites, input);
          if (!check.ok) return check.reason;
          const add = (s: { sites: string[] }) => {
            const next = addSitePattern(s.sites, input);
            return next.ok ? { sites: next.sites } : {};
          };
          const result = await update(add, { quiet: true });
          return result.ok ? null : result.message;
        }}
        onRemove={(site) => change((s) => ({ sites: s.sites.filter((other) => other !== site) }))}
      />
      <DataSection
        message={data.message}
        notesHref={notesHref}
        onExport={data.onExport}
        onImport={(file) => void data.onImport(file)}
        onReset={() => void data.onReset()}
      />
    </>
  );

  return (
    <main class="ml-page" aria-busy={settings ? undefined : true}>
      <header class="ml-header">
        <h1>MagLens settings</h1>
        <p class="ml-lead">Changes are saved as you make them and apply to open tabs at once.</p>
      </header>
      {notice && <Banner onAction={dismissNotice}>{notice}</Banner>}
      {error && (
        <Banner tone="error" onAction={dismissError}>
          {error}
        </Banner>
      )}
      {settings && !settings.enabled && (
        <Banner actionLabel="Resume" onAction={() => change({ enabled: true })}>
          MagLens is paused on every site. The settings below apply once it resumes.
        </Banner>
      )}
      {body}
      <AboutSection version={version} datasetSummary={datasetSummary} />
      <div class="ml-toast-region" aria-live="polite">
        {data.toast && (
          <Toast
            key={data.toast.text}
            message={data.toast.text}
            actionLabel={data.toast.undo ? 'Undo' : undefined}
            onAction={data.toast.undo}
            onClose={data.closeToast}
          />
        )}
      </div>
    </main>
  );
}
