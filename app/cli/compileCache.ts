import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

type Compile = (this: Module, content: string, filename: string, ...rest: unknown[]) => unknown;

/**
 * Keeps V8's compiled code of the CommonJS files in `chunksFolder` in `cacheFolder`, so that the next run reads it
 * instead of parsing and compiling them again (Node 20 has no compile cache of its own). The code is written when
 * the process exits, with every function the run compiled; a cache V8 rejects (another Node, a damaged file) is
 * compiled afresh and written again. V8 checks only a source's length against its cache: the chunks' names must
 * change with their content (the build names them by a hash of it).
 */
export function cacheCompiledChunks(chunksFolder: string, cacheFolder: string): void {
  const prototype = Module.prototype as unknown as { _compile: Compile };
  const compile = prototype._compile;
  const fresh: { script: Script; file: string }[] = [];
  prototype._compile = function (this: Module, content, filename, ...rest) {
    // A chunk that imports at run time (Playwright, pdf.js) is compiled as usual: code V8 reads back from a cache
    // has lost the loader its `import()` needs ("A dynamic import callback was not specified").
    if (dirname(filename) !== chunksFolder || content.includes('import(')) {
      return compile.call(this, content, filename, ...rest);
    }
    const file = join(cacheFolder, `${basename(filename)}.code`);
    const cachedData = readCache(file);
    const script = new Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) fresh.push({ script, file });
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...parts: unknown[]) => unknown;
    const require = Module.createRequire(filename);
    return wrapper.call(this.exports, this.exports, require, this, filename, dirname(filename));
  };
  process.once('exit', () => {
    if (fresh.length === 0) return;
    try {
      mkdirSync(cacheFolder, { recursive: true });
      for (const { script, file } of fresh) {
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, file);
      }
    } catch {
      // Only the next run's head start is lost.
    }
  });
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}
