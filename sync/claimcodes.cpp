#include "sync/claimcodes.h"

#include "core/claimcode.h"
#include "core/signedvoucher.h"
#include "sync/devicefiles.h"

#include <QFile>

namespace o2o {

Result<QString> claimCodeForSale(const Sale& sale, const QString& dataDir) {
    if (sale.voided)
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("sale %1 was voided: it cannot be claimed").arg(sale.id.left(8)));
    if (!sale.memberId.isEmpty())
        return fail(
            ErrorCode::InvalidInput,
            QStringLiteral("sale %1 was made for a member: it is theirs already").arg(sale.id.left(8)));
    if (sale.totalMinor < 0 || sale.totalMinor > qint64(std::numeric_limits<quint32>::max()))
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("the sale's total is out of a claim code's range"));
    QFile keyFile(DeviceFiles::in(dataDir).key);
    if (!keyFile.exists())
        return fail(
            ErrorCode::NotEnrolled,
            QStringLiteral("the terminal is not enrolled: a claim code is signed with its device key"));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    QStringLiteral("cannot read the device key: %1").arg(keyFile.errorString()));
    ClaimCode claim;
    claim.saleId = sale.id;
    claim.terminalId = sale.terminalId;
    claim.storeScope = storeScopeOf(sale.storeId);
    claim.currency = sale.currency;
    claim.totalMinor = quint32(sale.totalMinor);
    claim.soldAt = quint32(sale.atMs / 1000);
    return encodeClaimCode(claim, keyFile.readAll());
}

} // namespace o2o
