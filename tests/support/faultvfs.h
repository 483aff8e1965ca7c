#pragma once

#include <QtGlobal>

namespace o2o::test {

/**
 * Faults below SQLite: a VFS shim over SQLite's "unix" VFS, registered as the default, so the terminal's
 * own store code runs unchanged on top of it. Until armed it passes every call through.
 *
 * Power loss (as SQLite's crash-test VFS, src/test6.c): for the database and its WAL it keeps the durable
 * image (the content as of the last xSync) and the writes and truncates made since. At the cut (the k-th
 * write, truncate or sync) each file is left as its durable image plus a random subset of those pending
 * writes, some torn at 512-byte sectors (a subset, not a prefix: the disk may reorder), and the process
 * ends at once with _exit(kCutExitCode). Syncs are not passed to the disk: the image is the durability.
 *
 * Injection (as ownCloud's "the i-th database access fails"): the i-th write point (xWrite, xTruncate,
 * xSync of the database, WAL or journal) fails; a full disk keeps failing from then on, an I/O error
 * fails that call only.
 */
class FaultVfs {
public:
    static constexpr int kCutExitCode = 77;

    enum class Fault { DiskFull, IoError };

    /** Registers the shim as the default VFS (once; later calls do nothing). */
    static void install();

    /**
     * In a child process that may die: cut at write point `cutAt`, choosing with `seed`. Before it dies it
     * writes "C <pending writes> <dropped> <torn>" to reportFd (when not -1).
     */
    static void armPowerLoss(qint64 cutAt, quint32 seed, int reportFd = -1);
    /** Fails write point number `failAt` (1-based; 0 fails none and only counts). */
    static void armInjection(qint64 failAt, Fault fault);
    /**
     * Whether a sync outside the power-loss model waits for the disk (the default). Off for tests whose
     * processes may crash but whose machine never loses power: the page cache keeps what was written.
     */
    static void setRealSyncs(bool on);
    /** Back to passing everything through (the counter keeps its value until the next arm). */
    static void disarm();

    /** Write points seen since the last arm. */
    static qint64 writePoints();
    /** Calls that were made to fail since the last arm. */
    static qint64 injectedFaults();
};

} // namespace o2o::test
