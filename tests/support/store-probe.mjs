// Child process for the read-only-file test: opens the store at argv[2] as whoever runs it, reads
// server "1"'s settings and tries to change them, and prints what happened as one JSON line.
import { openStore } from '../../dist/store/open-store.js';

const store = openStore({ path: process.argv[2] });
const status = store.status();
const resultsPerAnswer = store.settings.get('1').resultsPerAnswer;
const update = store.settings.update('1', { resultsPerAnswer: 1 }, 'probe');
store.close();
process.stdout.write(`${JSON.stringify({ status: status.kind, resultsPerAnswer, update })}\n`);
