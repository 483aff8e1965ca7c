#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

#include <algorithm>
#include <sys/resource.h>
#include <vector>

namespace o2o::bench {

/** The p-quantile (0..1) of samples; -1 when there are none. */
inline double percentile(std::vector<double> samples, double p) {
    if (samples.empty())
        return -1;
    std::sort(samples.begin(), samples.end());
    return samples.at(size_t(p * double(samples.size() - 1)));
}

/** The process's peak resident memory so far (getrusage), in MiB. */
inline double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

template <typename F> double secondsOf(F&& f) {
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e9;
}

inline void must(bool ok, const char* what) {
    if (!ok)
        qFatal("benchmark step failed: %s", what);
}

} // namespace o2o::bench
