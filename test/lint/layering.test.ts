import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules in eslint.config.js must report wrong imports, and allow the right ones. */
const eslint = new ESLint({ cwd: process.cwd() });

async function layeringMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports').map((m) => m.message);
}

describe('layering lint rules', () => {
  it.each([
    ['data/api/bad.ts', "import { app } from 'electron';\nexport const x = app;\n", 'never imports electron'],
    ['data/store/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n", 'never imports react'],
    ['data/store/bad.ts', "import { Home } from '../../renderer/screens/Home.js';\nexport const x = Home;\n", 'never imports electron/ or renderer/'],
    ['renderer/screens/Bad.tsx', "import { dispatch } from '../../data/api/dispatch.js';\nexport const x = dispatch;\n", 'only types from data/'],
    ['renderer/screens/Bad.tsx', "import Database from 'better-sqlite3';\nexport const x = Database;\n", 'never opens SQLite'],
    ['renderer/screens/Bad.tsx', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'has no Node'],
    ['electron/bad.ts', "import { App } from '../renderer/App.js';\nexport const x = App;\n", 'never imports renderer/'],
  ])('reports %s importing the wrong layer', async (filePath, code, expected) => {
    const messages = await layeringMessages(filePath, code);
    expect(messages.join('\n')).toContain(expected);
  });

  it.each([
    ['renderer/screens/Good.tsx', "import type { Overview } from '../../data/api/types.js';\nexport type X = Overview;\n"],
    ['electron/good.ts', "import { requestNames } from '../data/api/names.js';\nexport const x = requestNames;\n"],
    ['data/api/good.ts', "import { z } from 'zod';\nexport const x = z;\n"],
  ])('allows %s', async (filePath, code) => {
    expect(await layeringMessages(filePath, code)).toEqual([]);
  });
});
