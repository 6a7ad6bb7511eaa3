import { z } from 'zod'

/** The parts of an OpenAI-compatible chat completion we rely on. */
export const ChatCompletionSchema = z.object({
  model: z.string().optional(),
  choices: z
    .array(z.object({ message: z.object({ content: z.string() }) }))
    .min(1)
})

const SummaryPairSchema = z.object({
  fa: z.string().trim().min(1).max(20_000),
  en: z.string().trim().min(1).max(20_000)
})

export type SummaryPair = z.infer<typeof SummaryPairSchema>

function tryJson(candidate: string): SummaryPair | undefined {
  try {
    const parsed = SummaryPairSchema.safeParse(JSON.parse(candidate))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/** The first balanced {...} in the text, for answers that wrap the JSON in prose. */
function firstJsonObject(text: string): string | undefined {
  const start = text.indexOf('{')
  if (start === -1) return undefined
  let depth = 0
  let inString = false
  for (let i = start; i < text.length; i++) {
    const ch = text[i]
    if (inString) {
      if (ch === '\\') i++
      else if (ch === '"') inString = false
    } else if (ch === '"') inString = true
    else if (ch === '{') depth++
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1)
  }
  return undefined
}

const FA_LABEL = /^\s*(?:[#*_\s]*)(?:fa|persian|farsi|فارسی|خلاصه فارسی)\s*[*_]*\s*[:：-]\s*[*_]*\s*/i
const EN_LABEL = /^\s*(?:[#*_\s]*)(?:en|english|انگلیسی|خلاصه انگلیسی)\s*[*_]*\s*[:：-]\s*[*_]*\s*/i

/** "Persian: … / English: …" answers from models that ignore the JSON instruction. */
function labelled(text: string): SummaryPair | undefined {
  const sections: Record<'fa' | 'en', string[]> = { fa: [], en: [] }
  let current: 'fa' | 'en' | undefined
  for (const line of text.split('\n')) {
    if (FA_LABEL.test(line)) {
      current = 'fa'
      sections.fa.push(line.replace(FA_LABEL, ''))
    } else if (EN_LABEL.test(line)) {
      current = 'en'
      sections.en.push(line.replace(EN_LABEL, ''))
    } else if (current) sections[current].push(line)
  }
  const parsed = SummaryPairSchema.safeParse({ fa: sections.fa.join('\n').trim(), en: sections.en.join('\n').trim() })
  return parsed.success ? parsed.data : undefined
}

/**
 * The model's text → {fa, en}: plain JSON, JSON in ``` fences or amid prose, or labelled
 * sections. Reasoning models' <think>…</think> is dropped first. Undefined if none fits.
 */
export function parseSummaryAnswer(content: string): SummaryPair | undefined {
  const text = content.replace(/<think>[\s\S]*?<\/think>/gi, '').trim()
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(text)?.[1]
  const object = firstJsonObject(text)
  return (
    tryJson(text) ??
    (fenced !== undefined ? tryJson(fenced.trim()) : undefined) ??
    (object !== undefined ? tryJson(object) : undefined) ??
    labelled(text)
  )
}
