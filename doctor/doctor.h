#pragma once

#include "sync/transport.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace o2o {

enum class CheckStatus { Pass, Warn, Fail };

/** One self-test finding: what was checked, how it went, what was seen and what to do about it. */
struct CheckResult {
    QString name; // stable identifier ("database", "platform", ...): scripts and the window key on it
    CheckStatus status = CheckStatus::Pass;
    QString detail; // what was found, for people
    QString hint;   // what to do when it is not a pass; empty on a pass
};

/** What the checks look at. */
struct DoctorOptions {
    QString dataDir;
    TransportFactory transports; // what carries the platform requests (tests); empty: libcurl
    QString wedgeSpec;           // the handheld scanner settings (O2O_WEDGE)
};

/**
 * The terminal's self-test: camera and decoding, the handheld scanner settings, the platform, TLS
 * credentials, the clock, disk, database, outbox, offline budget, data age, translations, fonts and
 * versions. Shared by `o2o-terminal doctor` and the installer's screens, so both show the same findings.
 * Needs a QGuiApplication (fonts, cameras). Reads only; the platform check makes one request.
 */
QList<CheckResult> runDoctor(const DoctorOptions& options);

/** "pass", "warn", "fail". */
QString checkStatusName(CheckStatus status);
/** True when no check failed. */
bool doctorPassed(const QList<CheckResult>& checks);
/** {"checks":[{"name","status","detail","hint"}]} */
QJsonObject doctorJson(const QList<CheckResult>& checks);

} // namespace o2o
