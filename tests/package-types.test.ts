import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * What a consumer's editor shows for the built package: the TypeScript
 * language service on consumer files that import `reply-coach` from a
 * node_modules link to this repository, so package.json's `exports` pick the
 * .d.ts (import), .d.cts (require), core and browser types as they would.
 */
const root = join(import.meta.dirname, '..');
const built = ['index.d.ts', 'index.d.cts', 'core.d.ts', 'core.d.cts', 'browser.d.ts'].every((f) => existsSync(join(root, 'dist', f)));

/** One consumer file per entry; each uses the API so hover and completion have something to point at. */
function consumer(specifier: string): string {
  // reply-coach/core has no default coach, so no `analyze` of its own.
  const core = specifier.endsWith('/core');
  return `import * as entry from '${specifier}';
import { createCoach, type AnalyzeOptions, type CoachConfig, type Coach, type Report } from '${specifier}';
${core ? '' : `import { analyze } from '${specifier}';\nexport const quick = analyze('Hi', { language: 'en' });\n`}
export const coach: Coach = createCoach({ channel: 'chat' });
export const report: Report = coach.analyze('Hi', { language: '', audience: { locale: 'en-GB' }, team: { timeZone: 'UTC' } });
export const excerpt = report.findings[0]!.excerpt;
export const edits = report.findings[0]!.suggestions[0]!.edits;
export const supported = report.language.supported;
export const polish = report.language.code === '';
export type Walked = [AnalyzeOptions, CoachConfig, Report, typeof entry];
`;
}

interface Consumer {
  file: string;
  text: string;
  service: ts.LanguageService;
}

