import type * as TS from 'typescript';

/**
 * The union of names a syntactic walk collects from each file. Each file's names are kept as long as its
 * SourceFile object lives, and so is the last union per collector (`perFile`) with a count per name: the
 * editor's next Program shares the SourceFiles of unchanged files, so after an edit only the re-parsed file is
 * walked, and the union is updated by the files that came and went rather than rebuilt from every file's names.
 */
export function namesOfFiles(files: readonly TS.SourceFile[], perFile: WeakMap<TS.SourceFile, readonly string[]>, collect: (sf: TS.SourceFile) => Iterable<string>): ReadonlySet<string> {
  const own = (sf: TS.SourceFile): readonly string[] => {
    let names = perFile.get(sf);
    if (!names) perFile.set(sf, (names = [...new Set(collect(sf))]));
    return names;
  };
  const last = unions.get(perFile);
  const current = new Set(files);
  if (!last || current.size !== files.length) return remember(perFile, current, files.map(own));
  const added = files.filter((sf) => !last.files.has(sf));
  const removed = [...last.files].filter((sf) => !current.has(sf));
  if (added.length + removed.length > files.length / 2) return remember(perFile, current, files.map(own));
  // The usual edit leaves the file's names as they were: the last union stands.
  const text = (list: readonly TS.SourceFile[]) => list.flatMap(own).sort().join('\n');
  if (text(added) === text(removed)) {
    unions.set(perFile, { ...last, files: current });
    return last.names;
  }
  const counts = new Map(last.counts);
  for (const sf of removed) for (const n of own(sf)) counts.set(n, counts.get(n)! - 1);
  for (const sf of added) for (const n of own(sf)) counts.set(n, (counts.get(n) ?? 0) + 1);
  return store(perFile, current, counts);
}

interface Union {
  files: ReadonlySet<TS.SourceFile>;
  counts: ReadonlyMap<string, number>;
  names: ReadonlySet<string>;
}

/** The last union per collector (its per-file cache is the key). */
const unions = new WeakMap<WeakMap<TS.SourceFile, readonly string[]>, Union>();

function remember(perFile: WeakMap<TS.SourceFile, readonly string[]>, files: ReadonlySet<TS.SourceFile>, lists: ReadonlyArray<readonly string[]>): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const n of list) counts.set(n, (counts.get(n) ?? 0) + 1);
  return store(perFile, files, counts);
}

function store(perFile: WeakMap<TS.SourceFile, readonly string[]>, files: ReadonlySet<TS.SourceFile>, counts: Map<string, number>): ReadonlySet<string> {
  for (const [n, c] of counts) if (c <= 0) counts.delete(n);
  const names = new Set(counts.keys());
  unions.set(perFile, { files, counts, names });
  return names;
}
