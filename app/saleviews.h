#pragma once

#include "store/catalogstore.h"
#include "store/saleservice.h"

#include <QJsonObject>

namespace o2o {

/** A sale as commands show it: amounts as decimal strings ("20.00") in the store's currency. */
QJsonObject saleView(const Sale& sale, const QList<RedemptionOutcome>& redemptions);
QJsonObject catalogItemView(const CatalogItem& item, const QString& currency);
/**
 * The receipt for a receipt printer: 42 columns of plain text, one line per row. With a claim code
 * (a sale without a member), it ends with the code and how to use it.
 */
QStringList receiptText(const Sale& sale, const QString& storeName, const QString& claimCode = {});
/** The same receipt as a PDF (a narrow page, 80 mm wide), the claim code also as a QR code. */
[[nodiscard]] Result<QByteArray> receiptPdf(const Sale& sale, const QString& storeName,
                                            const QString& claimCode = {});

} // namespace o2o