/** A language service over the given consumer files (name → specifier) with these compiler options. */
function project(dir: string, files: Record<string, string>, options: ts.CompilerOptions): Consumer[] {
  const paths = Object.keys(files).map((name) => join(dir, name));
  for (const [name, specifier] of Object.entries(files)) writeFileSync(join(dir, name), consumer(specifier));
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => paths,
    getScriptVersion: () => '1',
    getScriptSnapshot: (f) => (existsSync(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => ({ target: ts.ScriptTarget.ES2022, strict: true, skipLibCheck: true, types: [], ...options }),
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
    realpath: ts.sys.realpath,
  };
  const service = ts.createLanguageService(host);
  return paths.map((file) => ({ file, text: ts.sys.readFile(file)!, service }));
}

function hover(c: Consumer, marker: string, after = 0): string {
  const at = c.text.indexOf(marker);
  if (at < 0) throw new Error(`no "${marker}" in the consumer`);
  const info = c.service.getQuickInfoAtPosition(c.file, at + after);
  return ts.displayPartsToString(info?.documentation ?? []);
}

const docOf = (symbol: ts.Symbol, checker: ts.TypeChecker) => ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();

/** The symbol an export or import stands for. */
const target = (symbol: ts.Symbol, checker: ts.TypeChecker) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

/** A type of the TypeScript library (ReadonlySet, Function...): a leaf, not a field of ours. */
function fromLib(type: ts.Type): boolean {
  const decl = (type.aliasSymbol ?? type.getSymbol())?.declarations?.[0];
  return decl !== undefined && /[\\/]typescript[\\/]lib[\\/]/.test(decl.getSourceFile().fileName);
}

/**
 * Every property reachable from `type` (through arrays, unions and nested
 * objects), as dotted paths, with whether the editor
 * has documentation for it. Functions are leaves: their own doc is checked.
 */
function walk(type: ts.Type, path: string, checker: ts.TypeChecker, out = new Map<string, boolean>(), seen = new Set<ts.Type>()): Map<string, boolean> {
  const t = checker.getNonNullableType(type);
  if (seen.has(t)) return out;
  seen.add(t);
  if (t.isUnion()) {
    for (const member of t.types) walk(member, path, checker, out, seen);
    return out;
  }
  if (checker.isArrayType(t) || checker.isTupleType(t)) {
    for (const element of checker.getTypeArguments(t as ts.TypeReference)) walk(element, `${path}[]`, checker, out, seen);
    return out;
  }
  // Objects and intersections of objects have fields; `string & {}` (LanguageCode's fallback) is a string.
  const members = t.isIntersection() ? t.types : [t];
  if (!members.every((m) => m.flags & ts.TypeFlags.Object)) return out;
  if (t.getCallSignatures().length > 0 || fromLib(t)) return out;
  for (const property of checker.getPropertiesOfType(t)) {
    const at = `${path}.${property.name}`;
    out.set(at, (out.get(at) ?? true) && docOf(property, checker) !== '');
    walk(checker.getTypeOfSymbol(property), at, checker, out, seen);
  }
  return out;
}

/** Paths without documentation among every field of the named exported types of the consumer's entry. */
function undocumented(c: Consumer, names: string[]): { fields: number; missing: string[] } {
  const program = c.service.getProgram()!;
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(c.file)!;
  const fields = new Map<string, boolean>();
  for (const name of names) {
    const symbol = checker.getSymbolsInScope(source, ts.SymbolFlags.Alias).find((s) => s.name === name);
    if (!symbol) throw new Error(`${name} is not imported in the consumer`);
    walk(checker.getDeclaredTypeOfSymbol(target(symbol, checker)), name, checker, fields);
  }
  return { fields: fields.size, missing: [...fields].filter(([, documented]) => !documented).map(([path]) => path) };
}

/** Exports of the entry the consumer imports as `entry` that show no documentation. */
function undocumentedExports(c: Consumer): { exports: number; missing: string[] } {
  const program = c.service.getProgram()!;
  const checker = program.getTypeChecker();
  const entry = checker.getSymbolsInScope(program.getSourceFile(c.file)!, ts.SymbolFlags.Alias).find((s) => s.name === 'entry')!;
  const exports = checker.getExportsOfModule(target(entry, checker));
  return { exports: exports.length, missing: exports.filter((e) => docOf(target(e, checker), checker) === '').map((e) => e.name) };
}

const ENTRIES = [
  ['reply-coach, ESM types (dist/index.d.ts)', 'esm.mts'],
  ['reply-coach, CJS types (dist/index.d.cts)', 'cjs.cts'],
  ['reply-coach/core, ESM types', 'core.mts'],
  ['reply-coach/core, CJS types', 'core.cts'],
  ['reply-coach in a browser bundle (dist/browser.d.ts)', 'browser.ts'],
] as const;

describe.skipIf(!built && !process.env.CI)('TSDoc on hover in a consumer project', () => {
  const consumers = new Map<string, Consumer>();
  let dir = '';
  // Removes the link to the repository, not what it points to.
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rc-types-'));
    mkdirSync(join(dir, 'node_modules'));
    symlinkSync(root, join(dir, 'node_modules', 'reply-coach'), 'dir');
    const node = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };
    const bundler = { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, customConditions: ['browser'] };
    for (const c of [
      ...project(dir, { 'esm.mts': 'reply-coach', 'cjs.cts': 'reply-coach', 'core.mts': 'reply-coach/core', 'core.cts': 'reply-coach/core' }, node),
      ...project(dir, { 'browser.ts': 'reply-coach' }, bundler),
    ]) {
      consumers.set(c.file.slice(dir.length + 1), c);
    }
  });

  it('the consumers resolve each entry to the types it ships', () => {
    const resolved = (name: string) => {
      const program = consumers.get(name)!.service.getProgram()!;
      const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(consumers.get(name)!.file));
      expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
      return program.getSourceFiles().map((f) => f.fileName.slice(root.length));
    };
    expect(resolved('esm.mts')).toContain('/dist/index.d.ts');
    expect(resolved('cjs.cts')).toContain('/dist/index.d.cts');
    expect(resolved('core.mts')).toContain('/dist/core.d.ts');
    expect(resolved('core.cts')).toContain('/dist/core.d.cts');
    expect(resolved('browser.ts')).toContain('/dist/browser.d.ts');
  });

  it.each(ENTRIES)('%s: analyze, createCoach and the fields under the cursor show their documentation', (_, name) => {
    const c = consumers.get(name)!;
    if (!name.startsWith('core')) expect(hover(c, "analyze('Hi'")).toMatch(/Coaches one draft reply/);
    expect(hover(c, "createCoach({")).toMatch(/Creates a (reusable )?coach/);
    expect(hover(c, ".analyze('Hi'", 1)).toMatch(/Coaches one draft/);
    expect(hover(c, 'excerpt;')).toMatch(/draft\.slice\(start, end\)/);
    expect(hover(c, 'edits;')).not.toBe('');
    expect(hover(c, 'supported;')).toMatch(/no rule pack covers the language/);
    expect(hover(c, "locale: 'en-GB'")).toMatch(/BCP 47/);
    expect(hover(c, "timeZone: 'UTC'")).toMatch(/IANA time zone/);
    expect(hover(c, "channel: 'chat'")).not.toBe('');
  });

  it.each(ENTRIES)('%s: every option field, every report field and every export has documentation', (_, name) => {
    const c = consumers.get(name)!;
    const options = undocumented(c, ['AnalyzeOptions', 'CoachConfig', 'Coach']);
    const report = undocumented(c, ['Report']);
    // The walk reaches the nested objects: audience, team, packs and their rules; findings, suggestions and edits.
    expect(options.fields).toBeGreaterThan(150);
    expect(report.fields).toBeGreaterThan(40);
    expect(options.missing).toEqual([]);
    expect(report.missing).toEqual([]);
    const exports = undocumentedExports(c);
    expect(exports.exports).toBeGreaterThan(30);
    expect(exports.missing).toEqual([]);
  });

  it.each(ENTRIES)("%s: `language: '` completes the shipped languages, and the report's language code is typed with them", (_, name) => {
    const c = consumers.get(name)!;
    const offered = (marker: string, after: number) => c.service.getCompletionsAtPosition(c.file, c.text.indexOf(marker) + after, {})?.entries.map((e) => e.name);
    expect(offered("language: '', ", "language: '".length)).toEqual(expect.arrayContaining(['en', 'pl', 'cs', 'sk', 'uz']));
    expect(offered("code === ''", "code === '".length)).toEqual(expect.arrayContaining(['en', 'pl', 'cs', 'sk', 'uz']));
  });
});
