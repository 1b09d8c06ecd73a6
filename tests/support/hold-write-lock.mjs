// Child process for the locked-database tests: takes SQLite's write lock on argv[2] (BEGIN IMMEDIATE),
// prints "locked", holds it for argv[3] ms, then commits and exits. Another process, as in production
// (a backup tool, a second bot on the same file, an operator's sqlite3 shell).
import Database from 'better-sqlite3';

const [path, holdMs] = process.argv.slice(2);
const db = new Database(path);
db.pragma('busy_timeout = 5000');
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\n');
setTimeout(() => {
  db.exec('COMMIT');
  db.close();
  process.stdout.write('released\n');
}, Number(holdMs));
