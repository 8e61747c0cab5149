/**
 * Benchmark tasks, one per process (see scripts/bench.mjs): each prints
 * {ms: number[], words, maxRssMb} as JSON, where ms are the timed
 * repetitions after a warm-up and maxRssMb the process's peak memory.
 */
import { analyze, Workspace } from '../../src/core/index.js';
import { parse } from '../../src/core/parse.js';
import { loadBrownPress } from '../quality/brown.js';

const texts = loadBrownPress();
const words = texts.reduce((n, t) => n + t.words, 0);
const inputs = texts.map((t) => ({ uri: `${t.id}.txt`, text: t.text }));

async function timeAsync(repeat: number, fn: () => Promise<void>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return out;
}

function time(repeat: number, fn: () => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    fn();
    out.push(performance.now() - started);
  }
  return out;
}

const tasks: Record<string, () => Promise<{ ms: number[]; words: number; note?: string }>> = {
  async 'copydesk-cold'() {
    // First run in a fresh process: includes decoding the dictionaries.
    return { ms: time(1, () => analyze(inputs)), words };
  },
  async 'copydesk-warm'() {
    analyze(inputs);
    return { ms: time(5, () => analyze(inputs)), words };
  },
  async 'copydesk-keystroke'() {
    // An editor's re-check: one article of the workspace changes by a character; the other 43 are cached.
    const workspace = new Workspace();
    for (const input of inputs) workspace.set(input);
    workspace.check();
    const target = inputs[10]!;
    let n = 0;
    const ms = time(30, () => {
      workspace.set({ uri: target.uri, text: `${target.text}${n++ % 2 ? ' ' : ''}` });
      workspace.check([target.uri]);
    });
    return { ms, words: target.text.split(/\s+/).length, note: `one ${target.text.split(/\s+/).length}-word article, 43 others cached` };
  },
  async 'copydesk-5mb-paste'() {
    const big = inputs.map((i) => i.text).join('\n').repeat(10).slice(0, 5_000_000);
    return { ms: time(1, () => analyze([{ uri: 'paste.txt', text: big }])), words: Math.round((1_000_000 / big.length) * big.split(/\s+/).length), note: 'checked up to copydesk.maxFileSize (1,000,000 characters)' };
  },
  async 'retext-english-parse'() {
    const run = (): void => {
      for (const input of inputs) parse(input.text, input.uri);
    };
    run();
    return { ms: time(5, run), words, note: 'the parse alone, no rules' };
  },
  async 'harper.js'() {
    const harper = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const linter = new harper.LocalLinter({ binary: binaryInlined });
    await linter.setup();
    const ms = await timeAsync(3, async () => {
      for (const input of inputs) await linter.lint(input.text);
    });
    return { ms, words, note: 'grammar and spelling lint (LocalLinter, WASM)' };
  },
  async 'compromise-entities'() {
    const nlp = (await import('compromise')).default;
    const run = (): void => {
      for (const input of inputs) {
        const doc = nlp(input.text);
        doc.people().out('array');
        doc.places().out('array');
        doc.organizations().out('array');
      }
    };
    run();
    return { ms: time(3, run), words, note: 'people(), places(), organizations()' };
  },
  async 'cspell-lib'() {
    const cspell = await import('cspell-lib');
    const settings = await cspell.getDefaultSettings();
    const ms = await timeAsync(3, async () => {
      for (const input of inputs) await cspell.validateText(input.text, { ...settings, language: 'en' } as never);
    });
    return { ms, words, note: 'spelling only' };
  },
};

const name = process.argv[2]!;
const task = tasks[name];
if (!task) {
  console.log(JSON.stringify({ tasks: Object.keys(tasks) }));
} else {
  task().then((r) => console.log(JSON.stringify({ ...r, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })));
}
