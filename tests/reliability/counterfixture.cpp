#include "tests/reliability/counterfixture.h"

#include "store/catalogstore.h"
#include "store/staffstore.h"
#include "store/terminalsettings.h"
#include "store/vouchercache.h"
#include "tests/support/testsupport.h"

#include <QDateTime>

namespace o2o::test::counter {

namespace {

QList<VoucherRecord> vouchers() {
    QList<VoucherRecord> records;
    for (int i = 0; i < kDeals; ++i)
        records.append(voucherRecord(dealCode(i)));
    for (int i = 0; i < kPasses; ++i) {
        records.append(voucherRecord(passCode(i), VoucherKind::MultiUse));
        records.last().voucher.usesTotal = records.last().voucher.usesLeft = kPassUses;
    }
    for (int i = 0; i < kCards; ++i) {
        records.append(voucherRecord(cardCode(i), VoucherKind::StoredValue));
        records.last().voucher.faceValueMinor = records.last().voucher.balanceMinor = kCardBalanceMinor;
    }
    return records;
}

bool fail(QString* message, const QString& what, const Error& error) {
    *message = what + QStringLiteral(": ") + error.message;
    return false;
}

} // namespace

bool setUp(Database& db, QString* message) {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto settings = TerminalSettings::load(db);
    if (!settings)
        return fail(message, QStringLiteral("settings"), settings.error());
    settings->storeId = QStringLiteral("store-1");
    if (auto saved = settings->save(db); !saved)
        return fail(message, QStringLiteral("settings"), saved.error());
    sql::Transaction transaction(db.connection());
    if (auto begun = transaction.begin(); !begun)
        return fail(message, QStringLiteral("begin"), begun.error());
    VoucherCache cache(db);
    for (const VoucherRecord& record : vouchers())
        if (auto stored = cache.upsert(record); !stored)
            return fail(message, QStringLiteral("vouchers"), stored.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(message, QStringLiteral("commit"), committed.error());
    CatalogStore catalog(db);
    for (const CatalogItem& item :
         {CatalogItem{QStringLiteral("LUNCH"), QStringLiteral("Lunch"), 1200, 1000, true},
          CatalogItem{QStringLiteral("MUG"), QStringLiteral("Mug"), 900, 2100, true}})
        if (auto stored = catalog.upsert(item); !stored)
            return fail(message, QStringLiteral("catalog"), stored.error());
    StaffStore staff(db);
    StaffMember cashier{kCashier, QStringLiteral("Ana"), StaffRole::Cashier};
    if (auto added = staff.add(cashier, QStringLiteral("1111"), QStringLiteral("local:test"), now); !added)
        return fail(message, QStringLiteral("staff"), added.error());
    for (int i = 0; i < kManagers; ++i) {
        StaffMember manager{managerId(i), managerId(i), StaffRole::Manager};
        if (auto added = staff.add(manager, kManagerPin, QStringLiteral("local:test"), now); !added)
            return fail(message, QStringLiteral("staff"), added.error());
    }
    return true;
}

} // namespace o2o::test::counter
