// Child process for the tests of files changing under a running store: opens the built store at argv[2]
// (re-open back-off argv[3] ms) as whoever runs it, then for each line on stdin `update <guild> <n>`
// sets that server's cooldown and prints one JSON line: the result, the value read back, and the events
// the store reported. A SIGBUS here kills the process, which the test sees as the exit signal.
import { createInterface } from 'node:readline';
import { openStore } from '../../dist/store/open-store.js';

const events = [];
const store = openStore({
  path: process.argv[2],
  reopenAfterMs: Number(process.argv[3] ?? 100),
  onEvent: (event) => events.push(event.kind),
});
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const [command, guild = '1', n = '0'] = line.trim().split(' ');
  if (command !== 'update') continue;
  const update = store.settings.update(guild, { cooldownSeconds: Number(n) }, 'probe');
  const read = store.settings.read(guild);
  const reply = {
    update: update.ok ? { ok: true } : { ok: false, reason: update.reason },
    ...(process.env.STEPS_DEBUG && !update.ok && { message: update.message }),
    value: read.ok ? read.value.cooldownSeconds : null,
    events: events.splice(0),
  };
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}
store.close();
