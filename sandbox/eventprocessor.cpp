#include "sandbox/eventprocessor.h"

#include "sandbox/auditchainstore.h"
#include "sandbox/claimservice.h"
#include "sandbox/daysstore.h"
#include "sandbox/jsonfields.h"
#include "sandbox/memberstore.h"
#include "sandbox/redemptionrules.h"
#include "sandbox/refundstore.h"

#include "core/money.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace o2o::sandbox {

namespace {

const QString kAccepted = QStringLiteral("accepted");
const QString kConflict = QStringLiteral("conflict");
const QString kRejected = QStringLiteral("rejected");

// The member an accepted sale or redemption was attributed to (member_id: hex of a member code's id, which
// the terminal verified), and what it earns: 1 point per whole currency unit of a sale's total; a visit
// for a sale or a redemption outside a sale (one inside a sale belongs to the sale's visit).
std::optional<MemberEvent> attribution(const EventRecord& record, const QJsonObject& payload) {
    const QString memberId = payload.value(QStringLiteral("member_id")).toString();
    if (memberId.size() != 32 || QByteArray::fromHex(memberId.toLatin1()).size() != 16 ||
        QByteArray::fromHex(memberId.toLatin1()).toHex() != memberId.toLower().toLatin1())
        return std::nullopt;
    MemberEvent e;
    e.eventId = record.eventId;
    e.type = record.type;
    e.memberId = memberId;
    e.terminalId = record.terminalId;
    e.atMs = record.atMs;
    if (record.type == QStringLiteral("sale")) {
        const QString currency = payload.value(QStringLiteral("currency")).toString();
        qint64 total = 0;
        if (Money::isValidCurrency(currency) &&
            readJsonInteger(payload, QStringLiteral("total"), 0, 0, kMaxJsonInteger, total)) {
            qint64 unit = 1;
            for (int i = 0; i < Money::minorDigits(currency); ++i)
                unit *= 10;
            e.points = total / unit;
        }
        e.visit = 1;
    } else {
        e.visit = payload.value(QStringLiteral("sale_id")).toString().isEmpty() ? 1 : 0;
    }
    return e;
}

} // namespace

bool hasUsableEventId(const QJsonValue& event) {
    const QJsonValue id = event.toObject().value(QStringLiteral("event_id"));
    return id.isString() && !id.toString().isEmpty() && id.toString().size() <= 128;
}

EventProcessor::EventProcessor(sql::Connection& connection, const Device& device, qint64 nowMs)
    : m_connection(connection)
    , m_device(device)
    , m_nowMs(nowMs)
    , m_events(connection)
    , m_usage(connection)
    , m_holds(connection) {}

