export { splitSentences, withQuoteMarks, type Sentence } from './sentences'
export { summarize, type ExtractiveSummary, type SummaryMethod, type SummaryOptions, type SummarySentence } from './summarize'
export {
  extractKeyFigures,
  type DateFigure,
  type KeyFigure,
  type KeyFigureOptions,
  type QuantityFigure,
  type SourceSpan
} from './keyFigures'
export { describeJalali, describeJalaliRange, type DateDescription, type FigurePrecision, type JalaliParts } from './jalaliFigure'
export {
  DEFAULT_MODEL_SETTINGS,
  DEFAULT_MODEL_TIMEOUT_MS,
  MODEL_ERROR_CODES,
  MODEL_LIMITS,
  modelCancelRequestSchema,
  modelDraftRequestSchema,
  modelSettingsSchema,
  type ModelDraftResult,
  type ModelFailureCode,
  type ModelSettingsInput
} from './modelSettings'
