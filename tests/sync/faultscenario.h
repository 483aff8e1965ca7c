#pragma once

// The scenario the fault tests share: vouchers issued on the platform, redeemed offline in five known
// steps, then the two ledgers (terminal and platform) compared exactly.
#include "tests/sync/sandboxserver.h"
#include "tests/sync/terminalevents.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace o2o::test {

inline const QString kEventsPath = QStringLiteral("/v1/events");
inline const QString kChangesPath = QStringLiteral("/v1/changes");

// Every scenario issues these and redeems them offline in the same five steps, so the platform's counts
// afterwards are known: both single-use vouchers used, 2 of the pass's 3 uses, 4.00 of the card's 10.00.
struct Vouchers {
    QStringList singles;
    QString pass;
    QString card;
};
constexpr int kSteps = 5;

Vouchers issueVouchers(const SandboxServer& platform);
// Redeems steps [from, to) on the terminal without the platform (cached vouchers): the offline path.
// made: redemption id -> voucher id, as the terminal reported them.
void redeemOffline(const SyncTerminal& t, const Vouchers& v, int from, int to, QHash<QString, QString>& made);

// The terminal's events, read from its database beside the command-line processes (as the GUI does).
inline void readTerminalEvents(const SyncTerminal& t, TerminalEvents& out) {
    readTerminalEvents(t.dataDir(), out);
}

// The platform's ledger for one terminal.
struct PlatformEvents {
    qsizetype entries = 0;             // rows: an event held twice would make this larger than the map
    QHash<QString, QString> voucherOf; // event id -> voucher id
    QSet<QString> outcomes;
};
PlatformEvents platformEvents(const SandboxServer& platform, const QString& terminalId);

/** Whether every fault set on the platform has been used up. */
bool faultsUsedUp(const SandboxServer& platform);
// The platform's ledger equals the terminal's, exactly: every redemption the terminal made is one event
// the platform accepted once, and the terminal holds nothing unanswered.
void verifyLedgersEqual(const SandboxServer& platform, const SyncTerminal& t,
                        const QHash<QString, QString>& made);
// What the platform counted, as a terminal that redeems nothing sees it through the change feed: an event
// counted twice would leave less on the pass or the card, a lost one more.
void verifyPlatformCounts(const SyncTerminal& observer, const Vouchers& v);

/**
 * The fixture of the fault test classes (they derive from it): a platform with a signing key, and an
 * observer terminal that redeems nothing, whose pulls show what the platform counted.
 */
class FaultTestCase : public QObject {
    Q_OBJECT

protected:
    /** A terminal enrolled with the platform, holding the scenario's vouchers in its cache. */
    void enrolledTerminal(SyncTerminal& t, Vouchers& v);
    /** enrolledTerminal, then every step of the scenario redeemed offline. */
    void redeemedOffline(SyncTerminal& t, Vouchers& v, QHash<QString, QString>& made);

    SandboxServer m_platform;
    SyncTerminal m_observer;

private Q_SLOTS:
    void initTestCase();
    void init(); // the platform running, no fault left
};

} // namespace o2o::test