Result<QJsonObject> EventProcessor::process(const QJsonObject& event) {
    const QString eventId = event.value(QStringLiteral("event_id")).toString();
    auto known = m_events.firstAnswer(eventId);
    if (!known)
        return Unexpected(known.error());
    if (*known)
        return duplicateAnswer(eventId, **known);

    EventRecord record;
    record.eventId = eventId;
    record.type = event.value(QStringLiteral("type")).toString();
    record.deviceId = m_device.deviceId;
    record.terminalId = m_device.terminal(); // from the certificate, never from the body
    record.receivedMs = m_nowMs;
    record.payload = QJsonDocument(event).toJson(QJsonDocument::Compact);
    qint64 createdMs = 0;
    const bool createdOk =
        readJsonInteger(event, QStringLiteral("created_ms"), m_nowMs, 0, kMaxJsonInteger, createdMs);
    record.atMs = createdMs;

    Outcome outcome;
    const QJsonValue payload = event.value(QStringLiteral("payload"));
    if (record.type == QStringLiteral("redemption") || record.type == QStringLiteral("void")) {
        if (!payload.isObject() || !createdOk) {
            outcome = Outcome{kRejected, QStringLiteral("malformed_event"), {}};
        } else {
            auto r = record.type == QStringLiteral("redemption") ? redeem(payload.toObject(), record)
                                                                 : voidRedemption(payload.toObject(), record);
            if (!r)
                return Unexpected(r.error());
            outcome = *r;
        }
    } else if (record.type == QStringLiteral("audit")) {
        if (!payload.isObject())
            outcome = Outcome{kRejected, QStringLiteral("malformed_event"), {}};
        else if (auto r = AuditChainStore(m_connection)
                              .extend(m_device.deviceId, record.terminalId, payload.toObject());
                 !r)
            return Unexpected(r.error());
        else
            outcome = Outcome{kAccepted, {}, {}}; // recorded; a break is flagged on the chain, not refused
    } else if (record.type == QStringLiteral("day_closed")) {
        if (!payload.isObject())
            outcome = Outcome{kRejected, QStringLiteral("malformed_event"), {}};
        else if (auto r = closeDay(payload.toObject(), record); !r)
            return Unexpected(r.error());
        else
            outcome = *r;
    } else if (record.type == QStringLiteral("sale")) {
        // Recorded for the merchant's reports; a claim the customer made before the sale arrived meets it.
        const QString saleId = payload.toObject().value(QStringLiteral("sale_id")).toString();
        if (!saleId.isEmpty())
            O2O_TRY(applyHeldClaim(m_connection, record.terminalId, saleId, m_nowMs));
        outcome = Outcome{kAccepted, {}, {}};
    } else if (record.type == QStringLiteral("return")) {
        if (!payload.isObject())
            outcome = Outcome{kRejected, QStringLiteral("malformed_event"), {}};
        else if (auto r = returnGoods(payload.toObject(), record); !r)
            return Unexpected(r.error());
        else
            outcome = *r;
    } else if (record.type == QStringLiteral("failed_scan")) {
        outcome = Outcome{kAccepted, {}, {}};
    } else {
        outcome = Outcome{kRejected, QStringLiteral("unknown_type"), {}};
    }
    record.status = outcome.status;
    record.reason = outcome.reason;
    if (!outcome.conflict.isEmpty())
        record.conflict = QJsonDocument(outcome.conflict).toJson(QJsonDocument::Compact);
    O2O_TRY(m_events.add(record));
    if (outcome.status == kAccepted &&
        (record.type == QStringLiteral("sale") || record.type == QStringLiteral("redemption"))) {
        if (const auto member = attribution(record, payload.toObject()))
            O2O_TRY(MemberStore(m_connection).attribute(*member));
    } else if (outcome.status == kAccepted && record.type == QStringLiteral("void")) {
        // A voided sale or redemption earns its member nothing: what it earned is taken back, once.
        const QString original = payload.toObject().value(QStringLiteral("original_event_id")).toString();
        if (!original.isEmpty())
            O2O_TRY(
                MemberStore(m_connection).reverse(original, record.eventId, record.terminalId, record.atMs));
        // A whole sale voided (no redemption named): what a claim of it earned is taken back too, once.
        const QString saleId = payload.toObject().value(QStringLiteral("sale_id")).toString();
        if (!saleId.isEmpty() && !payload.toObject().contains(QStringLiteral("redemption_id")))
            O2O_TRY(MemberStore(m_connection)
                        .reverse(QStringLiteral("claim:%1:%2").arg(record.terminalId, saleId),
                                 record.eventId + QStringLiteral(":claim"), record.terminalId, record.atMs));
    }

    QJsonObject answer{{QStringLiteral("event_id"), eventId}, {QStringLiteral("status"), outcome.status}};
    if (!outcome.reason.isEmpty())
        answer.insert(QStringLiteral("reason"), outcome.reason);
    if (!outcome.conflict.isEmpty())
        answer.insert(QStringLiteral("conflict"), outcome.conflict);
    return answer;
}

