// readout eval GOLD.jsonl [--verbose]: scores the coder by the contract's rules (section 3).
import { evalCommand } from '../eval/cli.js';
import { attributorFromLexicons } from '../eval/attributor.js';
import { loadLexicons } from '../lexicons.js';
import { codeArticle } from '../pipeline.js';
import type { Article } from '../types.js';
import { HelpRequest, VersionRequest } from './args.js';

export async function evalCliCommand(argv: string[]): Promise<number> {
  // eval parses its own options; the ones every command shares are answered by the dispatcher
  if (argv.includes('--help') || argv.includes('-h')) throw new HelpRequest('help requested');
  if (argv.includes('--version')) throw new VersionRequest('version requested');
  const i = argv.indexOf('--lexicon');
  const user = i >= 0 && argv[i + 1] ? [argv[i + 1]!] : [];
  const rest = i >= 0 ? [...argv.slice(0, i), ...argv.slice(i + 2)] : argv;
  const lex = loadLexicons({ user });
  const coder = (a: Article) => codeArticle(a, lex);
  return evalCommand(rest, { coder, attributor: attributorFromLexicons(lex) });
}
