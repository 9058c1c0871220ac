// A small, strict option parser: unknown options are errors that name the option; --help, -h and --version,
// valid on every command, end parsing with a request the dispatcher answers.
export interface OptionSpec {
  /** option name without dashes -> kind */
  [name: string]: 'string' | 'boolean' | 'list';
}

export interface Parsed {
  positional: string[];
  options: Record<string, string | boolean | string[] | undefined>;
}

export class UsageError extends Error {}

/** `--help` or `-h` among a command's options: the caller prints that command's usage, exit 0. */
export class HelpRequest extends Error {}

/** `--version` among a command's options: the caller prints the version, exit 0. */
export class VersionRequest extends Error {}

export function parseArgs(argv: string[], spec: OptionSpec): Parsed {
  const positional: string[] = [];
  const options: Parsed['options'] = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-' || !a.startsWith('-')) { positional.push(a); continue; }
    if (a === '--') { positional.push(...argv.slice(i + 1)); break; }
    if (a === '--help' || a === '-h') throw new HelpRequest('help requested');
    if (a === '--version') throw new VersionRequest('version requested');
    const eq = a.indexOf('=');
    const name = a.replace(/^--?/, '').slice(0, eq > 0 ? eq - (a.startsWith('--') ? 2 : 1) : undefined);
    const kind = spec[name];
    if (!kind) throw new UsageError(`unknown option '${a.slice(0, eq > 0 ? eq : undefined)}'`);
    if (kind === 'boolean') { options[name] = true; continue; }
    const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new UsageError(`option '--${name}' needs a value`);
    if (kind === 'list') options[name] = [...((options[name] as string[] | undefined) ?? []), value];
    else options[name] = value;
  }
  return { positional, options };
}

export function str(p: Parsed, name: string): string | undefined {
  const v = p.options[name];
  return typeof v === 'string' ? v : undefined;
}

export function list(p: Parsed, name: string): string[] {
  const v = p.options[name];
  return Array.isArray(v) ? v : [];
}

export function flag(p: Parsed, name: string): boolean {
  return p.options[name] === true;
}
