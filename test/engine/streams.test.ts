/**
 * File streams (fixtures/engine/streams): `createWriteStream(path).write/end(data)`, the stream held in a
 * variable, a class field or a parameter typed fs.WriteStream, is file storage; stdout/stderr and in-memory
 * streams are not.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFixtureOnce, missingAndExtra } from './harness.js';

const FIXTURE = 'engine/streams';

describe('engine: file streams', { timeout: 60_000 }, () => {
  it('flows match the inline expectations', () => {
    expect(missingAndExtra(FIXTURE)).toEqual({ missing: [], extra: [] });
  });

  it('a stream write is the fs.WriteStream storage sink', () => {
    const { model } = analyzeFixtureOnce(FIXTURE);
    expect(new Set(model.flows.map((f) => `${f.sink.kind} ${f.sink.name}`))).toEqual(new Set(['storage fs.WriteStream.write', 'storage fs.WriteStream.end']));
  });
});
