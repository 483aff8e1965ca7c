#include "tests/support/faultvfs.h"

#include <QByteArray>
#include <algorithm>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sqlite3.h>
#include <string>
#include <unistd.h>
#include <vector>

namespace o2o::test {

namespace {

enum class Mode { PassThrough, PowerLoss, Inject };

/** A write or truncate not yet made durable by a sync. */
struct PendingOp {
    bool truncate = false;
    qint64 offset = 0; // truncate: the new size
    QByteArray data;
};

/** What the power-loss model knows of one file of the database. */
struct Tracked {
    std::string path;
    QByteArray durable;
    std::vector<PendingOp> pending;
};

struct ShimFile {
    sqlite3_file base;
    sqlite3_file* real;
    Tracked* tracked; // the database, its WAL or journal; nullptr for anything else
};

struct State {
    sqlite3_vfs* real = nullptr;
    Mode mode = Mode::PassThrough;
    qint64 target = 0;
    qint64 points = 0;
    qint64 injected = 0;
    FaultVfs::Fault fault = FaultVfs::Fault::DiskFull;
    std::mt19937 random;
    std::vector<Tracked*> open;
    int reportFd = -1;
    bool realSyncs = true;
};

State& state() {
    static State s;
    return s;
}

sqlite3_file* real(sqlite3_file* file) {
    return reinterpret_cast<ShimFile*>(file)->real;
}

Tracked* tracked(sqlite3_file* file) {
    return reinterpret_cast<ShimFile*>(file)->tracked;
}

QByteArray readWholeFile(const char* path) {
    QByteArray bytes;
    const int fd = ::open(path, O_RDONLY);
    if (fd < 0)
        return bytes;
    char buffer[65536];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        bytes.append(buffer, n);
    ::close(fd);
    return bytes;
}

void apply(QByteArray& image, const PendingOp& op) {
    if (op.truncate) {
        image.resize(std::min<qsizetype>(image.size(), op.offset));
        return;
    }
    const qint64 end = op.offset + op.data.size();
    if (image.size() < end)
        image.resize(end, '\0');
    std::memcpy(image.data() + op.offset, op.data.constData(), size_t(op.data.size()));
}

/**
 * Part of a write reached the platter: some of its 512-byte sectors, the others keep what was there. The
 * file's size is journaled metadata: it covers the whole write (unwritten sectors read as zeros), never
 * ends inside it.
 */
void applyTorn(QByteArray& image, const PendingOp& op, std::mt19937& random) {
    constexpr qint64 kSector = 512;
    if (const qint64 end = op.offset + op.data.size(); image.size() < end)
        image.resize(end, '\0');
    for (qint64 at = 0; at < op.data.size(); at += kSector) {
        if (random() % 2 == 0)
            continue;
        apply(image, PendingOp{false, op.offset + at, op.data.mid(at, kSector)});
    }
}

/** The power goes: every file becomes what a disk could hold now, and the process ends. */
[[noreturn]] void cut() {
    State& s = state();
    qint64 pending = 0;
    qint64 dropped = 0;
    qint64 torn = 0;
    for (Tracked* t : s.open) {
        QByteArray image = t->durable;
        for (const PendingOp& op : t->pending) {
            ++pending;
            const unsigned dice = s.random() % 8;
            if (dice < 4) {
                ++dropped; // never reached the disk
                continue;
            }
            if (dice == 4 && !op.truncate && op.data.size() > 512) {
                ++torn;
                applyTorn(image, op, s.random);
            } else {
                apply(image, op);
            }
        }
        const int fd = ::open(t->path.c_str(), O_WRONLY);
        if (fd < 0)
            ::_exit(3);
        if (::pwrite(fd, image.constData(), size_t(image.size()), 0) != image.size() ||
            ::ftruncate(fd, image.size()) != 0)
            ::_exit(3);
        ::close(fd);
    }
    if (s.reportFd >= 0) {
        const QByteArray line = "C " + QByteArray::number(pending) + ' ' + QByteArray::number(dropped) + ' ' +
                                QByteArray::number(torn) + '\n';
        if (::write(s.reportFd, line.constData(), size_t(line.size())) != line.size())
            ::_exit(3);
    }
    ::_exit(FaultVfs::kCutExitCode);
}

/** Counts a write point; returns the error to give instead of doing it, or SQLITE_OK. */
int writePoint(int ioError) {
    State& s = state();
    if (s.mode == Mode::PassThrough)
        return SQLITE_OK;
    ++s.points;
    if (s.mode == Mode::PowerLoss) {
        if (s.points >= s.target)
            cut();
        return SQLITE_OK;
    }
    const bool fails =
        s.target > 0 && (s.fault == FaultVfs::Fault::DiskFull ? s.points >= s.target : s.points == s.target);
    if (!fails)
        return SQLITE_OK;
    ++s.injected;
    return s.fault == FaultVfs::Fault::DiskFull && ioError == SQLITE_IOERR_WRITE ? SQLITE_FULL : ioError;
}

int shimClose(sqlite3_file* file) {
    ShimFile* shim = reinterpret_cast<ShimFile*>(file);
    if (shim->tracked) {
        auto& open = state().open;
        open.erase(std::remove(open.begin(), open.end(), shim->tracked), open.end());
        delete shim->tracked;
        shim->tracked = nullptr;
    }
    return shim->real->pMethods->xClose(shim->real);
}

int shimRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset) {
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int shimWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset) {
    if (Tracked* t = tracked(file)) {
        if (const int rc = writePoint(SQLITE_IOERR_WRITE); rc != SQLITE_OK)
            return rc;
        if (state().mode == Mode::PowerLoss)
            t->pending.push_back(
                PendingOp{false, offset, QByteArray(static_cast<const char*>(buffer), amount)});
    }
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int shimTruncate(sqlite3_file* file, sqlite3_int64 size) {
    if (Tracked* t = tracked(file)) {
        if (const int rc = writePoint(SQLITE_IOERR_TRUNCATE); rc != SQLITE_OK)
            return rc;
        if (state().mode == Mode::PowerLoss)
            t->pending.push_back(PendingOp{true, size, {}});
    }
    return real(file)->pMethods->xTruncate(real(file), size);
}

int shimSync(sqlite3_file* file, int flags) {
    if (Tracked* t = tracked(file)) {
        if (const int rc = writePoint(SQLITE_IOERR_FSYNC); rc != SQLITE_OK)
            return rc;
        if (state().mode == Mode::PowerLoss) {
            for (const PendingOp& op : t->pending)
                apply(t->durable, op);
            t->pending.clear();
            return SQLITE_OK; // the image is the durability: no need to wait for the disk
        }
        if (!state().realSyncs)
            return SQLITE_OK;
    }
    return real(file)->pMethods->xSync(real(file), flags);
}

int shimFileSize(sqlite3_file* file, sqlite3_int64* size) {
    return real(file)->pMethods->xFileSize(real(file), size);
}

int shimLock(sqlite3_file* file, int level) {
    return real(file)->pMethods->xLock(real(file), level);
}

int shimUnlock(sqlite3_file* file, int level) {
    return real(file)->pMethods->xUnlock(real(file), level);
}

int shimCheckReservedLock(sqlite3_file* file, int* out) {
    return real(file)->pMethods->xCheckReservedLock(real(file), out);
}

int shimFileControl(sqlite3_file* file, int op, void* arg) {
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int shimSectorSize(sqlite3_file* file) {
    return real(file)->pMethods->xSectorSize(real(file));
}

int shimDeviceCharacteristics(sqlite3_file* file) {
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

int shimShmMap(sqlite3_file* file, int page, int pageSize, int extend, void volatile** out) {
    return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, out);
}

int shimShmLock(sqlite3_file* file, int offset, int n, int flags) {
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void shimShmBarrier(sqlite3_file* file) {
    real(file)->pMethods->xShmBarrier(real(file));
}

int shimShmUnmap(sqlite3_file* file, int deleteFlag) {
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

// Memory-mapped I/O would let SQLite read past the shim; refusing it keeps every access in view.
int shimFetch(sqlite3_file*, sqlite3_int64, int, void** out) {
    *out = nullptr;
    return SQLITE_OK;
}

int shimUnfetch(sqlite3_file*, sqlite3_int64, void*) {
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods = {
    3,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};

int shimOpen(sqlite3_vfs* vfs, const char* name, sqlite3_file* file, int flags, int* outFlags) {
    ShimFile* shim = reinterpret_cast<ShimFile*>(file);
    shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
    shim->tracked = nullptr;
    shim->base.pMethods = nullptr;
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    const int rc = underlying->xOpen(underlying, name, shim->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    shim->base.pMethods = &kMethods;
    const int kinds = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL;
    if (name && (flags & kinds) && (flags & SQLITE_OPEN_READWRITE)) {
        // What is on disk when the file opens survived whatever came before: it is the durable image.
        // (Only the power-loss model needs it: it is armed before the database opens.)
        auto* t = new Tracked{name, state().mode == Mode::PowerLoss ? readWholeFile(name) : QByteArray(), {}};
        shim->tracked = t;
        state().open.push_back(t);
    }
    return SQLITE_OK;
}

int shimDelete(sqlite3_vfs* vfs, const char* name, int syncDir) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xDelete(underlying, name, syncDir);
}

int shimAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xAccess(underlying, name, flags, out);
}

int shimFullPathname(sqlite3_vfs* vfs, const char* name, int size, char* out) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xFullPathname(underlying, name, size, out);
}

void* shimDlOpen(sqlite3_vfs* vfs, const char* name) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xDlOpen(underlying, name);
}

void shimDlError(sqlite3_vfs* vfs, int size, char* out) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    underlying->xDlError(underlying, size, out);
}

void (*shimDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xDlSym(underlying, handle, symbol);
}

void shimDlClose(sqlite3_vfs* vfs, void* handle) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    underlying->xDlClose(underlying, handle);
}

int shimRandomness(sqlite3_vfs* vfs, int size, char* out) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xRandomness(underlying, size, out);
}

