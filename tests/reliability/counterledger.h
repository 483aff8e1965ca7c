#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace o2o::test {

/** What the killed counter processes acknowledged (their "R", "S" and "V" lines; see counterloop.cpp). */
struct Acknowledged {
    QSet<QString> redemptions;
    QSet<QString> sales;
    QHash<QString, QString> voids; // target id -> void id
    QStringList repeated;          // ids acknowledged more than once: each is a violation
    int refusals = 0;

    /** Adds the whole lines of one process's output; a line cut by the kill claims nothing. */
    void addOutput(const QByteArray& output);
};

/**
 * Everything that must hold of a terminal database after any number of kill -9 (the crash test's
 * oracle): each acknowledged event in the ledger once, its outbox event there once and no event without
 * its ledger row, PRAGMA integrity_check ok, and every voucher's uses and balance equal to its starting
 * values minus what the ledger (less the voided entries) took, replayed from the start. Returns the
 * violations, empty when all hold.
 */
QStringList counterLedgerViolations(Database& db, const Acknowledged& acknowledged);

} // namespace o2o::test
