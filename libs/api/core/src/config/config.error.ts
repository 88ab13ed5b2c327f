/** A start-up problem the operator can fix; its message is printed alone, without a stack trace. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
