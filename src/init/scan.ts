/**
 * What `privacy-lint init` reads from the code: member names that may hold personal data (interface,
 * type-literal and class members, constructor parameter properties, zod object schemas, function
 * parameters), the `@personal` tags on them, and the packages the source imports. Syntax only: no
 * module resolution and no type checking, so a project scans the same with or without node_modules.
 */
import { Node, Project, ts, type SourceFile } from 'ts-morph';
import type * as TS from 'typescript';
import { personalTags as personalTagIds } from '../engine/tags.js';
import { posixRelative } from '../paths.js';
import { partyForPackage } from '../catalog/parties.js';

export type SightingVia = 'interface' | 'type' | 'class' | 'zod' | 'parameter' | 'variable';

/** One declared name that may hold personal data. */
export interface Sighting {
  /** The member, parameter or variable name, e.g. `email`. */
  name: string;
  /** How a reader finds it, e.g. `SignupDto.email`, `register(email)`, `SignupSchema.email (zod)`. */
  label: string;
  /** `Type.member` when the name is a direct member of a named type (interface, type alias, class). */
  typeMember?: string;
  /** Ids from `@personal` tags on the declaration (empty when there are none). */
  tags: string[];
  via: SightingVia;
  /** Path relative to the project root (the tsconfig's folder), with `/`. */
  file: string;
  line: number;
}

export interface ImportSighting {
  /** The module specifier as written, e.g. `@sentry/node/preload`. */
  specifier: string;
  file: string;
  line: number;
}

/** A call sending what a user wrote or uploaded to an AI provider: `{ messages }`, `{ prompt }`, a document. */
export interface ContentSighting {
  file: string;
  line: number;
  /** e.g. `openai.chat.completions.create({ messages })`. */
  label: string;
}

export interface Scan {
  files: string[];
  sightings: Sighting[];
  imports: ImportSighting[];
  /** Calls of AI SDKs given content that is not a literal (init drafts a user-content item for them). */
  aiContent?: ContentSighting[];
  /** Files left out of the draft, with why (relative paths). */
  skipped: Array<{ file: string; reason: string }>;
}

const ZOD_OBJECTS = new Set(['object', 'strictObject', 'looseObject']);
const FUNCTIONS_WITH_BODIES = [
  ts.SyntaxKind.FunctionDeclaration, ts.SyntaxKind.FunctionExpression, ts.SyntaxKind.ArrowFunction,
  ts.SyntaxKind.MethodDeclaration, ts.SyntaxKind.Constructor, ts.SyntaxKind.SetAccessor,
];

