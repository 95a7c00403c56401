// Command-line options of tests/e2e/run.mjs.

export const USAGE = `Usage: node tests/e2e/run.mjs [options]
  --only <text>        run only tests whose file or name contains <text> (repeatable)
  --browser <name>     chromium or firefox (default: both)
  --no-build           reuse the existing build in $MAGLENS_OUT_DIR (default .output)
  --corpus             run the real-page corpus checks (tests/e2e/corpus.mjs) instead of the specs
  --headful            show the browser windows (needs a display)
  --timeout <seconds>  per-test time limit (default 60)
  --help               this text`;

export const BROWSERS = ['chromium', 'firefox'];

/** Parses argv into options; throws with a readable message on a bad argument. */
export function parseArgs(argv) {
  const options = {
    only: [],
    browsers: [...BROWSERS],
    build: true,
    corpus: false,
    headful: false,
    timeoutMs: 60_000,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--only') options.only.push(value());
    else if (arg === '--browser') {
      const name = value();
      if (!BROWSERS.includes(name)) throw new Error(`--browser must be one of ${BROWSERS.join(', ')}`);
      options.browsers = [name];
    } else if (arg === '--no-build') options.build = false;
    else if (arg === '--corpus') options.corpus = true;
    else if (arg === '--headful') options.headful = true;
    else if (arg === '--timeout') {
      const seconds = Number(value());
      if (!(seconds > 0)) throw new Error('--timeout must be a positive number of seconds');
      options.timeoutMs = seconds * 1000;
    } else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`Unknown option ${arg}\n${USAGE}`);
  }
  return options;
}

/** Does a test match the --only filters (by its file name or its own name)? */
export function matchesOnly(only, file, name) {
  if (only.length === 0) return true;
  return only.some((text) => file.includes(text) || name.includes(text));
}
