// Types of cache.mjs for the TypeScript tests.
export interface CacheSupport {
  dirFlag: string | null;
}
export function cacheSupport(helpText: string): CacheSupport | null;
export function touchText(text: string): string;
export function prepareCacheRound(o: { projectDir: string; copyDir: string; cacheDir: string; support: CacheSupport }): {
  cwd: string;
  cacheArgs: string[];
  file: string | undefined;
  change: () => void;
  cleanup: () => void;
};
