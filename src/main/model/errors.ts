import type { ModelFailureCode } from '../../shared/summary/modelSettings'

/** Failure codes the UI can translate (the shared list); 'busy' is the handler's own, not a model error. */
export type ModelErrorCode = Exclude<ModelFailureCode, 'busy'>

export class ModelError extends Error {
  override readonly name = 'ModelError'
  constructor(
    readonly code: ModelErrorCode,
    message: string,
    /** HTTP status for 'http-error'. */
    readonly status?: number
  ) {
    super(message)
  }
}
