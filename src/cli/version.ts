// readout's version as the installed package says it (package.json, read when asked), and the coder's version.
import { readFileSync } from 'node:fs';
import { CODER_VERSION } from '../pipeline.js';

/** package.json next to the compiled code: dist/src/cli/version.js => ./package.json. */
const PACKAGE_JSON = new URL('../../../package.json', import.meta.url);

export function versionText(): string {
  const pkg = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version?: unknown };
  return `readout ${String(pkg.version)} (coder ${CODER_VERSION})\n`;
}
