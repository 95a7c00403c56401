import dataset from 'virtual:maglens/reader-data';
import { render } from 'preact';
import '@/components/ui/app.css';
import { ReaderPageApp } from '@/components/reader/ReaderPageApp';

render(<ReaderPageApp data={dataset} />, document.getElementById('app')!);
