/**
 * npm run bench [-- --sizes 1000,10000,50000] [--only ours] [--ui-articles 50000,100000] [--renderer out/renderer] [--skip-ui]
 * Runs every benchmark in turn, each in its own process so heap figures do not mix, and prints
 * their tables: search engines, relevance, summariser, PDF export, and the app at scale (first start,
 * typing, library, warm start, memory) for each size in --ui-articles.
 * Targets are checked here, never in tests: these shared 2-core machines make timings noisy.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const args = process.argv.slice(2)
const flag = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`)
  return i === -1 ? undefined : args[i + 1]
}
const passthrough = (names: string[]): string[] => names.flatMap((n) => (flag(n) ? [`--${n}`, flag(n) as string] : []))

const steps: { title: string; script: string; args: string[] }[] = [
  { title: 'Search engines (issue 3)', script: 'bench/search.ts', args: passthrough(['sizes', 'only', 'queries', 'before', 'minisearch-max']) },
  { title: 'Relevance on the hand-judged set (issue 13)', script: 'bench/relevance.ts', args: [] },
  { title: 'Summariser (issue 5)', script: 'bench/summary.ts', args: [] },
  { title: 'PDF export of 1,000 annotations over 100 articles (issue 6)', script: 'bench/export.ts', args: [] }
]
if (!args.includes('--skip-ui')) {
  const renderer = passthrough(['renderer'])
  steps.push({
    title: 'The app at scale in the real renderer: first start, typing, library, warm start, memory (issues 3 and 18)',
    script: 'bench/uiTyping.ts',
    args: ['--articles', flag('ui-articles') ?? '50000,100000', ...renderer]
  })
  steps.push({ title: 'Annotations view with 50,000 annotations restored (issue 11)', script: 'bench/annotationsScale.ts', args: ['--annotations', flag('ui-annotations') ?? '50000', ...renderer] })
  steps.push({ title: 'A 6-million-character article in the reader (issue 11)', script: 'bench/longArticle.ts', args: ['--paragraphs', '200', ...renderer] })
}

if (!args.includes('--skip-ui') && !existsSync('out/renderer/index.html')) {
  console.log('building the renderer for the UI benchmark…')
  const build = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

let failed = 0
for (const step of steps) {
  console.log(`\n## ${step.title}\n`)
  const child = spawnSync('npx', ['tsx', step.script, ...step.args], { stdio: 'inherit' })
  if (child.status !== 0) {
    failed++
    console.log(`(${step.script} exited with ${child.status})`)
  }
}
process.exit(failed === 0 ? 0 : 1)
