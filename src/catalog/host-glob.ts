/**
 * Host globs: one matcher for the catalog's party hosts, the manifest's `controller.ownHosts` and a recipient's or
 * processor's `recognise.hosts`, so the three never disagree.
 *
 * - Without `*`, a glob names one host exactly (`api.example.com`).
 * - A leading `*.` matches one or more labels: `*.example.com` matches `api.example.com` and `a.b.example.com`, not
 *   the apex `example.com` (list it too: `[example.com, "*.example.com"]`) and not `evilexample.com`.
 * - Any other label that is exactly `*` matches exactly one label: `email.*.amazonaws.com` matches
 *   `email.eu-west-1.amazonaws.com`, not `email.amazonaws.com` nor `email.a.b.amazonaws.com`.
 * - A `*` inside a label (`api-*.example.com`) is not a wildcard: such a glob matches nothing.
 * - Case-insensitive; a trailing dot on the host or the glob is ignored.
 *
 * A glob is compiled once and cached: lookups run per transfer, in the editor as well as in the CLI.
 */

export interface HostGlob {
  /** The glob as written. */
  readonly glob: string;
  /** How specific the glob is: 10,000 for an exact host, else its number of literal characters. */
  readonly specificity: number;
  /** Whether a lower-cased host (no port, no trailing dot) matches. */
  test(host: string): boolean;
}

/** Compiled host globs by glob. */
const compiled = new Map<string, HostGlob>();

/** The compiled form of a glob (cached per glob). */
export function hostGlob(glob: string): HostGlob {
  return compileOnce(compiled, glob, compile);
}

/**
 * A glob compiled once per cache (host globs here, package globs in parties.ts). Bounded: a long editor session
 * sees the manifest's globs change as they are typed.
 */
export function compileOnce<T>(cache: Map<string, T>, glob: string, make: (glob: string) => T): T {
  let g = cache.get(glob);
  if (g === undefined) {
    g = make(glob);
    if (cache.size >= 2_000) cache.clear();
    cache.set(glob, g);
  }
  return g;
}

/** Whether `host` matches `glob` (see the file header for the rules). */
export function hostGlobMatches(glob: string, host: string): boolean {
  return hostGlob(glob).test(normalise(host));
}

/** The specificity of a match (higher is more specific: an exact host beats any glob), undefined when none. */
export function hostGlobScore(glob: string, host: string): number | undefined {
  const g = hostGlob(glob);
  return g.test(normalise(host)) ? g.specificity : undefined;
}

function normalise(host: string): string {
  const h = host.toLowerCase();
  return h.endsWith('.') ? h.slice(0, -1) : h;
}

function compile(glob: string): HostGlob {
  const g = normalise(glob.trim());
  if (!g.includes('*')) return { glob, specificity: 10_000, test: (host) => host === g };
  let rest = g;
  let prefix = '';
  if (rest.startsWith('*.')) {
    prefix = '(?:[^.]+\\.)+';
    rest = rest.slice(2);
  }
  const body = rest
    .split('.')
    .map((label) => (label === '*' ? '[^.]+' : escapeRe(label)))
    .join('\\.');
  const re = new RegExp(`^${prefix}${body}$`);
  return { glob, specificity: g.replace(/\*/g, '').length, test: (host) => re.test(host) };
}

/** A string as a literal inside a regular expression. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
