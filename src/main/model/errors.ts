/** Failure codes the UI can translate into a message for the researcher. */
export type ModelErrorCode =
  | 'bad-url'
  | 'not-loopback'
  | 'remote-declined'
  | 'unreachable'
  | 'timeout'
  | 'cancelled'
  | 'http-error'
  | 'malformed-answer'

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
