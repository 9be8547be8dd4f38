/**
 * The functions a file declares, for checking the names a manifest gives in events.<id>.code and security.*
 * (issue #14): declarations, consts holding a function, methods, and consts holding a wrapper's result around a
 * function, as Next.js server actions and Express handlers are written (a real app's manifest named one).
 */
import ts from 'typescript';
import type * as TS from 'typescript';
import { describe, expect, it } from 'vitest';
import { declaredFunctions } from '../../src/engine/project.js';

const declared = (text: string) => declaredFunctions(ts as unknown as typeof TS, ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, true) as unknown as TS.SourceFile);

describe('declaredFunctions', () => {
  it('finds functions, consts holding one, methods, and wrapped handlers; not plain values', () => {
    expect(
      declared(`
        export function withdraw() {}
        export const purge = async () => {};
        export const deleteAccount = validatedActionWithUser(schema, async (data, form, user) => {});
        export const handler = asyncHandler(async function (req, res) {});
        export const LIMIT = 10;
        export const client = createClient({ url });
        class Jobs { run() {} }
      `),
    ).toEqual(['Jobs.run', 'deleteAccount', 'handler', 'purge', 'withdraw']);
  });

  it('names the functions of an object literal by its const, and of `export default { … }` as default (issue #12)', () => {
    expect(
      declared(`
        export const userController = { deleteProfile: async (req, res) => {}, async me() {}, limit: 10 };
        export default { erase: function () {}, async purge() {} };
      `),
    ).toEqual(['default.erase', 'default.purge', 'userController.deleteProfile', 'userController.me']);
  });
});
