#pragma once

#include "core/error.h"
#include "store/staffstore.h"

#include <QHash>
#include <QList>

namespace o2o {

/** A demo staff member with the PIN the demo prints (demo data only: real PINs are never shown). */
struct DemoStaffMember {
    StaffMember member;
    QString pin;
};

/** Ana (cashier, 1111), Marco (manager, 2222), Ines (installer, 3333). */
QList<DemoStaffMember> demoStaff();

/** The demo staff's PINs by id (the screenshots sign in with them). */
QHash<QString, QString> demoStaffPins(const QList<DemoStaffMember>& members);
/** The demo manager's id: signed in for every screenshot but the sign-in's own. */
QString demoManagerId();

/**
 * Adds the demo staff to a data directory's terminal (audited as "demo"); those already there are left as
 * they are. Once staff exist, the window asks for a sign-in and the command line for --cashier.
 */
[[nodiscard]] Result<QList<DemoStaffMember>> seedDemoStaff(const QString& dataDir);

} // namespace o2o
