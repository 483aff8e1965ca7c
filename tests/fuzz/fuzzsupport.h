#pragma once

// What every libFuzzer target here shares: an invariant check that aborts (libFuzzer reports the input),
// and the --write-seeds mode that writes a target's seed corpus (tests/fuzz/corpus/<target>/).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace o2o::fuzz {

/** Aborts with the invariant's text when it does not hold: a finding like any crash. */
inline void check(bool condition, const char* target, const char* what) {
    if (condition)
        return;
    std::fprintf(stderr, "%s: invariant violated: %s\n", target, what);
    std::abort();
}

using Seeds = QList<std::pair<QString, QByteArray>>;

/** Writes each seed to DIR/name; 0 on success, as the process's exit code. */
inline int writeSeedFiles(const char* target, const QString& dir, const Seeds& seeds) {
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "%s: cannot create %s\n", target, qPrintable(dir));
        return 1;
    }
    for (const auto& [name, bytes] : seeds) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
            std::fprintf(stderr, "%s: cannot write %s\n", target, qPrintable(file.fileName()));
            return 1;
        }
    }
    std::printf("%s: wrote %lld seeds to %s\n", target, static_cast<long long>(seeds.size()),
                qPrintable(dir));
    return 0;
}

/** The directory of --write-seeds=DIR among the arguments, or an empty string. */
inline QString seedDirectory(int argc, char** argv) {
    const QByteArray option("--write-seeds=");
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]).startsWith(option))
            return QString::fromLocal8Bit(argv[i] + option.size());
    return {};
}

} // namespace o2o::fuzz
