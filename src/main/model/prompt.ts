/** The request body: an OpenAI-compatible chat completion asking for {fa, en} as JSON. */
export interface ArticleInput {
  title: string
  text: string
}

/** Small local models have small context windows; the lead of a news article carries the story. */
export const MAX_ARTICLE_CHARS = 12_000

const SYSTEM = [
  'You summarise Persian news articles for a researcher.',
  'Write a faithful summary of 3 to 5 sentences in Persian and the same summary in English.',
  'Keep numbers, names and dates exactly as in the article; do not add facts.',
  'Reply with only a JSON object of the form {"fa": "<Persian summary>", "en": "<English summary>"} and nothing else.'
].join(' ')

export function buildChatRequest(model: string, article: ArticleInput): object {
  const text = article.text.length > MAX_ARTICLE_CHARS ? article.text.slice(0, MAX_ARTICLE_CHARS) + ' …' : article.text
  return {
    model,
    stream: false,
    temperature: 0.2,
    messages: [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: `Title: ${article.title}\n\nArticle:\n${text}` }
    ]
  }
}
