#pragma once

#include "core/error.h"
#include "core/voucherrecord.h"
#include "store/catalogstore.h"

#include <QList>
#include <QStringList>

namespace o2o {

/** The demo store's id; demo vouchers are valid there. */
inline QString demoStoreId() {
    return QStringLiteral("demo-store");
}

/**
 * Demo vouchers of every kind, with fresh random codes, valid around nowSecs: some that are
 * accepted and some that show a refusal (expired, another store, minimum spend, needs network),
 * followed by extraSingleUse plain single-use vouchers.
 */
QList<VoucherRecord> makeDemoVouchers(qint64 nowSecs, int extraSingleUse);

/** A small café catalog for the demo store (prices without tax, in EUR minor units). */
QList<CatalogItem> makeDemoCatalog();

/** A random code like O2O-7KQ2-M9XD-4TFA: QR alphanumeric mode, no look-alike characters. */
QString makeVoucherCode();

/** What `demo init` put in a data directory. */
struct DemoSeed {
    QList<VoucherRecord> vouchers;
    QStringList sheetPaths; // the printable QR sheets (PDF, PNG)
    QString storeId;
};

/**
 * Demo vouchers of every kind, the demo catalog and printable QR sheets in a data directory, all or nothing
 * (demo init, and the screenshots' data). A second seed replaces the first set. Defined in commands_demo.cpp.
 */
[[nodiscard]] Result<DemoSeed> seedDemoData(const QString& dataDir, int extraSingleUse = 0);

} // namespace o2o
