// libFuzzer target for the protocol's JSON answers (docs/protocol.md): every input is one HTTP answer of
// the platform (its first byte picks the status and the reader, the rest is the body), either handed to
// the real PlatformClient through an in-process transport, or read as an answer the sync engine reads: a
// page of the change feed (voucher records, settings, trust, products), the answers to an upload batch,
// the platform settings. Besides crashes, leaks and undefined behaviour it aborts when an accepted answer
// breaks what the readers promise: a success without server_time_ms, a settled event that was not sent
// or is settled twice, a voucher of the feed that does not come back from its own serialization, a
// setting out of range.
//
// Seeds: tests/fuzz/corpus/fuzz_platformanswers, written by
//   build-fuzz/tests/fuzz/fuzz_platformanswers --write-seeds=tests/fuzz/corpus/fuzz_platformanswers

#include "core/money.h"
#include "sync/changefeed.h"
#include "sync/eventbatch.h"
#include "sync/jsonfields.h"
#include "sync/platformclient.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <array>
#include <cstdint>

namespace {

using namespace o2o;

constexpr const char* kTarget = "fuzz_platformanswers";
// The statuses the protocol gives meaning to, and a few it does not.
constexpr std::array<int, 16> kStatuses{200, 201, 204, 304, 400, 401, 403, 404,
                                        408, 409, 413, 429, 500, 502, 503, 599};

/** Which reader an input goes to. */
enum class Reader : std::uint8_t { Client, ChangePage, EventAnswers, Settings, Count };

void check(bool condition, const char* what) {
    fuzz::check(condition, kTarget, what);
}

/** Answers every request with the one response it was given: the platform, as the fuzzer writes it. */
class FixedTransport final : public Transport {
public:
    explicit FixedTransport(HttpResponse response)
        : m_response(std::move(response)) {}
    Result<HttpResponse> send(const HttpRequest&) override { return m_response; }

private:
    HttpResponse m_response;
};

const QList<OutboxEvent>& batch() {
    static const QList<OutboxEvent> events = [] {
        QList<OutboxEvent> list;
        for (int i = 1; i <= 3; ++i) {
            OutboxEvent e;
            e.seq = i;
            e.eventId = QStringLiteral("e%1").arg(i);
            e.type = QStringLiteral("redemption");
            e.payload =
                QStringLiteral("{\"event_id\":\"e%1\",\"type\":\"redemption\",\"redemption_id\":\"r%1\","
                               "\"voucher_id\":\"v%1\",\"terminal_id\":\"t1\",\"at_ms\":%2}")
                    .arg(i)
                    .arg(1000 * i)
                    .toUtf8();
            e.createdMs = 1000 * i;
            list.append(e);
        }
        return list;
    }();
    return events;
}

void checkClient(int status, const QByteArray& body) {
    HttpResponse response;
    response.status = status;
    response.body = body;
    qint64 now = 1'000;
    PlatformClient client(
        QStringLiteral("https://platform.test"), {}, [&now] { return now++; },
        [&response](const TlsSettings&) { return std::make_unique<FixedTransport>(response); });
    const auto answer = client.postJson(QStringLiteral("/v1/events"), QJsonObject{});
    if (answer) {
        check(status >= 200 && status <= 299, "a JSON answer outside 2xx counted as a success");
        check(answer->value(QLatin1StringView("server_time_ms")).isDouble(),
              "a success without server_time_ms");
        check(client.outcomes().lastOkMs > client.outcomes().lastFailMs, "a success not noted as the latest");
    } else {
        const ApiError& e = answer.error();
        check(!e.error.message.isEmpty(), "a failed answer without a message");
        check(e.code.size() <= 64 && e.reason.size() <= 64,
              "the platform's error code or reason is not capped");
        check(e.status == status, "a failed answer reports another status");
    }
    check(client.serverTimeMs() >= 0 && client.serverTimeMs() < 1'000'000'000'000'000,
          "a platform time out of range");
    const auto text = client.getText(QStringLiteral("/v1/trust"), 1000, 1 << 20);
    check(text.has_value() == ((status >= 200 && status <= 299) || status == 304),
          "a text answer's success does not follow its status");
}

void checkChangePage(const QJsonObject& body) {
    const auto page = parseChangePage(body);
    if (!page) {
        check(!page.error().message.isEmpty(), "a refused page has no message");
        return;
    }
    check(page->nextCursor.size() <= 1024, "accepted a cursor too long");
    check(qsizetype(page->changes.size()) <= body.value(QLatin1StringView("changes")).toArray().size(),
          "a page with more changes than it sent");
    for (const FeedChange& change : page->changes) {
        switch (change.kind) {
        case FeedChange::Kind::Voucher: {
            // The cache stores what the feed said; written out and read again it must be the same voucher.
            const QJsonObject written = voucherRecordToJson(change.record);
            const auto again = parseVoucherRecord(written);
            check(again.has_value() && voucherRecordToJson(*again) == written,
                  "a voucher of the feed does not survive serialize -> parse");
            break;
        }
        case FeedChange::Kind::VoucherRemoved:
            check(!change.voucherId.isEmpty() && change.voucherId.size() <= 128, "accepted a bad removed id");
            break;
        case FeedChange::Kind::Trust:
            check(change.trustSequence >= 0, "accepted a negative trust sequence");
            break;
        case FeedChange::Kind::Product:
            check(!change.product.sku.isEmpty() && change.product.priceMinor >= 0 &&
                      change.product.taxRateBp >= 0 && change.product.taxRateBp <= 10000,
                  "accepted a product out of range");
            break;
        case FeedChange::Kind::Settings:
            break;
        }
    }
}

void checkEventAnswers(const QJsonObject& body) {
    const auto settled = readEventAnswers(body, batch());
    if (!settled) {
        check(!settled.error().message.isEmpty(), "a refused answer has no message");
        return;
    }
    QSet<QString> seen;
    static const QSet<QString> statuses{QStringLiteral("accepted"), QStringLiteral("duplicate"),
                                        QStringLiteral("conflict"), QStringLiteral("rejected")};
    for (const SettledEvent& s : *settled) {
        check(std::any_of(batch().cbegin(), batch().cend(),
                          [&](const OutboxEvent& e) { return e.eventId == s.event.eventId; }),
              "settled an event that was not sent");
        check(!seen.contains(s.event.eventId), "settled an event twice");
        seen.insert(s.event.eventId);
        check(statuses.contains(s.status), "settled with an unknown status");
        check(!s.conflict || s.status == QStringLiteral("conflict") ||
                  s.status == QStringLiteral("duplicate"),
              "a conflict recorded for an event that was not in conflict");
        check(s.status != QStringLiteral("conflict") || s.conflict.has_value(),
              "a conflict without its record");
        check(s.reason.size() <= 64, "a rejection reason not capped");
    }
}

void checkSettings(const QJsonObject& settings) {
    const auto s = parsePlatformSettings(settings);
    if (!s)
        return;
    check(s->offlineMaxCount >= -1 && s->offlineMaxCount <= 1'000'000 && s->offlineMaxHours >= -1 &&
              s->offlineMaxHours <= 24 * 365 && s->offlineMaxValueMinor >= -1,
          "accepted a limit out of range");
    check(s->currency.isEmpty() || Money::isValidCurrency(s->currency), "accepted a bad currency");
}

// ---- Seed corpus ------------------------------------------------------------------------------------

fuzz::Seeds seeds() {
    fuzz::Seeds out;
    const auto add = [&](const char* name, char status, const char* json) {
        const QByteArrayView n(name);
        const Reader reader = n.startsWith("changes")    ? Reader::ChangePage
                              : n.startsWith("event")    ? Reader::EventAnswers
                              : n.startsWith("settings") ? Reader::Settings
                                                         : Reader::Client;
        out.append(
            {QString::fromLatin1(name), QByteArray(1, char(int(reader) << 4 | status)) + QByteArray(json)});
    };
    // The low half of the first byte picks kStatuses[n]: 0 is 200, 9 is 409, 11 is 429, 12 is 500.
    add("changes", 0,
        R"({"changes":[{"type":"voucher","record":{"code":"COFFEE-1","id":"v1","kind":"single_use",)"
        R"("face_value":350}},{"type":"voucher_removed","id":"v0"},{"type":"settings","settings":)"
        R"({"offline_max_count":50,"offline_max_value":100000,"offline_max_hours":24,"currency":"EUR"}},)"
        R"({"type":"trust","sequence":7},{"type":"product","sku":"CR-1","name":"Croissant","price":250,)"
        R"("tax_rate_bp":700,"active":true},{"type":"later_kind"}],"next_cursor":"c2","has_more":true,)"
        R"("server_time_ms":1750000000000})");
    add("changes-bad-record", 0,
        R"({"changes":[{"type":"voucher","record":{"code":"X","id":"v1","kind":"stored_value",)"
        R"("face_value":100,"balance":101}}],"next_cursor":"","has_more":false,"server_time_ms":1})");
    add("event-answers", 0,
        R"({"results":[{"event_id":"e1","status":"accepted"},{"event_id":"e2","status":"duplicate",)"
        R"("first_status":"conflict","conflict":{"first_terminal_id":"t0","first_at_ms":5,)"
        R"("first_redemption_id":"r0"}},{"event_id":"e3","status":"rejected","reason":"unknown_voucher"}],)"
        R"("server_time_ms":1750000000000})");
    add("event-conflict", 0,
        R"({"results":[{"event_id":"e2","status":"conflict","conflict":{"voucher_id":"v2",)"
        R"("first_terminal_id":"t0","first_at_ms":5,"first_redemption_id":"r0"}}],"server_time_ms":2})");
    add("event-twice", 0,
        R"({"results":[{"event_id":"e1","status":"accepted"},{"event_id":"e1","status":"accepted"}],)"
        R"("server_time_ms":3})");
    add("settings-only", 0,
        R"({"settings":{"offline_max_count":null,"offline_max_hours":8760},"server_time_ms":4})");
    add("no-server-time", 0, R"({"changes":[],"next_cursor":"","has_more":false})");
    add("refused-prepare", 9,
        R"({"error":{"code":"conflict","message":"already redeemed"},"reason":"already_redeemed",)"
        R"("server_time_ms":5})");
    add("rate-limited", 11, R"({"error":{"code":"rate_limited","message":"slow down"}})");
    add("server-error-html", 12, "<html>502 Bad Gateway</html>");
    add("not-json", 0, "not json at all");
    add("array", 0, "[1,2,3]");
    add("huge-number", 0, R"({"server_time_ms":1e300,"results":[]})");
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    QLoggingCategory::setFilterRules(QStringLiteral("*=false")); // fuzzing speed; the checks speak
    if (const QString dir = fuzz::seedDirectory(*argc, *argv); !dir.isEmpty())
        std::exit(fuzz::writeSeedFiles(kTarget, dir, seeds()));
    (void)batch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    // The first byte: the status in its low half, the reader in its high half (one reader per execution
    // keeps each one short; the fuzzer moves an answer between readers by changing the byte).
    const int status = kStatuses[data[0] & 0x0F];
    const auto reader = Reader((data[0] >> 4) % std::uint8_t(Reader::Count));
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));
    if (reader == Reader::Client) {
        checkClient(status, body);
        return 0;
    }
    const auto object = json::parseObject(body, QStringLiteral("fuzz"));
    if (!object)
        return 0;
    switch (reader) {
    case Reader::ChangePage:
        checkChangePage(*object);
        break;
    case Reader::EventAnswers:
        checkEventAnswers(*object);
        break;
    case Reader::Settings:
    case Reader::Client:
    case Reader::Count:
        checkSettings(*object);
        checkSettings(object->value(QLatin1StringView("settings")).toObject());
        break;
    }
    return 0;
}
