import dataset from 'virtual:maglens/reader-data';
import { render } from 'preact';
import '@/components/ui/app.css';
import { PopupApp } from './PopupApp';

render(<PopupApp data={dataset} />, document.getElementById('app')!);
