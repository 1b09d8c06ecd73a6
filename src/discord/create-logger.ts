// Structured logs to stderr (stdout stays free). pino redacts the token wherever it might appear.
import { type DestinationStream, type Logger, pino } from 'pino';

export function createLogger(level: string, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level, redact: ['token', '*.token', 'config.token', 'headers.authorization'] }, destination);
}
