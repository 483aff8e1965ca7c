#include "app/staffguard.h"

#include "store/staffstore.h"

namespace o2o {

Result<void> requireActiveCashier(Database& db, const QString& cashier) {
    StaffStore staff(db);
    auto any = staff.any();
    if (!any)
        return Unexpected(any.error());
    if (!*any)
        return {};
    auto member = staff.find(cashier);
    if (!member)
        return Unexpected(member.error());
    if (!*member || !(*member)->active)
        return fail(ErrorCode::Usage,
                    QStringLiteral("--cashier must name an active member of staff ('staff list')"));
    return {};
}

} // namespace o2o
