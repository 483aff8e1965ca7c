#pragma once

#include "store/sqlite.h"

#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace o2o::sandbox {

/** A member as the platform keeps it (the code is what the member's app shows). */
struct Member {
    QString memberId; // hex of the 16-byte id inside the member code
    QString name;
    QString code;
    bool rotating = false;
    QByteArray walletSeed; // rotating: the member's wallet key, kept here to play the phone's part
    qint64 createdMs = 0;
    bool revoked = false;
};

/** One event a terminal attributed to a member, with what it earned. */
struct MemberEvent {
    QString eventId;
    QString type; // sale, redemption; void: takes back what an attributed event earned
    QString memberId;
    QString terminalId;
    qint64 points = 0;
    int visit = 0; // 1: a sale, or a redemption outside a sale (one inside a sale is its visit); void: -1
    qint64 atMs = 0;
};

/** What member show answers. */
struct MemberTotals {
    qint64 points = 0;
    qint64 visits = 0;
};

/**
 * Members (issue 14, section 1) and the events terminals attributed to them: DATA_DIR/platform.db,
 * tables members and member_events (platformschema.cpp, the member step). Points are 1 per whole
 * currency unit of an attributed sale's total; a visit is a sale or a redemption outside a sale.
 */
class MemberStore {
public:
    explicit MemberStore(sql::Connection& connection)
        : m_connection(connection) {}

    [[nodiscard]] Result<void> add(const Member& member);
    /** By id (hex, either case) or by code. */
    [[nodiscard]] Result<std::optional<Member>> find(const QString& idOrCode);
    /** Revokes a member: the id goes on the trust list's revocations. False when it already was. */
    [[nodiscard]] Result<bool> revoke(const QString& memberId);
    /** Records the attribution of an accepted event; the caller holds the transaction (events are unique). */
    [[nodiscard]] Result<void> attribute(const MemberEvent& event);
    /**
     * An accepted void of an attributed event (its original_event_id): what that event earned is taken
     * back once, by a `void` row of the void's own event.
     */
    [[nodiscard]] Result<void> reverse(const QString& originalEventId, const QString& voidEventId,
                                       const QString& terminalId, qint64 atMs);
    [[nodiscard]] Result<std::vector<MemberEvent>> eventsOf(const QString& memberId);
    [[nodiscard]] Result<MemberTotals> totalsOf(const QString& memberId);
    /** event id -> member id, for the ledger. */
    [[nodiscard]] Result<QHash<QString, QString>> memberByEvent();

private:
    sql::Connection& m_connection;
};

} // namespace o2o::sandbox