Result<QJsonObject> EventProcessor::duplicateAnswer(const QString& eventId, const FirstAnswer& first) {
    QJsonObject answer{{QStringLiteral("event_id"), eventId},
                       {QStringLiteral("status"), QStringLiteral("duplicate")},
                       {QStringLiteral("first_status"), first.status}};
    if (first.status != kConflict)
        return answer;
    QJsonObject conflict = QJsonDocument::fromJson(first.conflict).object();
    if (conflict.isEmpty()) {
        // Recorded before conflicts were kept with their event: name the first redemption as it stands.
        auto worked = conflictWithFirst(first.voucherId);
        if (!worked)
            return Unexpected(worked.error());
        conflict = *worked;
    }
    answer.insert(QStringLiteral("conflict"), conflict);
    return answer;
}

Result<EventProcessor::Outcome> EventProcessor::redeem(const QJsonObject& payload, EventRecord& record) {
    record.voucherId = payload.value(QStringLiteral("voucher_id")).toString();
    record.redemptionId = payload.value(QStringLiteral("redemption_id")).toString();
    const bool numbersOk =
        readJsonInteger(payload, QStringLiteral("uses"), 1, 0, 1'000'000, record.uses) &&
        readJsonInteger(payload, QStringLiteral("amount"), 0, 0, kMaxJsonInteger, record.amount) &&
        readJsonInteger(payload, QStringLiteral("at_ms"), record.atMs, 0, kMaxJsonInteger, record.atMs);
    if (record.voucherId.isEmpty() || record.redemptionId.isEmpty() || !numbersOk)
        return Outcome{kRejected, QStringLiteral("malformed_event"), {}};

    auto usage = m_usage.find(record.voucherId);
    if (!usage)
        return Unexpected(usage.error());
    if (!*usage)
        return Outcome{kRejected, QStringLiteral("unknown_voucher"), {}};
    record.voucherId = (*usage)->id;
    if (const QString refusal = refusalFor(**usage, m_device.storeId); !refusal.isEmpty())
        return Outcome{kRejected, refusal, {}};

    // An online redemption: prepare already reserved the use, the event confirms it.
    const QString holdId = payload.value(QStringLiteral("hold_id")).toString();
    if (!holdId.isEmpty()) {
        auto hold = m_holds.byId(holdId);
        if (!hold)
            return Unexpected(hold.error());
        if (*hold && (*hold)->state == Hold::State::Held && (*hold)->deviceId == m_device.deviceId &&
            (*hold)->voucherId == record.voucherId) {
            O2O_TRY(m_holds.setState(holdId, Hold::State::Confirmed));
            return Outcome{kAccepted, {}, {}};
        }
        // Expired and released (or not this device's): an ordinary redemption from here on.
    }

    switch (take(**usage, record.uses, record.amount)) {
    case TakeResult::Taken:
        O2O_TRY(m_usage.save(**usage));
        return Outcome{kAccepted, {}, {}};
    case TakeResult::Impossible:
        return Outcome{kRejected, QStringLiteral("malformed_event"), {}};
    case TakeResult::NothingLeft:
        break;
    }
    auto first = conflictWithFirst(record.voucherId);
    if (!first)
        return Unexpected(first.error());
    return Outcome{kConflict, {}, *first};
}

Result<QJsonObject> EventProcessor::conflictWithFirst(const QString& voucherId) {
    QJsonObject conflict{{QStringLiteral("voucher_id"), voucherId}};
    auto first = m_events.firstAcceptedRedemption(voucherId);
    if (!first)
        return Unexpected(first.error());
    if (*first) {
        conflict.insert(QStringLiteral("first_terminal_id"), (*first)->terminalId);
        conflict.insert(QStringLiteral("first_at_ms"), (*first)->atMs);
        conflict.insert(QStringLiteral("first_redemption_id"), (*first)->redemptionId);
        return conflict;
    }
    // Nothing accepted yet: an online redemption's hold took what was left.
    auto hold = m_holds.oldestActive(voucherId);
    if (!hold)
        return Unexpected(hold.error());
    if (*hold) {
        auto device = DeviceStore(m_connection).byId((*hold)->deviceId);
        if (!device)
            return Unexpected(device.error());
        conflict.insert(QStringLiteral("first_terminal_id"),
                        *device ? (*device)->terminal() : (*hold)->deviceId);
        conflict.insert(QStringLiteral("first_at_ms"), (*hold)->createdMs);
        conflict.insert(QStringLiteral("first_redemption_id"), (*hold)->redemptionId);
    }
    return conflict;
}

