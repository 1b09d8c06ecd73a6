// What can happen to the database's files while the bot runs, checked before every call (two stat()s,
// a few microseconds). Without it, a deleted file took every later write into the unlinked inode (the
// moderator read "Saved." and a restart was back to defaults), and a truncated `-shm` killed the process
// with SIGBUS: SQLite maps that file into memory, and touching a page past its new end is a bus error,
// which no JavaScript handler can catch. So the truncation must be seen before SQLite runs.
import { chmodSync, closeSync, ftruncateSync, openSync, renameSync, rmSync, type Stats, statSync } from 'node:fs';

export type FileCheck =
  | { readonly kind: 'ok' }
  /** The database file is gone from its path (the connection still holds the old inode). */
  | { readonly kind: 'deleted' }
  /** Another file is at the path now (restored from a backup, copied over). */
  | { readonly kind: 'replaced' }
  /** The WAL index was deleted or replaced: this connection's mapping is of the old one. */
  | { readonly kind: 'shm-replaced' }
  /** The WAL index was truncated below what SQLite has mapped: touching it now would be SIGBUS. */
  | { readonly kind: 'shm-truncated'; readonly size: number; readonly mapped: number };

export interface FileGuard {
  /** Records the files as they are now (after an open, or a call that may have grown the -shm). */
  remember(): void;
  check(): FileCheck;
  /**
   * Gives a truncated -shm back its mapped length (zeros: SQLite sees an uninitialised index and rebuilds
   * it from the WAL). False when the file cannot be written (read-only, gone).
   */
  repairShm(): boolean;
  /**
   * After the old connection is closed: moves its -wal and -shm out of the way (when they are still the
   * ones it used), because SQLite would otherwise replay the old WAL into the new file at that path.
   * Returns where the old WAL went, if anywhere.
   */
  setAsideOldSidecars(keepWal: boolean): string | null;
  /**
   * SQLite creates the -wal and -shm with the database file's mode, so a file that was read-only leaves
   * read-only sidecars behind after it is made writable. Gives ours the database file's mode again.
   */
  matchSidecarModes(): void;
}

interface Identity {
  readonly dev: number;
  readonly ino: number;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

const sameFile = (a: Identity, b: Identity): boolean => a.dev === b.dev && a.ino === b.ino;

/** Null for paths that are not files (":memory:", ""), which have nothing to guard. */
export function createFileGuard(path: string): FileGuard | null {
  if (path === '' || path === ':memory:' || path.startsWith('file:')) return null;
  const shmPath = `${path}-shm`;
  let main: Identity | null = null;
  const walPath = `${path}-wal`;
  let shm: Identity | null = null;
  let wal: Identity | null = null;
  let mapped = 0;

  return {
    remember() {
      const mainStat = statOrNull(path);
      main = mainStat && { dev: mainStat.dev, ino: mainStat.ino };
      const walStat = statOrNull(walPath);
      wal = walStat && { dev: walStat.dev, ino: walStat.ino };
      const shmStat = statOrNull(shmPath);
      if (shmStat === null) {
        shm = null;
        mapped = 0;
        return;
      }
      if (shm === null || !sameFile(shm, shmStat)) mapped = 0;
      shm = { dev: shmStat.dev, ino: shmStat.ino };
      // SQLite only ever grows the -shm while connected; its largest length is what it may have mapped.
      mapped = Math.max(mapped, shmStat.size);
    },
    check() {
      if (main === null) return { kind: 'ok' };
      const mainStat = statOrNull(path);
      if (mainStat === null) return { kind: 'deleted' };
      if (!sameFile(main, mainStat)) return { kind: 'replaced' };
      if (shm === null) return { kind: 'ok' };
      const shmStat = statOrNull(shmPath);
      if (shmStat === null || !sameFile(shm, shmStat)) return { kind: 'shm-replaced' };
      if (shmStat.size < mapped) return { kind: 'shm-truncated', size: shmStat.size, mapped };
      return { kind: 'ok' };
    },
    setAsideOldSidecars(keepWal) {
      let keptAt: string | null = null;
      const walStat = statOrNull(walPath);
      if (walStat && wal && sameFile(wal, walStat)) {
        if (keepWal) {
          keptAt = `${walPath}.old-${Date.now()}`;
          renameSync(walPath, keptAt);
        } else {
          rmSync(walPath, { force: true });
        }
      }
      const shmStat = statOrNull(shmPath);
      if (shmStat && shm && sameFile(shm, shmStat)) rmSync(shmPath, { force: true });
      main = null;
      shm = null;
      wal = null;
      mapped = 0;
      return keptAt;
    },
    matchSidecarModes() {
      const mainStat = statOrNull(path);
      if (mainStat === null) return;
      for (const sidecar of [walPath, shmPath]) {
        const stat = statOrNull(sidecar);
        if (stat === null || stat.uid !== process.getuid?.() || (stat.mode & 0o777) === (mainStat.mode & 0o777))
          continue;
        try {
          chmodSync(sidecar, mainStat.mode & 0o777);
        } catch {
          // Not ours to change after all; the write will say read-only again.
        }
      }
    },
    repairShm() {
      let fd: number | null = null;
      try {
        fd = openSync(shmPath, 'r+');
        const stat = statSync(shmPath);
        if (shm === null || !sameFile(shm, stat)) return false;
        if (stat.size < mapped) ftruncateSync(fd, mapped);
        return true;
      } catch {
        return false;
      } finally {
        if (fd !== null) closeSync(fd);
      }
    },
  };
}
