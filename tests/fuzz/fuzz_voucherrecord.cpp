// libFuzzer target for voucher records (docs/voucher-records.md): what `cache import` reads line by line
// and what every voucher change of the platform's feed carries. Besides crashes, leaks and undefined
// behaviour it aborts when an accepted record breaks a rule the parser promises (uses, balance, code) or
// when parse -> serialize -> parse does not come back to the same record.
//
// Seeds: tests/fuzz/corpus/fuzz_voucherrecord, written by
//   build-fuzz/tests/fuzz/fuzz_voucherrecord --write-seeds=tests/fuzz/corpus/fuzz_voucherrecord

#include "core/codeinput.h"
#include "core/voucherrecord.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

namespace {

using namespace o2o;

constexpr const char* kTarget = "fuzz_voucherrecord";

void check(bool condition, const char* what) {
    fuzz::check(condition, kTarget, what);
}

QByteArray compact(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void checkRecord(const QByteArray& line) {
    const auto record = parseVoucherRecord(line);
    if (!record) {
        check(!record.error().message.isEmpty(), "a refused record has no message");
        return;
    }
    const Voucher& v = record->voucher;
    check(normalizeCode(record->code) == record->code, "accepted a code that is not normalized");
    check(!v.id.isEmpty() && v.id.size() <= 128, "accepted an id out of range");
    check(v.usesTotal >= 1 && v.usesLeft >= 0 && v.usesLeft <= v.usesTotal, "accepted uses out of range");
    check(v.balanceMinor >= 0 && v.balanceMinor <= v.faceValueMinor, "accepted a balance above face value");
    check(v.validFrom == 0 || v.validUntil == 0 || v.validUntil > v.validFrom,
          "accepted a validity that ends before it starts");
    check(v.weekdays != 0 && v.minuteFrom != v.minuteUntil, "accepted a voucher never valid in a week");

    // What the terminal writes back (cache export, the sandbox's feed) must read as the same record, and
    // writing that again gives the same text: a field read one way and written another shows here.
    const QJsonObject written = voucherRecordToJson(*record);
    const auto again = parseVoucherRecord(compact(written));
    check(again.has_value(), "a record the terminal wrote is refused when read back");
    check(again->code == record->code, "the code changed on the way back");
    const QJsonObject rewritten = voucherRecordToJson(*again);
    check(rewritten == written, "parse -> serialize -> parse is not a fixed point");
    const Voucher& w = again->voucher;
    check(w.id == v.id && w.kind == v.kind && w.status == v.status && w.description == v.description &&
              w.currency == v.currency && w.faceValueMinor == v.faceValueMinor &&
              w.usesTotal == v.usesTotal && w.usesLeft == v.usesLeft && w.validFrom == v.validFrom &&
              w.validUntil == v.validUntil && w.stores == v.stores && w.items == v.items &&
              w.campaign == v.campaign && w.weekdays == v.weekdays && w.minuteFrom == v.minuteFrom &&
              w.minuteUntil == v.minuteUntil && w.minSpendMinor == v.minSpendMinor,
          "a field did not survive serialize -> parse");
    if (v.kind == VoucherKind::StoredValue)
        check(w.balanceMinor == v.balanceMinor, "a card's balance did not survive serialize -> parse");
    // The object form (a change of the feed) reads exactly as the line form.
    const auto fromObject = parseVoucherRecord(QJsonDocument::fromJson(line).object());
    check(fromObject.has_value() && voucherRecordToJson(*fromObject) == written,
          "the object form reads otherwise than the line");
}

// ---- Seed corpus ------------------------------------------------------------------------------------

/** The seeds; the records the parser must accept go to *valid too. */
fuzz::Seeds seeds(QList<QByteArray>* valid) {
    fuzz::Seeds out;
    const auto add = [&](const char* name, const QByteArray& json) {
        out.append({QString::fromLatin1(name), json});
        if (!QByteArrayView(name).startsWith("bad-"))
            valid->append(json);
    };
    VoucherRecord single;
    single.code = QStringLiteral("COFFEE-0001");
    single.voucher.id = QStringLiteral("v-0001");
    single.voucher.description = QStringLiteral("Free coffee");
    single.voucher.faceValueMinor = 350;
    add("single-use", compact(voucherRecordToJson(single)));

    VoucherRecord pass = single;
    pass.code = QStringLiteral("PASS-10");
    pass.voucher.kind = VoucherKind::MultiUse;
    pass.voucher.usesTotal = 10;
    pass.voucher.usesLeft = 7;
    pass.voucher.stores = {QStringLiteral("store-1"), QStringLiteral("store-2")};
    pass.voucher.weekdays = weekdayBit(1) | weekdayBit(5);
    pass.voucher.minuteFrom = 22 * 60; // spans midnight
    pass.voucher.minuteUntil = 2 * 60;
    pass.voucher.campaign = QStringLiteral("spring-2026");
    add("multi-use-rules", compact(voucherRecordToJson(pass)));

    VoucherRecord card = single;
    card.code = QStringLiteral("GIFT-Ä-200");
    card.voucher.kind = VoucherKind::StoredValue;
    card.voucher.currency = QStringLiteral("CHF");
    card.voucher.faceValueMinor = 20000;
    card.voucher.balanceMinor = 18750;
    card.voucher.minSpendMinor = 500;
    card.voucher.validFrom = 1'700'000'000;
    card.voucher.validUntil = 1'800'000'000;
    card.voucher.status = VoucherStatus::Revoked;
    add("stored-value", compact(voucherRecordToJson(card)));

    VoucherRecord order = single;
    order.code = QStringLiteral("ORDER-A1042");
    order.voucher.kind = VoucherKind::PickupOrder;
    order.voucher.items = {QStringLiteral("2x Croissant"), QStringLiteral("1x Latte")};
    add("pickup-order", compact(voucherRecordToJson(order)));

    add("minimal", R"({"code":"X1","id":"v","kind":"ticket"})");
    add("bad-balance", R"({"code":"X2","id":"v","kind":"stored_value","face_value":100,"balance":101})");
    add("bad-hours",
        R"({"code":"X3","id":"v","kind":"single_use","hours":{"from":"24:01","until":"01:00"}})");
    add("bad-weekday", R"({"code":"X4","id":"v","kind":"single_use","weekdays":[0,8]})");
    add("bad-fraction", R"({"code":"X5","id":"v","kind":"multi_use","uses_total":2.5})");
    add("bad-huge-number", R"({"code":"X6","id":"v","kind":"single_use","face_value":9007199254740993})");
    add("bad-control-code", "{\"code\":\"A\\u0001B\",\"id\":\"v\",\"kind\":\"single_use\"}");
    add("bad-not-an-object", R"([{"code":"X7"}])");
    add("bad-truncated", R"({"code":"X8","id":"v","kind":"sing)");
    return out;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    // Runs before libFuzzer reads its flags, so the generator mode never starts a fuzzing run.
    if (const QString dir = fuzz::seedDirectory(*argc, *argv); !dir.isEmpty()) {
        QList<QByteArray> valid;
        const fuzz::Seeds all = seeds(&valid);
        for (const QByteArray& json : std::as_const(valid))
            check(parseVoucherRecord(json).has_value(), "a valid seed is refused");
        std::exit(fuzz::writeSeedFiles(kTarget, dir, all));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // fromRawData: no copy, so ASan sees any read past the fuzzer's exactly sized buffer.
    checkRecord(QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    return 0;
}
