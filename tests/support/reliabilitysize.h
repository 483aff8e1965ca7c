#pragma once

// The reliability harness (docs/reliability.md) runs every part at the size the issue asks for in CI
// and at a larger size for a nightly run: O2O_NIGHTLY=1 (scripts/reliability --nightly) picks the larger.

#include <QtGlobal>

namespace o2o::test {

/** Whether this is the nightly run (O2O_NIGHTLY set to anything but 0). */
inline bool nightlyRun() {
    return qEnvironmentVariableIsSet("O2O_NIGHTLY") &&
           qEnvironmentVariable("O2O_NIGHTLY") != QLatin1String("0");
}

/** ciSize in CI and plain ctest, nightlySize under O2O_NIGHTLY=1. */
inline int reliabilitySize(int ciSize, int nightlySize) {
    return nightlyRun() ? nightlySize : ciSize;
}

} // namespace o2o::test
