// o2o-redeem-loop DATA_DIR CODES_FILE FIRST_LINE: redeems codes one by one from a line of CODES_FILE on,
// printing "accepted <redemption-id> <line>" only after each commit. The kill -9 test stops it anywhere.
#include "store/redemptionservice.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    QFile codes(args.at(2));
    if (!codes.open(QIODevice::ReadOnly))
        return 2;
    const QList<QByteArray> lines = codes.readAll().split('\n');
    auto db = o2o::Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    o2o::SystemClock clock;
    o2o::RedemptionService service(**db, clock);
    for (qsizetype i = args.at(3).toLongLong(); i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        o2o::RedeemInput input;
        input.code = QString::fromUtf8(lines.at(i));
        auto outcome = service.redeem(input);
        if (!outcome) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.error().message));
            return 2;
        }
        std::printf("%s %s %lld\n",
                    qPrintable(outcome->verdict.accepted() ? QStringLiteral("accepted")
                                                           : reasonCode(outcome->verdict.reason)),
                    outcome->redemptionId.isEmpty() ? "-" : qPrintable(outcome->redemptionId),
                    static_cast<long long>(i));
        std::fflush(stdout);
    }
    return 0;
}
