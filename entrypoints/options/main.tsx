import dataset from 'virtual:maglens/reader-data';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import './options.css';
import { App } from './App';
import { datasetSummary } from './dataset-summary';

render(
  <App
    topics={dataset.topics}
    version={browser.runtime.getManifest().version}
    datasetSummary={datasetSummary(dataset)}
    notesHref={browser.runtime.getURL('/reader.html#/notes')}
  />,
  document.getElementById('app')!,
);
