import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { mergeCatalogues } from '../../renderer/i18n/catalogue';

/**
 * Every user-facing word lives in the catalogues: both languages have the same keys
 * and placeholders, and no component under renderer/ carries text of its own.
 */
const rendererDir = fileURLToPath(new URL('../../renderer/', import.meta.url));

type Tree = { [key: string]: string | Tree };

const i18nDir = path.join(rendererDir, 'i18n');
const merged = mergeCatalogues(
  Object.fromEntries(
    readdirSync(i18nDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, JSON.parse(readFileSync(path.join(i18nDir, name), 'utf8')) as Tree]),
  ),
);

function readCatalogue(lang: 'id' | 'en'): Tree {
  return merged[lang] as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [inner, text] of flatten(value, name)) out.set(inner, text);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((match) => match[1]).sort();

describe('catalogues', () => {
  const id = flatten(readCatalogue('id'));
  const en = flatten(readCatalogue('en'));

  it('have exactly the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...id.keys()].sort());
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...id, ...en]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of id) expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
  });
});

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

const hasLetters = (text: string) => /\p{L}/u.test(text);
const textAttributes = new Set(['aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription']);

/** Literal user-facing text in a component: JSX text, {'text'} children, and text attributes given as strings. */
function findLiteralText(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path.basename(fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const isText = (node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
    !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && hasLetters(node.text);

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) found.push(`${where(node)} text "${node.text.trim()}"`);
    if (ts.isJsxExpression(node) && ts.isJsxElement(node.parent) && isText(node.expression)) {
      found.push(`${where(node)} child "${node.expression.text}"`);
    }
    if (ts.isJsxAttribute(node) && textAttributes.has(node.name.getText(file))) {
      const value = node.initializer;
      const literal = value && ts.isJsxExpression(value) ? value.expression : value;
      if (isText(literal)) found.push(`${where(node)} ${node.name.getText(file)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('components', () => {
  const files = tsxFiles(rendererDir);

  it('are found (the scan is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('contain no literal user-facing text', () => {
    const found = files.flatMap((file) => findLiteralText(file, readFileSync(file, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the scan catches text, text children and text attributes', () => {
    const sample = `export const A = () => (
      <div aria-label="Tutup" title={'Judul'}>
        Selamat datang
        {'Halo'}
        <img alt="" />
        <span>{' · '}</span>
      </div>
    );`;
    const found = findLiteralText('Sample.tsx', sample);
    expect(found).toHaveLength(4);
    expect(found.join('\n')).toMatch(/Selamat datang/);
    expect(found.join('\n')).toMatch(/aria-label="Tutup"/);
    expect(found.join('\n')).toMatch(/title="Judul"/);
    expect(found.join('\n')).toMatch(/child "Halo"/);
  });
});

describe('counted words', () => {
  it('say one indicator and one more project in English, and need no plural in Indonesian', async () => {
    const { createI18n } = await import('../../renderer/i18n');
    const i18n = createI18n();
    await i18n.changeLanguage('en');
    expect(i18n.t('screens.theme.lead', { count: 1, region: 'Banyuwangi Regency' })).toMatch(/^1 indicator\. /);
    expect(i18n.t('screens.theme.lead', { count: 10, region: 'Banyuwangi Regency' })).toMatch(/^10 indicators\. /);
    expect(i18n.t('screens.projects.more', { count: 1 })).toBe('And 1 more project: see them all on the map.');
    expect(i18n.t('screens.projects.more', { count: 3 })).toBe('And 3 more projects: see them all on the map.');
    await i18n.changeLanguage('id');
    expect(i18n.t('screens.theme.lead', { count: 1, region: 'Kabupaten Banyuwangi' })).toMatch(/^1 indikator\. /);
    expect(i18n.t('screens.projects.more', { count: 1 })).toBe('Dan 1 proyek lain: lihat semuanya di peta.');
  });
});
