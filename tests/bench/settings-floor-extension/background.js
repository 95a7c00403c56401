// Empty: the benchmark's harness waits for an extension's service worker to know it has loaded.