/** The project a tsconfig describes, without following imports (ts-morph throws on an unreadable tsconfig). */
export function openProject(tsConfigFilePath: string, fileNames?: readonly string[]): Project {
  if (fileNames === undefined) return new Project({ tsConfigFilePath, skipFileDependencyResolution: true });
  // File by file: one file TypeScript's recursive parser cannot take (nested thousands of levels deep) is left out
  // (scanProject says so), not the whole draft.
  const project = new Project({ tsConfigFilePath, skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  for (const f of fileNames) {
    try {
      project.addSourceFileAtPath(f);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
  }
  return project;
}

/** Scans the project's own source files (declaration files and node_modules are skipped). */
export function scanProject(project: Project, rootDir: string): Scan {
  const sources = project
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile() && !sf.isInNodeModules())
    .map((sf) => ({ sf, file: posixRelative(rootDir, sf.getFilePath()) }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const scan: Scan = { files: sources.map((s) => s.file), sightings: [], imports: [], skipped: [] };
  for (const { sf, file } of sources) {
    const sightings = scan.sightings.length;
    const imports = scan.imports.length;
    try {
      scanFile(sf, file, scan);
    } catch (e) {
      // ts-morph's walks are recursive: a file nested too deeply is left out of the draft, said on stderr.
      if (!(e instanceof RangeError)) throw e;
      scan.sightings.length = sightings;
      scan.imports.length = imports;
      scan.skipped.push({ file, reason: 'nested too deeply to scan; its names are not in the draft' });
    }
  }
  return scan;
}

function scanFile(sf: SourceFile, file: string, scan: Scan): void {
  const zodNames = zodBindings(sf);
  const aiNames = aiBindings(sf);
  const see = (name: string | undefined, at: Node, via: SightingVia, label: string, typeMember?: string) => {
    if (name === undefined || name === '') return;
    const s: Sighting = { name, label, tags: personalTags(at), via, file, line: nameLine(at) };
    if (typeMember !== undefined) s.typeMember = typeMember;
    scan.sightings.push(s);
  };
  const imported = (specifier: string, at: Node) => {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) scan.imports.push({ specifier, file, line: at.getStartLineNumber() });
  };

  sf.forEachDescendant((node) => {
    if (Node.isPropertySignature(node)) {
      const name = memberName(node);
      const owner = typeOwner(node);
      if (owner) see(name, node, owner.via, `${owner.path}.${name}`, owner.direct ? `${owner.path}.${name}` : undefined);
    } else if (Node.isPropertyDeclaration(node)) {
      const cls = node.getParent();
      const name = memberName(node);
      if (Node.isClassDeclaration(cls) && cls.getName()) see(name, node, 'class', `${cls.getName()}.${name}`, `${cls.getName()}.${name}`);
    } else if (Node.isParameterDeclaration(node)) {
      const fn = node.getParent();
      if (!FUNCTIONS_WITH_BODIES.includes(fn.getKind())) return;
      const cls = fn.getParent();
      const name = node.getNameNode();
      if (node.isParameterProperty() && Node.isClassDeclaration(cls) && cls.getName()) {
        const member = `${cls.getName()}.${name.getText()}`;
        see(name.getText(), node, 'class', member, member);
      } else if (Node.isIdentifier(name)) {
        see(name.getText(), node, 'parameter', `${functionLabel(fn)}(${name.getText()})`);
      } else if (Node.isObjectBindingPattern(name)) {
        for (const el of name.getElements()) see(el.getName(), el, 'parameter', `${functionLabel(fn)}({ ${el.getName()} })`);
      }
    } else if (Node.isTypeAliasDeclaration(node) || Node.isVariableDeclaration(node)) {
      // A tagged alias or variable (`/** @personal email */ type Email = string`) names an item too.
      if (personalTags(node).length > 0) see(node.getName(), node, Node.isTypeAliasDeclaration(node) ? 'type' : 'variable', node.getName());
    } else if (Node.isCallExpression(node)) {
      const callee = node.getExpression();
      const [arg] = node.getArguments();
      if (Node.isPropertyAccessExpression(callee) && ZOD_OBJECTS.has(callee.getName()) && zodNames.has(callee.getExpression().getText())) {
        if (Node.isObjectLiteralExpression(arg)) {
          for (const prop of arg.getProperties()) {
            if (Node.isPropertyAssignment(prop) || Node.isShorthandPropertyAssignment(prop)) {
              const name = memberName(prop);
              see(name, prop, 'zod', `${zodPath(arg)}.${name} (zod)`);
            }
          }
        }
      } else if (Node.isStringLiteral(arg) && (callee.getText() === 'require' || callee.getKind() === ts.SyntaxKind.ImportKeyword)) {
        imported(arg.getLiteralText(), node);
      } else if (aiNames.size > 0 && aiNames.has(rootName(callee))) {
        const content = node.getArguments().flatMap((a) => (Node.isObjectLiteralExpression(a) ? contentKeys(a) : []));
        if (content.length > 0) {
          const label = `${callee.getText().replace(/\s*\n\s*/g, '')}({ ${content.join(', ')} })`;
          (scan.aiContent ??= []).push({ file, line: node.getStartLineNumber(), label });
        }
      }
    } else if (Node.isImportDeclaration(node) || Node.isExportDeclaration(node)) {
      const specifier = node.getModuleSpecifierValue();
      if (specifier !== undefined) imported(specifier, node);
    }
  });
}

/** The ids of the `@personal` tags on a declaration, read as the engine reads them (engine/tags.ts). */
function personalTags(node: Node): string[] {
  return personalTagIds(ts as unknown as typeof TS, node.compilerNode as unknown as TS.Node);
}

/** The line of a declaration's name (after its decorators and JSDoc). */
function nameLine(node: Node): number {
  const nameNode = (node as Node & { getNameNode?: () => Node }).getNameNode?.();
  return (nameNode ?? node).getStartLineNumber();
}

function memberName(node: Node): string | undefined {
  const nameNode = (node as Node & { getNameNode?: () => Node }).getNameNode?.();
  if (nameNode === undefined) return undefined;
  if (Node.isIdentifier(nameNode)) return nameNode.getText();
  if (Node.isPrivateIdentifier(nameNode)) return nameNode.getText().slice(1);
  if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) return nameNode.getLiteralText();
  return undefined;
}

/**
 * The named type a property signature belongs to: `User` for a member of `interface User` or of
 * `type User = { … }` (also through `&` and `|`), `User.profile` for a member of a nested type literal.
 * `direct` is true when `Type.member` names it for the type checker. Undefined for anonymous types.
 */
function typeOwner(prop: Node): { path: string; direct: boolean; via: SightingVia } | undefined {
  const node = prop.getParent();
  if (Node.isInterfaceDeclaration(node)) return { path: node.getName(), direct: true, via: 'interface' };
  if (!Node.isTypeLiteral(node)) return undefined;
  let up = node.getParent();
  while (Node.isIntersectionTypeNode(up) || Node.isUnionTypeNode(up) || Node.isParenthesizedTypeNode(up)) up = up.getParent();
  if (Node.isTypeAliasDeclaration(up)) return { path: up.getName(), direct: true, via: 'type' };
  if (Node.isPropertySignature(up)) {
    const outer = typeOwner(up);
    return outer ? { path: `${outer.path}.${memberName(up) ?? '?'}`, direct: false, via: outer.via } : undefined;
  }
  return undefined;
}

/** `register`, `UsersService.create`, `UsersService.constructor`; `function` for an anonymous one. */
function functionLabel(fn: Node): string {
  const own = (fn as Node & { getName?: () => string | undefined }).getName?.();
  const parent = fn.getParent();
  const cls = parent && Node.isClassDeclaration(parent) ? parent.getName() : undefined;
  if (Node.isConstructorDeclaration(fn)) return `${cls ?? 'class'}.constructor`;
  if (own) return cls ? `${cls}.${own}` : own;
  if (Node.isVariableDeclaration(parent) || Node.isPropertyAssignment(parent) || Node.isPropertyDeclaration(parent)) {
    return parent.getName();
  }
  return 'function';
}

/** `SignupSchema` for `const SignupSchema = z.object({…})`; `Outer.contact` for a nested schema. */
function zodPath(literal: Node): string {
  const parts: string[] = [];
  for (let n: Node | undefined = literal.getParent(); n; n = n.getParent()) {
    if (Node.isPropertyAssignment(n)) parts.unshift(memberName(n) ?? '?');
    else if (Node.isVariableDeclaration(n) || Node.isPropertyDeclaration(n)) {
      parts.unshift(n.getName());
      break;
    } else if (Node.isStatement(n)) break;
  }
  return parts.length > 0 ? parts.join('.') : 'schema';
}

/** Local names bound to zod: `import { z } from 'zod'`, `import * as z from 'zod/v4'`, `import z from 'zod'`. */
function zodBindings(sf: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const decl of sf.getImportDeclarations()) {
    const spec = decl.getModuleSpecifierValue();
    if (spec !== 'zod' && !spec.startsWith('zod/')) continue;
    const def = decl.getDefaultImport();
    if (def) names.add(def.getText());
    const ns = decl.getNamespaceImport();
    if (ns) names.add(ns.getText());
    for (const named of decl.getNamedImports()) if (named.getName() === 'z') names.add(named.getAliasNode()?.getText() ?? 'z');
  }
  return names;
}

/** Keys under which AI SDKs take what a user wrote or uploaded (chat messages, prompts, documents, files). */
const CONTENT_KEYS = new Set(['prompt', 'messages', 'input', 'contents', 'content', 'system', 'documents', 'document', 'file', 'files', 'query', 'question', 'text']);

/** The content keys of an options object whose value is not a literal (`{ model: 'gpt-4o', prompt: question }` -> prompt). */
function contentKeys(obj: Node & { getProperties(): Node[] }): string[] {
  const out: string[] = [];
  for (const p of obj.getProperties()) {
    if (!Node.isPropertyAssignment(p) && !Node.isShorthandPropertyAssignment(p)) continue;
    const name = memberName(p);
    if (name === undefined || !CONTENT_KEYS.has(name)) continue;
    const value = Node.isPropertyAssignment(p) ? p.getInitializer() : p.getNameNode();
    if (value === undefined || Node.isStringLiteral(value) || Node.isNoSubstitutionTemplateLiteral(value) || Node.isNumericLiteral(value)) continue;
    out.push(name);
  }
  return out;
}

/** The identifier a call chain starts from: `openai` of `openai.chat.completions.create`, `Anthropic` of `new Anthropic().messages.create`. */
function rootName(e: Node): string {
  let x: Node = e;
  for (;;) {
    if (Node.isPropertyAccessExpression(x) || Node.isCallExpression(x) || Node.isNewExpression(x) || Node.isNonNullExpression(x) || Node.isParenthesizedExpression(x) || Node.isAwaitExpression(x)) x = x.getExpression();
    else break;
  }
  return Node.isIdentifier(x) ? x.getText() : '';
}

/**
 * Local names standing for an AI provider's SDK in a file: what is imported from a package of an `ai` party, and the
 * file's variables made from one (`const openai = new OpenAI()`, `const model = google('gemini-2.0-flash')`).
 */
function aiBindings(sf: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const decl of sf.getImportDeclarations()) {
    if (partyForPackage(decl.getModuleSpecifierValue())?.category !== 'ai') continue;
    const def = decl.getDefaultImport();
    if (def) names.add(def.getText());
    const ns = decl.getNamespaceImport();
    if (ns) names.add(ns.getText());
    for (const named of decl.getNamedImports()) names.add(named.getAliasNode()?.getText() ?? named.getName());
  }
  if (names.size === 0) return names;
  for (const v of sf.getDescendantsOfKind(ts.SyntaxKind.VariableDeclaration)) {
    const init = v.getInitializer();
    const name = v.getNameNode();
    if (init && Node.isIdentifier(name) && names.has(rootName(init))) names.add(name.getText());
  }
  return names;
}
