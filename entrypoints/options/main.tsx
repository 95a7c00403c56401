import { render } from 'preact';

function App() {
  return <main>MagLens settings</main>;
}

render(<App />, document.getElementById('app')!);