int shimSleep(sqlite3_vfs* vfs, int micros) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xSleep(underlying, micros);
}

int shimCurrentTime(sqlite3_vfs* vfs, double* out) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xCurrentTime(underlying, out);
}

int shimGetLastError(sqlite3_vfs* vfs, int size, char* out) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xGetLastError(underlying, size, out);
}

int shimCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out) {
    sqlite3_vfs* underlying = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return underlying->xCurrentTimeInt64(underlying, out);
}

void arm(Mode mode, qint64 target) {
    State& s = state();
    s.mode = mode;
    s.target = target;
    s.points = 0;
    s.injected = 0;
}

} // namespace

void FaultVfs::install() {
    static sqlite3_vfs vfs;
    if (state().real)
        return;
    sqlite3_vfs* underlying = sqlite3_vfs_find("unix");
    state().real = underlying;
    vfs.iVersion = 2;
    // Room for the shim's fields, then the real file, kept pointer-aligned.
    vfs.szOsFile = int((sizeof(ShimFile) + 7) / 8 * 8) + underlying->szOsFile;
    vfs.mxPathname = underlying->mxPathname;
    vfs.zName = "o2o-fault";
    vfs.pAppData = underlying;
    vfs.xOpen = shimOpen;
    vfs.xDelete = shimDelete;
    vfs.xAccess = shimAccess;
    vfs.xFullPathname = shimFullPathname;
    vfs.xDlOpen = shimDlOpen;
    vfs.xDlError = shimDlError;
    vfs.xDlSym = shimDlSym;
    vfs.xDlClose = shimDlClose;
    vfs.xRandomness = shimRandomness;
    vfs.xSleep = shimSleep;
    vfs.xCurrentTime = shimCurrentTime;
    vfs.xGetLastError = shimGetLastError;
    vfs.xCurrentTimeInt64 = shimCurrentTimeInt64;
    sqlite3_vfs_register(&vfs, 1);
}

void FaultVfs::armPowerLoss(qint64 cutAt, quint32 seed, int reportFd) {
    state().random.seed(seed);
    state().reportFd = reportFd;
    state().open.clear(); // files opened before are not modelled: the database opens after this
    arm(Mode::PowerLoss, cutAt);
}

void FaultVfs::armInjection(qint64 failAt, Fault fault) {
    state().fault = fault;
    arm(Mode::Inject, failAt);
}

void FaultVfs::setRealSyncs(bool on) {
    state().realSyncs = on;
}

void FaultVfs::disarm() {
    state().mode = Mode::PassThrough;
}

qint64 FaultVfs::writePoints() {
    return state().points;
}

qint64 FaultVfs::injectedFaults() {
    return state().injected;
}

} // namespace o2o::test
