// Structured logs to stderr (stdout stays free). pino redacts the token wherever it might appear.
import { type DestinationStream, type Logger, pino } from 'pino';
import { createStderrDestination } from './stderr-destination.js';

export function createLogger(level: string, destination: DestinationStream = createStderrDestination()): Logger {
  return pino({ level, redact: ['token', '*.token', 'config.token', 'headers.authorization'] }, destination);
}