Result<EventProcessor::Outcome> EventProcessor::voidRedemption(const QJsonObject& payload,
                                                               EventRecord& record) {
    record.redemptionId = payload.value(QStringLiteral("redemption_id")).toString();
    // A void of a whole sale: its vouchers come back through their own void events; this one is recorded.
    if (record.redemptionId.isEmpty() && !payload.value(QStringLiteral("sale_id")).toString().isEmpty())
        return Outcome{kAccepted, {}, {}};
    if (record.redemptionId.isEmpty())
        return Outcome{kRejected, QStringLiteral("malformed_event"), {}};
    auto redemption = m_events.acceptedRedemption(record.redemptionId);
    if (!redemption)
        return Unexpected(redemption.error());
    if (!*redemption)
        return Outcome{kRejected, QStringLiteral("unknown_redemption"), {}};
    record.voucherId = (*redemption)->voucherId;
    auto usage = m_usage.find(record.voucherId);
    if (!usage)
        return Unexpected(usage.error());
    if (!*usage || refusalFor(**usage, m_device.storeId) == QStringLiteral("wrong_store"))
        return Outcome{kRejected, QStringLiteral("wrong_store"), {}};
    auto voided = m_events.isVoided(record.redemptionId);
    if (!voided)
        return Unexpected(voided.error());
    // A second void of the same redemption is recorded but gives nothing back twice.
    if (!*voided) {
        record.uses = (*redemption)->uses;
        record.amount = (*redemption)->amount;
        giveBack(**usage, record.uses, record.amount);
        O2O_TRY(m_usage.save(**usage));
    }
    return Outcome{kAccepted, {}, {}};
}

Result<EventProcessor::Outcome> EventProcessor::returnGoods(const QJsonObject& payload, EventRecord& record) {
    RefundRecord refund;
    refund.returnId = payload.value(QStringLiteral("return_id")).toString();
    refund.eventId = record.eventId;
    refund.terminalId = record.terminalId;
    refund.storeId = m_device.storeId;
    refund.source = payload.value(QStringLiteral("source")).toString();
    refund.currency = payload.value(QStringLiteral("currency")).toString();
    refund.receivedMs = m_nowMs;
    const QJsonValue refunds = payload.value(QStringLiteral("refunds"));
    refund.refunds = QJsonDocument(refunds.toArray()).toJson(QJsonDocument::Compact);
    const bool order = refund.source == QStringLiteral("order");
    refund.sourceId =
        payload.value(order ? QStringLiteral("voucher_id") : QStringLiteral("sale_id")).toString();
    const bool wellFormed =
        !refund.returnId.isEmpty() && refund.returnId.size() <= 128 && !refund.sourceId.isEmpty() &&
        refunds.isArray() && (order || refund.source == QStringLiteral("sale")) &&
        readJsonInteger(payload, QStringLiteral("amount"), -1, 0, kMaxJsonInteger, refund.amount);
    if (!wellFormed)
        return Outcome{kRejected, QStringLiteral("malformed_event"), {}};
    RefundStore store(m_connection);
    auto known = store.has(refund.returnId);
    if (!known)
        return Unexpected(known.error());
    if (*known) // the same return under another event id: recorded once, refunded once
        return Outcome{kRejected, QStringLiteral("duplicate_return"), {}};
    record.amount = refund.amount;
    if (order) {
        record.voucherId = refund.sourceId;
        auto usage = m_usage.find(refund.sourceId);
        if (!usage)
            return Unexpected(usage.error());
        if (!*usage)
            return Outcome{kRejected, QStringLiteral("unknown_voucher"), {}};
        if ((*usage)->kind != VoucherKind::PickupOrder)
            return Outcome{kRejected, QStringLiteral("not_an_order"), {}};
        if ((*usage)->storeId != QStringLiteral("*") && (*usage)->storeId != m_device.storeId)
            return Outcome{kRejected, QStringLiteral("wrong_store"), {}};
        // A refund goes back on the online payment, never beyond what the order cost.
        auto refunded = store.refundedOf(refund.sourceId);
        if (!refunded)
            return Unexpected(refunded.error());
        if (*refunded + refund.amount > (*usage)->valueMinor)
            return Outcome{kRejected, QStringLiteral("over_refund"), {}};
    } else {
        // What went back on stored-value cards comes back on the platform's balance too.
        for (const QJsonValue v : refunds.toArray()) {
            const QString redemptionId = v[QStringLiteral("redemption_id")].toString();
            if (v[QStringLiteral("method")] != QStringLiteral("voucher") || redemptionId.isEmpty())
                continue;
            auto redemption = m_events.acceptedRedemption(redemptionId);
            if (!redemption)
                return Unexpected(redemption.error());
            if (!*redemption)
                continue; // a card redemption the platform refused: nothing was taken here
            auto usage = m_usage.find((*redemption)->voucherId);
            if (!usage)
                return Unexpected(usage.error());
            if (*usage) {
                giveBack(**usage, 0, v[QStringLiteral("amount")].toInteger());
                O2O_TRY(m_usage.save(**usage));
            }
        }
    }
    O2O_TRY(store.add(refund));
    return Outcome{kAccepted, {}, {}};
}

