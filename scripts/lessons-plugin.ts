// The built-in lessons, prepared at build time: each scenarios/*.json is validated here (a
// broken file fails the build with its JSON paths, instead of reaching a reader) and becomes
// its own chunk holding the scenario and each flow's step 0, computed by the core. The page
// draws step 0 from it at once, before the rules worker has started (issue 15: the first
// view does not wait for the worker), and needs no validator for the lessons it ships.
//
//   import { LESSONS } from 'virtual:lessons';   // id -> () => import(one lesson's chunk)
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';
import type * as Lesson from '../src/machine/lesson';

// The app's own code is loaded through Vite's module runner (resolved like the app), not
// imported by the config: Node would load its extensionless imports only with a warning.
let lessonCode: Promise<typeof Lesson> | null = null;
const buildLesson: typeof Lesson.buildLesson = async (text, file) => {
  lessonCode ??= runnerImport<typeof Lesson>(fileURLToPath(new URL('../src/machine/lesson.ts', import.meta.url)), {
    configFile: false,
    logLevel: 'warn',
  }).then((r) => r.module);
  return (await lessonCode).buildLesson(text, file);
};

const LIST = 'virtual:lessons';
const ONE = 'virtual:lesson/';

/**
 * `preload`: the lesson a first visit opens (the app's default). Its chunk is named in
 * index.html (modulepreload), so it downloads with the app instead of after it; a link to
 * another lesson fetches that one as before (and this small chunk for nothing).
 */
export function lessonsPlugin(dir: string, preload?: string): Plugin {
  const ids = () =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  return {
    name: 'vhe-lessons',
    resolveId(id) {
      if (id === LIST || id.startsWith(ONE)) return `\0${id}`;
      return undefined;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId === `\0${ONE}${preload}`,
        );
        if (!preload || !chunk) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
    async load(id) {
      if (id === `\0${LIST}`) {
        this.addWatchFile(dir);
        const entries = ids().map(
          (lesson) => `  ${JSON.stringify(lesson)}: () => import(${JSON.stringify(ONE + lesson)}),`,
        );
        return `export const LESSONS = {\n${entries.join('\n')}\n};\n`;
      }
      if (!id.startsWith(`\0${ONE}`)) return undefined;
      const lesson = id.slice(`\0${ONE}`.length);
      const file = join(dir, `${lesson}.json`);
      this.addWatchFile(file);
      const built = await buildLesson(await readFile(file, 'utf8'), `scenarios/${lesson}.json`);
      if (!built.ok) this.error(built.message);
      return `export const scenario = ${JSON.stringify(built.scenario)};\nexport const step0 = ${JSON.stringify(built.step0)};\n`;
    },
  };
}
