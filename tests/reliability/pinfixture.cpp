#include "tests/reliability/pinfixture.h"

#include "store/staffstore.h"

#include <QDateTime>

namespace o2o::test::pin {

bool addStaff(Database& db, int count, QString* message) {
    StaffStore staff(db);
    StaffMember first{staffId(0), QStringLiteral("Staff 0"), StaffRole::Cashier};
    if (auto added =
            staff.add(first, kRightPin, QStringLiteral("local:test"), QDateTime::currentMSecsSinceEpoch());
        !added) {
        *message = added.error().message;
        return false;
    }
    // The others copy the first one's row: hashing a PIN hundreds of times would only cost time.
    auto copy = db.connection().prepare(
        "INSERT INTO staff(id, name, role, pin_hash, active, failed_attempts, locked_until_ms, created_ms, "
        "updated_ms) SELECT ?1, ?1, role, pin_hash, active, 0, 0, created_ms, updated_ms FROM staff WHERE id "
        "= ?2");
    for (int i = 1; i < count; ++i) {
        copy->bind(1, staffId(i)).bind(2, staffId(0));
        if (copy->step() != sql::kDone) {
            *message = QStringLiteral("cannot add staff member %1").arg(i);
            return false;
        }
        copy->reset();
    }
    return true;
}

} // namespace o2o::test::pin
