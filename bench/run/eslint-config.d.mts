// Types of eslint-config.mjs for the TypeScript tests.
export function flatConfig(o: {
  root: string;
  manifest: string;
  tseslint: { configs: { recommendedTypeChecked: object[] } };
  plugin?: { configs: { recommended: { rules: Record<string, unknown> } } };
}): object[];
export function editText(original: string, n: number): { text: string; line: number };
export function pickWarmFile(files: readonly { path: string; size: number }[]): string | undefined;
