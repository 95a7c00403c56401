import { render } from 'preact';

function App() {
  return <main>MagLens reader</main>;
}

render(<App />, document.getElementById('app')!);
