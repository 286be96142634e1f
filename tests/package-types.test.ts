import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** What a consumer's editor shows on hover over the built package's exports (the TypeScript language service on dist/*.d.ts). */
const root = join(import.meta.dirname, '..');
const types = join(root, 'dist', 'index.d.ts');

function hover(source: string, marker: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rc-types-'));
  const file = join(dir, 'consumer.ts');
  writeFileSync(file, source.replace('__TYPES__', types.replace(/\.d\.ts$/, '.js')));
  const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, allowJs: false };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (f) => (existsSync(f) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(f)!) : undefined),
    getCurrentDirectory: () => dir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const text = ts.sys.readFile(file)!;
  const info = service.getQuickInfoAtPosition(file, text.indexOf(marker));
  return ts.displayPartsToString(info?.documentation ?? []) + ts.displayPartsToString((info?.tags ?? []).flatMap((t) => t.text ?? []));
}

describe.skipIf(!existsSync(types) && !process.env.CI)('TSDoc on hover in a consumer project', () => {
  it('analyze and createCoach show their documentation', () => {
    const source = `import { analyze, createCoach } from '__TYPES__';\nconst r = analyze('Hi', { language: 'en' });\nconst c = createCoach();\nexport { r, c };\n`;
    expect(hover(source, "analyze('Hi'")).toMatch(/Coaches one draft reply/);
    expect(hover(source, 'createCoach()')).toMatch(/Creates a coach/);
  });
});
