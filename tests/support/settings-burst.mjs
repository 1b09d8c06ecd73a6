// Child process for the durability test: opens the store at argv[2] and saves settings for servers
// argv[3]+1 … argv[3]+argv[4] as fast as it can, printing "ack <n>" only after each write has
// committed, the way the bot acknowledges a /settings command only after the store returned ok.
// Runs the built code (dist/), as the bot does.
import { writeSync } from 'node:fs';
import { openStore } from '../../dist/store/open-store.js';

const [path, firstArg, countArg] = process.argv.slice(2);
const first = Number(firstArg);
const count = Number(countArg);
const store = openStore({ path });
const status = store.status();
if (status.kind !== 'ready') {
  writeSync(2, `store unavailable: ${status.failure.message}\n`);
  process.exit(1);
}
writeSync(1, 'ready\n');
for (let n = first + 1; n <= first + count; n++) {
  const result = store.settings.update(
    String(n),
    { cooldownSeconds: n % 3601, resultsPerAnswer: 1 + (n % 5), allowedChannelIds: [String(n)], visibility: 'private' },
    'burst',
  );
  if (!result.ok) {
    writeSync(2, `write ${n} failed: ${result.message}\n`);
    process.exit(1);
  }
  writeSync(1, `ack ${n}\n`);
}
store.close();