Result<EventProcessor::Outcome> EventProcessor::closeDay(const QJsonObject& payload,
                                                         const EventRecord& record) {
    ClosedDay day;
    day.deviceId = m_device.deviceId;
    day.terminalId = record.terminalId;
    day.storeId = m_device.storeId;
    day.day = payload.value(QStringLiteral("day")).toString();
    day.byStaff = payload.value(QStringLiteral("by")).toString();
    day.overrideReason = payload.value(QStringLiteral("override_reason")).toString();
    day.reportSha256 = payload.value(QStringLiteral("report_sha256")).toString();
    day.eventId = record.eventId;
    day.receivedMs = m_nowMs;
    const QJsonValue report = payload.value(QStringLiteral("report"));
    const bool wellFormed =
        QDate::fromString(day.day, QStringLiteral("yyyy-MM-dd")).isValid() && report.isObject() &&
        readJsonInteger(payload, QStringLiteral("closed_ms"), -1, 0, kMaxJsonInteger, day.closedMs);
    if (!wellFormed)
        return Outcome{kRejected, QStringLiteral("malformed_event"), {}};
    day.report = DaysStore::canonical(report.toObject());
    // The hash the terminal stored must be the hash of what arrived: else the report was altered.
    if (DaysStore::sha256Hex(day.report) != day.reportSha256.toLower())
        return Outcome{kRejected, QStringLiteral("report_mismatch"), {}};
    DaysStore days(m_connection);
    auto known = days.has(day.terminalId, day.day);
    if (!known)
        return Unexpected(known.error());
    if (*known)
        return Outcome{kRejected, QStringLiteral("already_closed"), {}};
    O2O_TRY(days.add(day));
    return Outcome{kAccepted, {}, {}};
}

Result<void> releaseExpiredHolds(sql::Connection& connection, qint64 nowMs) {
    HoldStore holds(connection);
    VoucherUsageStore usageStore(connection);
    auto expired = holds.expired(nowMs);
    if (!expired)
        return Unexpected(expired.error());
    for (const Hold& hold : *expired) {
        auto usage = usageStore.find(hold.voucherId);
        if (!usage)
            return Unexpected(usage.error());
        if (*usage) {
            giveBack(**usage, hold.uses, hold.amount);
            O2O_TRY(usageStore.save(**usage));
        }
        O2O_TRY(holds.setState(hold.holdId, Hold::State::Released));
    }
    return {};
}

} // namespace o2o::sandbox
