import { render } from 'preact';

function App() {
  return <main>MagLens</main>;
}

render(<App />, document.getElementById('app')!);
