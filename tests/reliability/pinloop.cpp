// o2o-pin-loop DATA_DIR FIRST COUNT: enters a wrong PIN for staff member FIRST, again and again, and goes
// on to the next one (up to FIRST + COUNT - 1) once the member is locked, until it is killed. It prints
// "ready" when the database is open, then after each entry returns, and only then:
//   <outcome> <staff-id> <failed-attempts> <locked-until-ms>
// tst_pinlockout kill -9s it in the middle of the entries (the Argon2 comparison takes most of the time).
#include "store/staffstore.h"
#include "tests/reliability/pinfixture.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>

int main(int argc, char** argv) {
    using namespace o2o;
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 2;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    StaffStore staff(**db);
    const int first = args.at(2).toInt();
    const int end = first + args.at(3).toInt();
    for (int i = first; i < end;) {
        const QString id = test::pin::staffId(i);
        auto check = staff.checkPin(id, test::pin::kWrongPin, QDateTime::currentMSecsSinceEpoch());
        if (!check) {
            std::fprintf(stderr, "%s\n", qPrintable(check.error().message));
            return 2;
        }
        std::printf("%s %s %d %lld\n", qPrintable(pinOutcomeCode(check->outcome)), qPrintable(id),
                    check->member ? check->member->failedAttempts : -1,
                    static_cast<long long>(check->lockedUntilMs));
        std::fflush(stdout);
        if (check->outcome == PinCheck::Outcome::Locked)
            ++i;
    }
    return 0;
}
