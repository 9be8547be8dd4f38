import type * as TS from 'typescript';

/**
 * The union of names a syntactic walk collects from each file. Each file's names are kept as long as its
 * SourceFile object lives: the editor's next Program shares the SourceFiles of unchanged files, so after an
 * edit only the re-parsed file is walked again (the union of a thousand small lists costs far less than
 * walking a thousand ASTs).
 */
export function namesOfFiles(files: Iterable<TS.SourceFile>, perFile: WeakMap<TS.SourceFile, readonly string[]>, collect: (sf: TS.SourceFile) => Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const sf of files) {
    let own = perFile.get(sf);
    if (!own) perFile.set(sf, (own = [...new Set(collect(sf))]));
    for (const n of own) names.add(n);
  }
  return names;
}
