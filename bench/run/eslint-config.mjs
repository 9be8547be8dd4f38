// The flat configs the benchmark lints with, built in memory (no eslint.config.js in the generated
// project): typescript-eslint's recommendedTypeChecked with projectService, and optionally our
// `recommended` on top, each rule given the project's privacy.yaml as its `manifest` option. Pure: the
// modules come in as arguments.

/**
 * @param {{ root: string, manifest: string, tseslint: { configs: { recommendedTypeChecked: object[] } }, plugin?: { configs: { recommended: { rules: Record<string, unknown> } } } }} o
 */
export function flatConfig({ root, manifest, tseslint, plugin }) {
  const config = [
    ...tseslint.configs.recommendedTypeChecked,
    { files: ['**/*.ts'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } } },
  ];
  if (plugin) {
    const recommended = plugin.configs.recommended;
    const rules = Object.fromEntries(Object.entries(recommended.rules).map(([id, level]) => [id, [level, { manifest }]]));
    config.push({ ...recommended, rules });
  }
  return config;
}

/**
 * The warm loop's n-th edit (n >= 1) of a file: a comment and a floating promise whose literal changes
 * every time, appended at the end. `@typescript-eslint/no-floating-promises` must report the new line,
 * which proves that the project service type-checked the edited text and not the file on disk.
 */
export function editText(original, n) {
  const base = original.endsWith('\n') ? original : `${original}\n`;
  return { text: `${base}// bench edit ${n}\nPromise.resolve(${n});\n`, line: base.split('\n').length + 1 };
}

/** The "mid-sized" file the warm loop edits: the service of median size (ties by path), or any file. */
export function pickWarmFile(files) {
  const services = files.filter((f) => f.path.endsWith('.service.ts'));
  const pool = (services.length > 0 ? services : files).slice().sort((a, b) => a.size - b.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return pool[Math.floor((pool.length - 1) / 2)]?.path;
}
